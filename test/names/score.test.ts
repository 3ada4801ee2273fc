import { describe, expect, it } from 'vitest';
import { profileFromIdentity } from '../../src/domain/names/profile.js';
import { MATCH_LEVELS, scoreCandidate, scorerFor } from '../../src/domain/names/score.js';
import { identity } from '../../src/domain/person.js';

const scoreOf = (a: string, b: string) => scoreCandidate({ names: [a] }, { names: [b] });

describe('scoring a candidate against a search', () => {
  it('matches محمد رضایی with its Latin spellings, with a high score', () => {
    for (const latin of ['Mohammad Rezaei', 'Mohamad Rezaie']) {
      const result = scoreOf('محمد رضایی', latin);
      expect(result.score, latin).toBeGreaterThanOrEqual(MATCH_LEVELS.likely);
      expect(result.name?.parts.map((p) => p.how)).toEqual(['similar', 'similar']);
      expect(result.name?.parts.every((p) => p.samePhoneticKey)).toBe(true);
    }
  });

  it('does not match two people who share a common family name, born years apart', () => {
    const result = scoreCandidate(
      { names: ['Ali Rezaei'], birthYear: 1980 },
      { names: ['Zahra Rezaei', 'زهرا رضایی'], birthYear: 1991 },
    );
    expect(result.score).toBeLessThan(MATCH_LEVELS.possible);
    expect(result.name?.parts).toEqual([
      expect.objectContaining({ query: 'ali', how: 'different' }),
      expect.objectContaining({ query: 'rezaei', candidate: 'rezaei', how: 'exact' }),
    ]);
    expect(result.details).toContainEqual({ detail: 'birth-year', how: 'conflict', adjustment: -0.3 });
  });

  it('pairs the parts whatever their order', () => {
    const result = scoreOf('REZAEI, Mohammad', 'محمد رضایی');
    expect(result.score).toBeGreaterThanOrEqual(MATCH_LEVELS.likely);
    expect(result.name?.parts.map((p) => [p.query, p.candidate])).toEqual([
      ['rezaei', 'رضایی'],
      ['mohammad', 'محمد'],
    ]);
  });

  it('says which written names were compared, and finds the best of them', () => {
    const result = scoreCandidate(
      { names: ['Hossein Jafari', 'حسین جعفری'] },
      { names: ['Husayn Djafari', 'حسین جعفري'] },
    );
    expect(result.name).toMatchObject({ query: 'حسین جعفری', candidate: 'حسین جعفري', score: 1 });
  });

  it('names a short form as such', () => {
    const result = scoreOf('Mamad Karimi', 'Mohammad Karimi');
    expect(result.score).toBeGreaterThanOrEqual(MATCH_LEVELS.likely);
    expect(result.name?.parts[0]).toMatchObject({ query: 'mamad', candidate: 'mohammad', how: 'short-form' });
  });

  it('reads a compound given name written as one word or two', () => {
    const result = scoreOf('Mohammad Reza Jafari', 'محمدرضا جعفری');
    expect(result.score).toBeGreaterThanOrEqual(MATCH_LEVELS.likely);
    expect(result.name?.parts.map((p) => p.query)).toEqual(['mohammadreza', 'jafari']);
  });

  it('keeps lookalike given names apart', () => {
    for (const [a, b] of [
      ['Hassan Karimi', 'Hossein Karimi'],
      ['Mohammad Hosseini', 'Mahmoud Hosseini'],
      ['حمید احمدی', 'حامد احمدی'],
      ['Saeed Taheri', 'Saeedeh Taheri'],
    ] as const) {
      expect(scoreOf(a, b).score, `${a} / ${b}`).toBeLessThan(MATCH_LEVELS.possible);
    }
  });

  it('trusts Persian script over a Latin spelling that leaves the long vowels open', () => {
    const candidate = { names: ['Mahmud Hashemi', 'محمود هاشمی'] };
    expect(scoreCandidate({ names: ['محمد هاشمی'] }, candidate).score).toBeLessThan(MATCH_LEVELS.possible);
    expect(scoreCandidate({ names: ['محمد هاشمی'] }, { names: ['Mahmud Hashemi'] }).score).toBeGreaterThan(
      MATCH_LEVELS.possible,
    );
  });

  it('does not let a shared birth year raise a name that does not match', () => {
    const lookalike = scoreCandidate(
      { names: ['Hassan Karimi'], birthYear: 1980, nationality: 'IR' },
      { names: ['Hossein Karimi'], birthYear: 1980, nationality: 'IR' },
    );
    expect(lookalike.score).toBe(scoreOf('Hassan Karimi', 'Hossein Karimi').score);
    expect(lookalike.details.map((d) => d.adjustment)).toEqual([0, 0, 0]);
  });

  it('raises a matching name for the same birth year, relatives and nationality', () => {
    const query = { names: ['Ali Hosseini'], birthYear: 1975, nationality: 'IR', relatives: ['Hassan Hosseini'] };
    const candidate = {
      names: ['علی حسینی'],
      birthYear: 1976,
      nationality: 'IR',
      relatives: ['حسن حسینی', 'Zahra Moradi'],
    };
    const plain = scoreCandidate({ names: query.names }, { names: candidate.names }).score;
    const result = scoreCandidate(query, candidate);
    expect(result.details).toEqual([
      { detail: 'birth-year', how: 'within-1', adjustment: 0.03 },
      { detail: 'nationality', how: 'same', adjustment: 0.02 },
      { detail: 'relatives', how: 'matched', matched: 1, adjustment: 0.04 },
    ]);
    expect(result.score).toBeCloseTo(Math.min(1, plain + 0.09), 3);
  });

  it('lowers a matching name for a birth year more than two years off and another nationality', () => {
    const result = scoreCandidate(
      { names: ['Ali Hosseini'], birthYear: 1975, nationality: 'IR' },
      { names: ['Ali Hosseini'], birthYear: 1978, nationality: 'IQ' },
    );
    expect(result.score).toBeCloseTo(1 - 0.3 - 0.05, 3);
    expect(result.score).toBeLessThan(MATCH_LEVELS.possible);
  });

  it('scores many candidates with one scorer as it scores each alone', () => {
    const score = scorerFor({ names: ['زهرا شهبازی'] });
    for (const name of ['Zahra Shahbazi', 'Zohreh Shahbazi', 'Zahra Shahbazy', 'Maryam Shahbazi']) {
      expect(score({ names: [name] })).toEqual(scoreOf('زهرا شهبازی', name));
    }
  });

  it('gives no name match when a side has no readable name', () => {
    const result = scoreCandidate({ names: [' , '] }, { names: ['Ali Hosseini'], birthYear: 1980 });
    expect(result).toMatchObject({ score: 0, name: null });
  });
});

describe('the profile of a registered person', () => {
  it('takes every written name, the aliases, the birth year and the nationality', () => {
    const person = identity.parse({
      names: [
        { script: 'latin', given: 'Narges', family: 'Darvishi', full: 'Narges Darvishi' },
        { script: 'persian', full: 'نرگس درویشی' },
      ],
      aliases: ['Narges Darwishi'],
      birthDate: '1984-03',
      nationality: 'IR',
    });
    expect(profileFromIdentity(person, ['Javad Darvishi'])).toEqual({
      names: ['Narges Darvishi', 'نرگس درویشی', 'Narges Darwishi'],
      birthYear: 1984,
      nationality: 'IR',
      relatives: ['Javad Darvishi'],
    });
  });

  it('has no birth year when the birth date is unknown', () => {
    const person = identity.parse({ names: [{ script: 'latin', full: 'Omid Habibi' }] });
    expect(profileFromIdentity(person)).toMatchObject({ birthYear: null, nationality: null, relatives: [] });
  });
});
