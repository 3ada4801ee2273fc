import { z } from 'zod';
import { firstGrapheme } from './text.js';
import { countryCode, isoDate, languageTag, line, text } from './common.js';

/** Clients, relatives and witnesses are bound to cases; officials are in the directory. */
export const PERSON_KINDS = ['client', 'family_member', 'official', 'witness'] as const;
export const personKind = z.enum(PERSON_KINDS);
export type PersonKind = z.infer<typeof personKind>;
export const CASE_BOUND_KINDS: readonly PersonKind[] = ['client', 'family_member', 'witness'];

export const SCRIPTS = ['latin', 'persian', 'arabic', 'other'] as const;

export const personName = z.strictObject({
  script: z.enum(SCRIPTS),
  given: line(120).nullish(),
  family: line(120).nullish(),
  full: line(250),
});

/** The protected identity: encrypted at rest, shown only on an audited reveal. */
export const identity = z.strictObject({
  names: z.array(personName).min(1, { error: 'at least one name is required' }).max(20),
  aliases: z.array(line(250)).max(20).default([]),
  birthDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
    .nullish(),
  nationality: countryCode.nullish(),
  languages: z.array(languageTag).max(20).default([]),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{5,30}$/, { error: 'must be a phone number' })
    .nullish(),
});
export type Identity = z.infer<typeof identity>;

/** Whereabouts: a separate permission and a separate audited reveal. */
export const location = z.strictObject({
  address: text(500).nullish(),
  city: line(120).nullish(),
  country: countryCode.nullish(),
  since: isoDate.nullish(),
});
export type Location = z.infer<typeof location>;

/** What lists may show: initials or a pseudonym, never a name. */
export const label = line(40);

/** Initials of the first name in Latin script, or of the first name given. */
export function deriveInitials(id: Identity): string {
  const name = id.names.find((n) => n.script === 'latin') ?? id.names[0];
  if (!name) return '?';
  const parts = [name.given, name.family].filter((p): p is string => Boolean(p));
  const words = parts.length > 0 ? parts : name.full.split(/\s+/u);
  return words
    .map((w) => firstGrapheme(w.trim()).toLocaleUpperCase())
    .filter(Boolean)
    .map((c) => `${c}.`)
    .join(' ');
}
