import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordKeys, searchKeys } from '../../src/domain/names/blind-keys.js';
import { MATCH_LEVELS, scoreCandidate } from '../../src/domain/names/score.js';

interface Pair {
  kind: string;
  a: string;
  b: string;
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/name-pairs.json', import.meta.url), 'utf8')) as {
  matching: Pair[];
  nonMatching: Pair[];
};

const score = (p: Pair) => scoreCandidate({ names: [p.a] }, { names: [p.b] }).score;
const describePairs = (pairs: readonly Pair[]) =>
  pairs.map((p) => `[${p.kind}] ${p.a} | ${p.b} (${score(p)})`).join('\n');

/** The share of pairs the matcher may get wrong before the test set fails it. */
const TOLERATED = 0.02;

describe('the fictional test set of name pairs', () => {
  it('holds at least 200 matching and 200 non-matching pairs, each pair once', () => {
    expect(fixture.matching.length).toBeGreaterThanOrEqual(200);
    expect(fixture.nonMatching.length).toBeGreaterThanOrEqual(200);
    const all = [...fixture.matching, ...fixture.nonMatching].map((p) => `${p.a}|${p.b}`);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds the other writing of each matching name through the pair or exact keys', () => {
    const missed = fixture.matching.filter(
      (p) => !searchKeys([p.a]).primary.some((k) => recordKeys([p.b]).includes(k)),
    );
    expect(missed.length / fixture.matching.length, describePairs(missed)).toBeLessThanOrEqual(TOLERATED);
  });

  it('scores matching pairs as possible matches or better', () => {
    const missed = fixture.matching.filter((p) => score(p) < MATCH_LEVELS.possible);
    expect(missed.length / fixture.matching.length, describePairs(missed)).toBeLessThanOrEqual(TOLERATED);
  });

  it('scores most matching pairs as likely matches', () => {
    const likely = fixture.matching.filter((p) => score(p) >= MATCH_LEVELS.likely);
    expect(likely.length / fixture.matching.length).toBeGreaterThanOrEqual(0.9);
  });

  it('scores non-matching lookalike pairs below a possible match', () => {
    const confused = fixture.nonMatching.filter((p) => score(p) >= MATCH_LEVELS.possible);
    expect(confused.length / fixture.nonMatching.length, describePairs(confused)).toBeLessThanOrEqual(TOLERATED);
  });
});
