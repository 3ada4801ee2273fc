import { z } from 'zod';
import { id, isoDate, text, version } from './common.js';

/** The basis on which a person stays in the host country. */
export const STATUS_BASES = [
  'humanitarian_stay',
  'asylum_seeker',
  'refugee',
  'subsidiary_protection',
  'stateless',
  'none',
  'unknown',
] as const;
export const statusBasis = z.enum(STATUS_BASES);
export type StatusBasis = z.infer<typeof statusBasis>;

/** What is still unclear about the status: encrypted at rest. */
export const openQuestions = text(4000);

const effectiveToNotBeforeFrom = {
  error: 'must not be before effectiveFrom',
  path: ['effectiveTo'],
};

/** A new entry of a person's status history. */
export const legalStatusInput = z
  .strictObject({
    basis: statusBasis,
    /** The authority responsible (an organization of the records, such as the asylum office). */
    authorityId: id.nullish(),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullish(),
    openQuestions: openQuestions.nullish(),
  })
  .refine((v) => !v.effectiveTo || v.effectiveTo >= v.effectiveFrom, effectiveToNotBeforeFrom);
export type LegalStatusInput = z.infer<typeof legalStatusInput>;

/** A correction of one entry; the dates are checked again together with the stored ones. */
export const legalStatusPatch = z
  .strictObject({
    version,
    basis: statusBasis.optional(),
    authorityId: id.nullish(),
    effectiveFrom: isoDate.optional(),
    effectiveTo: isoDate.nullish(),
    openQuestions: openQuestions.nullish(),
  })
  .refine((v) => !v.effectiveTo || !v.effectiveFrom || v.effectiveTo >= v.effectiveFrom, effectiveToNotBeforeFrom);
export type LegalStatusPatch = z.infer<typeof legalStatusPatch>;

/**
 * The status in force on a date: of the entries effective on or before it, the latest by
 * effective date (the later recorded on a tie). An entry that starts later is not yet current.
 */
export function currentStatus<T extends { effectiveFrom: string; createdAt: string }>(
  history: readonly T[],
  on: string,
): T | null {
  let current: T | null = null;
  for (const entry of history) {
    if (entry.effectiveFrom > on) continue;
    if (
      !current ||
      entry.effectiveFrom > current.effectiveFrom ||
      (entry.effectiveFrom === current.effectiveFrom && entry.createdAt > current.createdAt)
    ) {
      current = entry;
    }
  }
  return current;
}

/** Whether an entry's own end date has passed on a date (the status lapsed and nothing followed). */
export function hasLapsed(entry: { effectiveTo: string | null }, on: string): boolean {
  return entry.effectiveTo !== null && entry.effectiveTo < on;
}
