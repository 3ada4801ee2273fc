import { describe, expect, it } from 'vitest';
import { decideUse, type ConsentRecord } from '../../src/domain/consent.js';
import { dateSpan, fuzzyDate } from '../../src/domain/fuzzy-date.js';
import { excerpt, monthsBetween, searchWords } from '../../src/domain/search-text.js';
import { buildTree, localSequence, localVocabNumber, vocabNumber } from '../../src/domain/vocabulary.js';

describe('the rules of abuses records', () => {
  it('reads words alike across spellings of English, Albanian and Persian', () => {
    expect(searchWords('Kërcënime, KËRCËNIME and kercenime!')).toEqual(['kercenime', 'and']);
    expect(searchWords('Përjashtim nga organizata; çështja')).toEqual(['perjashtim', 'nga', 'organizata', 'ceshtja']);
    // Arabic yeh and kaf against the Persian letters, a zero-width non-joiner, vowel marks.
    expect(searchWords('نامه‌هايم')).toEqual(searchWords('نامههایم'));
    expect(searchWords('كمك')).toEqual(searchWords('کمک'));
    expect(searchWords('تَهدید')).toEqual(['تهدید']);
    // Persian and Arabic-Indic digits are the digits.
    expect(searchWords('۱۴۰۳ and ١٤٠٣')).toEqual(['1403', 'and']);
    expect(searchWords('—  ... ')).toEqual([]);
  });

  it('cuts an excerpt around the first word searched for', () => {
    const text = `${'Nothing of note. '.repeat(30)}Then the officer described the threat to his family. ${'More. '.repeat(40)}`;
    const shown = excerpt(text, ['threat'], 120);
    expect(shown).toContain('threat to his family');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(excerpt('Short note.', ['absent'])).toBe('Short note.');
  });

  it('gives each precision of a date the days it may fall on', () => {
    const span = (value: string, precision: string) => dateSpan(fuzzyDate.parse({ value, precision }));
    expect(span('2024-05-09', 'exact')).toEqual({ from: '2024-05-09', to: '2024-05-09' });
    expect(span('2024-02', 'month')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(span('2019', 'year')).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(span('2024-01', 'approximate')).toEqual({ from: '2023-12-01', to: '2024-02-29' });
    expect(span('2024-01-10', 'approximate')).toEqual({ from: '2023-12-26', to: '2024-01-25' });
    expect(fuzzyDate.safeParse({ value: '2024-05', precision: 'exact' }).success).toBe(false);
    expect(fuzzyDate.safeParse({ value: '2023-02-29', precision: 'exact' }).success).toBe(false);
    expect(monthsBetween('2023-11-20', '2024-02-03', 24)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2019-01-01', '2024-01-01', 24)).toBeNull();
  });

  it('allows a use only with the consent of everyone concerned, in force on the day', () => {
    const consent = (givenBy: string, purpose: ConsentRecord['purpose'], withdrawnOn: string | null = null) => ({
      givenBy,
      purpose,
      givenOn: '2024-10-09',
      withdrawnOn,
    });
    const both = ['victim-1', 'victim-2'];
    expect(decideUse([consent('victim-1', 'public_with_name')], 'anonymous_advocacy', '2024-11-01', both)).toEqual({
      allowed: false,
      missing: ['victim-2'],
    });
    const given = [consent('victim-1', 'public_with_name'), consent('victim-2', 'anonymous_advocacy', '2025-01-15')];
    expect(decideUse(given, 'anonymous_advocacy', '2024-11-01', both).allowed).toBe(true);
    expect(decideUse(given, 'anonymous_advocacy', '2025-01-15', both).allowed).toBe(false);
    expect(decideUse(given, 'anonymous_advocacy', '2024-10-08', both).allowed).toBe(false);
    expect(decideUse(given, 'public_with_name', '2024-11-01', both).allowed).toBe(false);
    expect(
      decideUse([consent('victim-1', 'litigation')], 'anonymous_advocacy', '2024-11-01', ['victim-1']).allowed,
    ).toBe(false);
    expect(decideUse([consent('victim-1', 'litigation')], 'internal_only', '2024-11-01', ['victim-1']).allowed).toBe(
      true,
    );
    expect(decideUse([], 'internal_only', '2024-11-01', []).allowed).toBe(false);
  });

  it('numbers local terms where no HURIDOCS number can be, and builds trees in list order', () => {
    expect(localVocabNumber(4, 12)).toBe('L04-00012');
    expect(localSequence('L04-00012', 4)).toBe(12);
    expect(localSequence('L03-00012', 4)).toBeNull();
    expect(localSequence('02010301020004', 4)).toBeNull();
    expect(vocabNumber.safeParse('02010301020004').success).toBe(true);
    expect(vocabNumber.safeParse('L04-00012').success).toBe(true);
    expect(vocabNumber.safeParse('0201030102000').success).toBe(false);
    const tree = buildTree([
      { vocabNumber: 'b', parent: 'a', order: 3 },
      { vocabNumber: 'a', parent: null, order: 1 },
      { vocabNumber: 'c', parent: 'a', order: 2 },
      { vocabNumber: 'd', parent: null, order: 0 },
    ]);
    expect(tree.map((t) => [t.vocabNumber, t.children.map((c) => c.vocabNumber)])).toEqual([
      ['d', []],
      ['a', ['c', 'b']],
    ]);
  });
});
