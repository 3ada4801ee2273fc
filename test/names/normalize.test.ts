import { describe, expect, it } from 'vitest';
import { foldLetters } from '../../src/domain/names/fold.js';
import { nameParts } from '../../src/domain/names/normalize.js';

describe('letter folding', () => {
  it.each([
    ['Arabic yeh and alef maksura become the Persian yeh', 'علي موسى', 'علی موسی'],
    ['the Arabic kaf becomes the Persian kaf', 'كريمي', 'کریمی'],
    ['teh marbuta becomes heh', 'فاطمة', 'فاطمه'],
    ['alef with hamza or madda and alef wasla become alef', 'أحمد إبراهيم آزاده ٱلله', 'احمد ابراهیم ازاده الله'],
    ['waw and yeh with hamza lose the hamza', 'مؤمن رضائی', 'مومن رضایی'],
    ['heh with yeh above becomes heh', 'خانۀ', 'خانه'],
    ['tatweel is removed', 'محـــمد', 'محمد'],
    ['vowel marks and shadda are removed', 'مُحَمَّد', 'محمد'],
    ['a zero-width non-joiner joins the word', 'حسین\u200cزاده', 'حسینزاده'],
    ['direction marks are removed', '\u200fمریم\u200f', 'مریم'],
    ['Arabic-Indic and Persian digits become ASCII', '١٩٨٠ ۱۳۵۹', '1980 1359'],
    ['presentation forms are unified', 'ﻋﻠﻰ', 'علی'],
    ['Latin is lower case without accents', 'FÂTEMEH Rézaï', 'fatemeh rezai'],
    ['letters that are not a letter plus accent are spelled out', 'Straße Łukasz', 'strasse lukasz'],
    ['apostrophes for ʿayn and hamza are removed', "Ja'fari Jaʿfari Ja’fari", 'jafari jafari jafari'],
  ])('%s', (_, raw, folded) => {
    expect(foldLetters(raw)).toBe(folded);
  });
});

describe('name parts', () => {
  it.each([
    ['splits a name into parts in the order written', 'Mohammad  Rezaei', ['mohammad', 'rezaei']],
    ['treats a comma as a separator (family name first)', 'REZAEI, Mohammad', ['rezaei', 'mohammad']],
    ['drops titles of descent and pilgrimage', 'Seyed Haj Ali Hosseini', ['ali', 'hosseini']],
    ['drops titles in Persian script', 'سید علی حسینی', ['علی', 'حسینی']],
    ['drops Mirza, Sadat and courtesy titles', 'Mirza Fatemeh Sadat Hashemi Khanom', ['fatemeh', 'hashemi']],
    ['drops the title Dr. with its dot', 'Dr. Majid Kiani', ['majid', 'kiani']],
    ['keeps a family name that only begins like a title', 'Reza Mirzaei', ['reza', 'mirzaei']],
    ['keeps Saeed, which is a name and not the title Sayyid', 'Said Rahimi', ['said', 'rahimi']],
    ['keeps a title when the name is nothing else', 'Mirza', ['mirza']],
    [
      'drops the Arabic article written apart or hyphenated',
      'Ali al-Hosseini El Kazemi',
      ['ali', 'hosseini', 'kazemi'],
    ],
    ['drops the Arabic article at the start of an Arabic-script word', 'علی الحسینی', ['علی', 'حسینی']],
    ['keeps ال at the start of a short word, where it is part of the name', 'الهام الناز', ['الهام', 'الناز']],
    ['drops the ezafe after a hyphen', 'Mir-e Hosseini', ['mir', 'hosseini']],
    ['joins hyphenated parts into one', 'Mohammad-Reza Hossein-Zadeh', ['mohammadreza', 'hosseinzadeh']],
    ['makes an article between hyphens the canonical one', 'Jalal-ud-Din', ['jalaloldin']],
    ['joins "Abd al-" with the name it opens', 'Abd al-Reza Moradi', ['abdolreza', 'moradi']],
    ['joins "Abdul" written apart', 'Abdul Reza Moradi', ['abdolreza', 'moradi']],
    ['joins "Abd Allah" without doubling the article', 'Abd Allah Karimi', ['abdollah', 'karimi']],
    ['joins "Abu al-" with the name it opens', 'Abu al-Fazl Ahmadi', ['abolfazl', 'ahmadi']],
    ['joins عبد written apart, in Arabic script', 'عبد الله کریمی', ['عبدالله', 'کریمی']],
  ])('%s', (_, raw, parts) => {
    expect(nameParts(raw)).toEqual(parts);
  });

  it('gives no parts for text without a name', () => {
    expect(nameParts(' - , . ')).toEqual([]);
  });
});
