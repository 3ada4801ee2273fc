import { redactionScanner, type RedactionHit, type RedactionSubject } from '../../domain/report-redaction.js';
import { protectedPeople } from '../../store/reports.js';
import { openIdentity, openLocation } from '../people/protected-fields.js';
import type { UseCaseContext } from '../use-case.js';
import type { MeetingRecord } from './meeting-record.js';
import { spanKey, type Resolution } from './report-resolutions.js';

export interface CheckedHit extends RedactionHit {
  resolution: Resolution | null;
}

/**
 * Run the redaction check over every text of the report: the names (all scripts and
 * spellings), phone numbers and places of the people on the engagement's cases and of the
 * officials it names. Only those people's identities are decrypted, and only for the check. The
 * name of someone who consented to be named is not a hit; their phone and places still are.
 */
export async function checkReport(
  ctx: UseCaseContext,
  meeting: MeetingRecord,
  named: ReadonlySet<string>,
  resolutions: readonly Resolution[],
): Promise<{ hits: CheckedHit[]; people: number }> {
  const cipher = ctx.deps.cipher;
  const rows = await protectedPeople(ctx.tx, { caseIds: meeting.caseIds, personIds: meeting.personIds });
  const subjects = rows.map((row): RedactionSubject => {
    const identity = openIdentity(cipher, row.id, row.identity);
    const location = row.location ? openLocation(cipher, row.id, row.location) : null;
    return {
      label: row.label,
      names: named.has(row.id) ? [] : [...identity.names.map((n) => n.full), ...identity.aliases],
      phone: identity.phone ?? null,
      places: [location?.address, location?.city].filter((p): p is string => Boolean(p)),
    };
  });
  const scanner = redactionScanner(subjects);
  const resolved = new Map(resolutions.map((r) => [spanKey(r.field, r.start, r.end), r]));
  const hits = [...meeting.texts].flatMap(([field, text]) =>
    scanner
      .scan(field, text)
      .map((hit) => ({ ...hit, resolution: resolved.get(spanKey(field, hit.start, hit.end)) ?? null })),
  );
  return { hits, people: rows.length };
}
