import { addDays, daysBetween } from '../../src/domain/calendar.js';
import type { DocumentKind, DocumentState } from '../../src/domain/document.js';
import type { StatusBasis } from '../../src/domain/legal-status.js';
import type { EntitlementStatus, SupportKind, SupportPeriod } from '../../src/domain/support.js';
import type { Random } from './random.js';

/**
 * The casework of one fictional client, from the day their case opened up to `on` (the day
 * the practice is looked at): 2–5 legal status entries, 2–6 documents, 1–4 entitlements
 * within a support history of one to three years, and a payment each month against the
 * entitlements that carry an amount.
 */
export interface CaseworkOrganizations {
  ministry: string;
  asylumOffice: string;
  agency: string;
  ngo: string;
  stateReception: string;
  formerOrganization: string;
}

export interface StatusPlan {
  basis: StatusBasis;
  authorityId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  openQuestions: string | null;
}

export interface DocumentPlan {
  kind: DocumentKind;
  state: DocumentState;
  number: string | null;
  issuerOrganizationId: string | null;
  issuerText: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  notes: string | null;
}

export interface EntitlementPlan {
  providerId: string;
  kind: SupportKind;
  amountMinor: number | null;
  currency: string;
  period: SupportPeriod;
  startsOn: string;
  endsOn: string | null;
  basis: string | null;
  status: EntitlementStatus;
  /** Days on which a payment of `amountMinor` was made. */
  paidOn: string[];
}

export interface CaseworkPlan {
  statuses: StatusPlan[];
  documents: DocumentPlan[];
  entitlements: EntitlementPlan[];
}

const QUESTIONS = [
  'Is the humanitarian basis renewed, and by which office?',
  'Can an asylum claim still be lodged after this many years?',
  'Which office decides on the work permit application?',
  'Does the residence permit allow travel to a neighbouring country?',
  'Who holds the original passport, and can a copy support a new application?',
];

const NOTES = [
  'Taken at arrival and never returned.',
  'Copy only; the original is with the organization.',
  'Application filed with the regional directorate.',
  'Refused without written reasons; appeal considered.',
  'Reported lost to the police; certificate on file.',
];

function pickStatus(rng: Random, index: number): StatusBasis {
  if (index === 0) return 'humanitarian_stay';
  return rng.weighted({
    humanitarian_stay: 3,
    asylum_seeker: 4,
    refugee: 1,
    subsidiary_protection: 1,
    none: 1,
    unknown: 1,
  });
}

function statuses(rng: Random, org: CaseworkOrganizations, opened: string, on: string): StatusPlan[] {
  const out: StatusPlan[] = [];
  let from = opened;
  for (let i = 0, n = rng.int(2, 5); i < n; i += 1) {
    const basis = pickStatus(rng, i);
    out.push({
      basis,
      authorityId: basis === 'humanitarian_stay' ? org.ministry : basis === 'none' ? null : org.asylumOffice,
      effectiveFrom: from,
      effectiveTo: rng.chance(0.2) ? addDays(from, rng.int(180, 720)) : null,
      openQuestions: rng.chance(0.4) ? rng.pick(QUESTIONS) : null,
    });
    from = addDays(from, rng.int(60, 700));
    if (from > on) break;
  }
  return out;
}

const DOCUMENT_STATES: Record<DocumentKind, Partial<Record<DocumentState, number>>> = {
  passport: { withheld_by_organization: 6, lost: 2, held: 1, expired: 1 },
  travel_document: { applied_for: 3, held: 4, refused: 2, expired: 1 },
  identity_card: { held: 6, lost: 2, never_had: 2 },
  residence_permit: { held: 7, applied_for: 2, expired: 1 },
  work_permit: { never_had: 4, applied_for: 3, refused: 2, held: 3 },
  other: { held: 1 },
};

function documentNumber(rng: Random): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const letter = () => letters.charAt(rng.int(0, letters.length - 1));
  return `${letter()}${letter()}${String(rng.int(1_000_000, 9_999_999))}`;
}

function documents(rng: Random, org: CaseworkOrganizations, opened: string, on: string): DocumentPlan[] {
  const kinds: DocumentKind[] = ['passport', 'residence_permit'];
  const optional: DocumentKind[] = ['work_permit', 'travel_document', 'identity_card', 'other'];
  for (let i = 0, extra = rng.int(0, 4); i < extra; i += 1) kinds.push(optional[i]!);
  return kinds.map((kind) => {
    const state = rng.weighted(DOCUMENT_STATES[kind] as Record<DocumentState, number>);
    const issued = state === 'held' || state === 'expired' || state === 'withheld_by_organization';
    const issuedOn = issued ? addDays(opened, rng.int(-2000, daysBetween(opened, on))) : null;
    // Permits run a year or two; passports ten years.
    const lasts = kind === 'passport' ? 3650 : rng.int(300, 800);
    const expiresOn = issuedOn && kind !== 'identity_card' ? addDays(issuedOn, lasts) : null;
    const byState = kind === 'passport' || kind === 'identity_card';
    return {
      kind,
      state: state === 'held' && expiresOn !== null && expiresOn < on && rng.chance(0.5) ? 'expired' : state,
      number: issued && rng.chance(0.8) ? documentNumber(rng) : null,
      issuerOrganizationId: byState ? null : org.ministry,
      issuerText: byState ? 'Passport office of the country of origin' : null,
      issuedOn,
      expiresOn,
      notes: rng.chance(0.3) ? rng.pick(NOTES) : null,
    };
  });
}

const KINDS: Record<SupportKind, number> = {
  cash: 8,
  accommodation: 4,
  food: 3,
  training: 2,
  language_course: 1,
  medical: 1,
  legal: 1,
  other: 0,
};

function entitlement(
  rng: Random,
  org: CaseworkOrganizations,
  startsOn: string,
  windowEnd: string,
  on: string,
): EntitlementPlan {
  const kind = rng.weighted(KINDS);
  const euro = kind === 'cash' || kind === 'accommodation';
  const amountMinor =
    kind === 'cash'
      ? rng.pick([20_000, 35_000, 50_000])
      : kind === 'food'
        ? rng.int(8, 20) * 100_000
        : kind === 'accommodation' && rng.chance(0.5)
          ? rng.pick([15_000, 25_000])
          : null;
  const planned = addDays(startsOn, rng.int(90, 540));
  const last = planned < windowEnd ? planned : windowEnd;
  // Support that runs on past today is often recorded without an end.
  const endsOn = last >= on && rng.chance(0.3) ? null : last;
  const over = endsOn !== null && endsOn < on;
  const status: EntitlementStatus = rng.chance(0.05) ? 'suspended' : over && rng.chance(0.7) ? 'ended' : 'active';
  const paidOn: string[] = [];
  if (amountMinor !== null && status !== 'suspended') {
    const until = endsOn !== null && endsOn < on ? endsOn : on;
    for (let d = startsOn; d <= until; d = addDays(d, 30)) paidOn.push(d);
  }
  return {
    providerId:
      kind === 'accommodation' || kind === 'food'
        ? rng.pick([org.stateReception, org.ngo])
        : kind === 'cash'
          ? rng.pick([org.agency, org.formerOrganization])
          : org.ngo,
    kind,
    amountMinor,
    currency: euro ? 'EUR' : 'ALL',
    period: amountMinor === null && kind === 'legal' ? 'one_off' : 'monthly',
    startsOn,
    endsOn,
    basis: rng.pick(['case by case', 'six-month state reception', 'integration programme', null]),
    status,
    paidOn,
  };
}

export function caseworkPlan(rng: Random, org: CaseworkOrganizations, opened: string, on: string): CaseworkPlan {
  const start = addDays(opened, rng.int(0, 90));
  const windowEnd = addDays(start, rng.int(365, 1095));
  const span = daysBetween(start, windowEnd);
  const entitlements: EntitlementPlan[] = [];
  for (let i = 0, n = rng.int(1, 4); i < n; i += 1) {
    const startsOn = i === 0 ? start : addDays(start, rng.int(0, Math.floor(span * 0.7)));
    if (startsOn <= on) entitlements.push(entitlement(rng, org, startsOn, windowEnd, on));
  }
  return {
    statuses: statuses(rng, org, opened, on),
    documents: documents(rng, org, opened, on),
    entitlements,
  };
}
