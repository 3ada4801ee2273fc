import { describe, expect, it } from 'vitest';
import { nameParts } from '../../src/domain/names/normalize.js';
import { phoneticKeys } from '../../src/domain/names/phonetic.js';
import { soundSimilarity } from '../../src/domain/names/sound-distance.js';
import { partSound } from '../../src/domain/names/transliterate.js';

const sound = (written: string) => partSound(nameParts(written).join(''));
const keys = (written: string) => phoneticKeys(sound(written));

describe('spellings of one name meet in one phonetic key', () => {
  it.each([
    ['Mohammad', ['محمد', 'Mohammad', 'Mohamad', 'Muhammad', 'Mohammed', 'Mohamed', 'Mamad']],
    ['Rezaei', ['رضایی', 'رضائي', 'Rezaei', 'Rezaie', 'Rezayi', 'Rezaee', 'Rezai']],
    ['Hosseini', ['حسینی', 'Hosseini', 'Husseini', 'Hoseyni', 'Hoseini']],
    ['Jafari', ['جعفری', 'Jafari', "Ja'fari", 'Djafari', 'Jaafari']],
    ['Ghasemi', ['قاسمی', 'Ghasemi', 'Qasemi', 'Kasemi', 'Ghassemi']],
    ['Khadijeh', ['خدیجه', 'خديجة', 'Khadijeh', 'Khadija', 'Khadije', 'Khadidja']],
    ['Mostafa', ['مصطفی', 'مصطفى', 'Mostafa', 'Mustafa', 'Moustafa']],
    ['Abdollah', ['عبدالله', 'Abdollah', 'Abdullah', 'Abdallah', 'Abd Allah']],
    ['Abolfazl', ['ابوالفضل', 'Abolfazl', 'Abulfazl', 'Abu al-Fazl']],
    ['Hosseinzadeh', ['حسین‌زاده', 'حسین زاده', 'Hosseinzadeh', 'Hossein-Zadeh', 'Hoseinzade']],
  ])('%s', (_, spellings) => {
    const shared = spellings.map(keys).reduce((common, k) => common.filter((key) => k.includes(key)));
    expect(shared, spellings.map((s) => `${s}: ${keys(s).join('/')}`).join(', ')).not.toEqual([]);
  });
});

describe('phonetic keys tell apart', () => {
  it.each([
    ['a given name from the family name made of it', 'Mohammad', 'Mohammadi'],
    ['Hossein from Hosseini', 'حسین', 'Hosseini'],
    ['Reza from Rezaei', 'Reza', 'رضایی'],
    ['Karimi from Rahimi', 'Karimi', 'Rahimi'],
  ])('%s', (_, a, b) => {
    expect(keys(a).some((k) => keys(b).includes(k))).toBe(false);
  });

  it('gives a second key where a و may be read as v', () => {
    expect(keys('توکلی')).toEqual(expect.arrayContaining(keys('Tavakoli')));
    expect(keys('توکلی')).toHaveLength(2);
  });
});

describe('sound similarity', () => {
  it('is 1 for the same sound and lower the more the sounds differ', () => {
    expect(soundSimilarity(sound('Mohammad'), sound('Mohamad'))).toBe(1);
    expect(soundSimilarity(sound('Hossein'), sound('حسین'))).toBeGreaterThan(0.95);
    expect(soundSimilarity(sound('Hassan'), sound('حسین'))).toBeLessThan(0.8);
  });

  it('lets unwritten short vowels cost little and written long vowels much', () => {
    const persian = sound('محمد');
    expect(soundSimilarity(persian, sound('Mohammad'))).toBeGreaterThan(0.9);
    expect(soundSimilarity(persian, sound('محمود'))).toBeLessThan(0.8);
    expect(soundSimilarity(sound('Mohammad'), sound('Mahmud'))).toBeLessThan(0.8);
  });

  it('counts a final long i or -eh as a different name', () => {
    expect(soundSimilarity(sound('Mohammad'), sound('Mohammadi'))).toBeLessThan(0.8);
    expect(soundSimilarity(sound('Saeed'), sound('Saeedeh'))).toBeLessThan(0.8);
    expect(soundSimilarity(sound('سعید'), sound('سعیده'))).toBeLessThan(0.8);
  });

  it('is 0 for a script the sound rules do not read', () => {
    expect(sound('Андрей')).toBe('');
    expect(soundSimilarity('', sound('Ali'))).toBe(0);
  });
});
