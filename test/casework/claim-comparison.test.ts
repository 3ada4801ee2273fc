import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../../src/domain/claim.js';
import {
  compareClaims,
  derivedStatus,
  periodsOverlap,
  topicFindings,
  type ComparableClaim,
} from '../../src/domain/claim-comparison.js';

const eur = (amount: number, per: 'month' | 'year' | 'week' = 'month'): ClaimValue => ({
  kind: 'amount',
  amount,
  currency: 'EUR',
  per,
});

function claim(over: Partial<ComparableClaim> & { id: string }): ComparableClaim {
  return { assertedBy: 'person:a', stance: 'affirms', value: null, aboutFrom: null, aboutTo: null, ...over };
}

describe('comparing claims on one topic', () => {
  it('treats open periods as reaching as far as they can', () => {
    const y2016 = { aboutFrom: '2016-01-01', aboutTo: '2016-12-31' };
    expect(periodsOverlap(y2016, { aboutFrom: '2017-01-01', aboutTo: null })).toBe(false);
    expect(periodsOverlap(y2016, { aboutFrom: '2016-12-31', aboutTo: null })).toBe(true);
    expect(periodsOverlap(y2016, { aboutFrom: null, aboutTo: null })).toBe(true);
    expect(periodsOverlap({ aboutFrom: null, aboutTo: '2015-12-31' }, y2016)).toBe(false);
  });

  it('flags different amounts, converting months to years but nothing it cannot convert exactly', () => {
    const leavers = claim({ id: 'l', value: eur(500) });
    expect(compareClaims(leavers, claim({ id: 'a', value: eur(0) }))).toEqual({
      relation: 'contradicts',
      reason: 'different_values',
    });
    expect(compareClaims(leavers, claim({ id: 'b', value: eur(6000, 'year') }))).toEqual({ relation: 'agrees' });
    expect(compareClaims(leavers, claim({ id: 'c', value: eur(5000, 'year') })).relation).toBe('contradicts');
    expect(compareClaims(leavers, claim({ id: 'd', value: eur(120, 'week') }))).toEqual({
      relation: 'unrelated',
      reason: 'not_comparable',
    });
    const lek: ClaimValue = { kind: 'amount', amount: 50_000, currency: 'ALL', per: 'month' };
    expect(compareClaims(leavers, claim({ id: 'e', value: lek })).relation).toBe('unrelated');
  });

  it('reads an amount against a yes or no: above zero is yes', () => {
    const no: ClaimValue = { kind: 'yes_no', value: false };
    const yes: ClaimValue = { kind: 'yes_no', value: true };
    expect(compareClaims(claim({ id: 'a', value: eur(500) }), claim({ id: 'b', value: no })).relation).toBe(
      'contradicts',
    );
    expect(compareClaims(claim({ id: 'a', value: eur(500) }), claim({ id: 'b', value: yes })).relation).toBe('agrees');
    expect(compareClaims(claim({ id: 'a', value: eur(0) }), claim({ id: 'b', value: no })).relation).toBe('agrees');
  });

  it('flags an explicit negation whatever the values, but only within the same period', () => {
    const says = claim({ id: 'l', value: eur(500), aboutFrom: '2026-01-01' });
    const denies = claim({ id: 'a', stance: 'denies', aboutFrom: '2017-01-01' });
    expect(compareClaims(says, denies)).toEqual({ relation: 'contradicts', reason: 'negation' });
    const paidThen = claim({ id: 'p', stance: 'denies', aboutFrom: '2016-01-01', aboutTo: '2016-12-31' });
    expect(compareClaims(says, paidThen)).toEqual({ relation: 'unrelated', reason: 'different_periods' });
  });

  it('lists contradicting pairs, and corroborations only between different asserters', () => {
    const findings = topicFindings([
      claim({ id: 'l1', assertedBy: 'person:leaver-1', value: eur(500) }),
      claim({ id: 'l2', assertedBy: 'person:leaver-2', value: eur(500) }),
      claim({ id: 'l3', assertedBy: 'person:leaver-2', value: eur(500) }),
      claim({ id: 'ag', assertedBy: 'organization:agency', stance: 'denies' }),
    ]);
    expect(findings.contradictions).toEqual([
      { claimIds: ['l1', 'ag'], reason: 'negation' },
      { claimIds: ['l2', 'ag'], reason: 'negation' },
      { claimIds: ['l3', 'ag'], reason: 'negation' },
    ]);
    expect(findings.corroborations.map((c) => c.claimIds)).toEqual([
      ['l1', 'l2'],
      ['l1', 'l3'],
    ]);
  });

  it('lets the claims set the status, except a verified or refuted finding', () => {
    const contradicted = {
      contradictions: [{ claimIds: ['a', 'b'] as [string, string], reason: 'negation' as const }],
      corroborations: [],
    };
    const none = { contradictions: [], corroborations: [] };
    expect(derivedStatus('unverified', contradicted)).toBe('contradicted');
    expect(derivedStatus('corroborated', contradicted)).toBe('contradicted');
    expect(derivedStatus('contradicted', none)).toBe('unverified');
    expect(derivedStatus('verified', contradicted)).toBe('verified');
    expect(derivedStatus('refuted', none)).toBe('refuted');
  });
});
