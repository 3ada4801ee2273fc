import type { HitAction } from '../../domain/report.js';
import { resolutionsOf } from '../../store/reports.js';
import type { UseCaseContext } from '../use-case.js';

export interface Resolution {
  field: string;
  start: number;
  end: number;
  action: HitAction;
  replacement: string | null;
  reason: string | null;
}

/**
 * The resolutions that still stand: the text they were made on is still at the same offsets of
 * the same field. A later resolution of the same span replaces an earlier one.
 */
export async function standingResolutions(
  ctx: UseCaseContext,
  reportId: string,
  texts: ReadonlyMap<string, string>,
): Promise<Resolution[]> {
  const cipher = ctx.deps.cipher;
  const bySpan = new Map<string, Resolution>();
  for (const row of await resolutionsOf(ctx.tx, reportId)) {
    const matched = cipher.decrypt('report_resolutions', 'matched', row.id, row.matched);
    if (texts.get(row.field)?.slice(row.start_at, row.end_at) !== matched) continue;
    bySpan.set(spanKey(row.field, row.start_at, row.end_at), {
      field: row.field,
      start: row.start_at,
      end: row.end_at,
      action: row.action,
      replacement: row.replacement && cipher.decrypt('report_resolutions', 'replacement', row.id, row.replacement),
      reason: row.reason && cipher.decrypt('report_resolutions', 'reason', row.id, row.reason),
    });
  }
  return [...bySpan.values()];
}

export function spanKey(field: string, start: number, end: number): string {
  return `${field}\u0000${start}\u0000${end}`;
}

/** A text with the replacements the author made in it (spans never overlap: each is one hit). */
export function withReplacements(field: string, text: string, resolutions: readonly Resolution[]): string {
  return resolutions
    .filter((r) => r.field === field && r.action === 'replaced')
    .sort((a, b) => b.start - a.start)
    .reduce((out, r) => out.slice(0, r.start) + (r.replacement ?? '') + out.slice(r.end), text);
}
