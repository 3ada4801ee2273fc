import { addDays } from './calendar.js';
import { isValidOn, type DocumentKind } from './document.js';

/** The groups of document kinds a client may hold a valid one of. */
export interface DocumentGroups {
  workPermit: readonly DocumentKind[];
  travelDocument: readonly DocumentKind[];
}

/** What a client's standing is made of: their status history, held documents and covered stretches of support. */
export interface StandingRecords {
  statuses: readonly { basis: string; effectiveFrom: string; createdAt: string }[];
  /** Documents recorded as held (the only ones that may be valid). */
  heldDocuments: readonly { kind: DocumentKind; expiresOn: string | null }[];
  /** Covered stretches of support, both ends included; `endsOn` null when open-ended. */
  coverage: readonly { startsOn: string; endsOn: string | null }[];
}

/** A client's standing on a day, and the first later day on which it may differ. */
export interface Standing {
  /** The basis of the status in force (the latest entry effective on the day, the later recorded first). */
  basis: string | null;
  workPermit: boolean;
  travelDocument: boolean;
  /** The stretch of support covering the day (`endsOn` null when it has no end), or null when nothing covers it. */
  coverage: { endsOn: string | null } | null;
  /**
   * The first day after `on` on which the same records give another standing: a later status
   * takes effect, the last valid document of a group expires, the covering stretch ends or the
   * next one starts. Null when none of that lies ahead.
   */
  validUntil: string | null;
}

const earliest = (days: readonly (string | null)[]): string | null =>
  days.reduce<string | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);

/** The status in force on `on`, and the day the next recorded one takes effect. */
function statusOn(statuses: StandingRecords['statuses'], on: string) {
  let inForce: StandingRecords['statuses'][number] | null = null;
  let next: string | null = null;
  for (const s of statuses) {
    if (s.effectiveFrom > on) next = earliest([next, s.effectiveFrom]);
    else if (
      inForce === null ||
      s.effectiveFrom > inForce.effectiveFrom ||
      (s.effectiveFrom === inForce.effectiveFrom && s.createdAt > inForce.createdAt)
    ) {
      inForce = s;
    }
  }
  return { basis: inForce?.basis ?? null, next };
}

/**
 * Whether one of `kinds` is valid on `on` (`isValidOn`), and the day that stops being so: the
 * day after the latest expiry among the valid ones, none when one of them never expires.
 * Validity is only lost as days pass; a document not valid today is not valid later.
 */
function groupOn(documents: StandingRecords['heldDocuments'], kinds: readonly DocumentKind[], on: string) {
  const valid = documents.filter(
    (d) => kinds.includes(d.kind) && isValidOn({ state: 'held', expiresOn: d.expiresOn }, on),
  );
  if (valid.length === 0) return { valid: false, until: null };
  if (valid.some((d) => d.expiresOn === null)) return { valid: true, until: null };
  const last = valid.reduce((max, d) => ((d.expiresOn ?? '') > max ? (d.expiresOn ?? '') : max), '');
  return { valid: true, until: addDays(last, 1) };
}

/** The stretch covering `on`, and the day it ends after or the next one starts. */
function coverageOn(stretches: StandingRecords['coverage'], on: string) {
  const covering = stretches.find((s) => s.startsOn <= on && (s.endsOn === null || s.endsOn >= on));
  if (covering) {
    return {
      coverage: { endsOn: covering.endsOn },
      until: covering.endsOn === null ? null : addDays(covering.endsOn, 1),
    };
  }
  return { coverage: null, until: earliest(stretches.filter((s) => s.startsOn > on).map((s) => s.startsOn)) };
}

/** A client's standing on `on` from their records. */
export function standingOn(records: StandingRecords, groups: DocumentGroups, on: string): Standing {
  const status = statusOn(records.statuses, on);
  const workPermit = groupOn(records.heldDocuments, groups.workPermit, on);
  const travelDocument = groupOn(records.heldDocuments, groups.travelDocument, on);
  const support = coverageOn(records.coverage, on);
  return {
    basis: status.basis,
    workPermit: workPermit.valid,
    travelDocument: travelDocument.valid,
    coverage: support.coverage,
    validUntil: earliest([status.next, workPermit.until, travelDocument.until, support.until]),
  };
}
