import { z } from 'zod';
import { line } from './common.js';

/**
 * Controlled vocabularies: the HURIDOCS micro-thesauri (acts, rights, perpetrator types,
 * sources, interventions …) and the terms an organization adds of its own.
 *
 * A HURIDOCS term is keyed by its `vocab_number`: 14 digits, the 12-digit hierarchy code and the
 * 2-digit list code (02010301020004: "Threats against the victim's family", list 4). A local term
 * gets `L<list code>-<5 digits>` (L04-00001): a letter, so it can never collide with a HURIDOCS
 * number, and the list code, so it says which list it extends.
 */
export const LOCALES = ['en', 'sq', 'fa'] as const;
export const locale = z.enum(LOCALES);
export type Locale = z.infer<typeof locale>;

const HURIDOCS_NUMBER = /^\d{14}$/;
const LOCAL_NUMBER = /^L\d{2}-\d{5}$/;

export const vocabNumber = z.string().refine((v) => HURIDOCS_NUMBER.test(v) || LOCAL_NUMBER.test(v), {
  error: 'must be a vocabulary number: 14 digits (HURIDOCS) or L<list>-<5 digits> (local)',
});

export function isHuridocsNumber(value: string): boolean {
  return HURIDOCS_NUMBER.test(value);
}

export function localVocabNumber(listCode: number, sequence: number): string {
  return `L${String(listCode).padStart(2, '0')}-${String(sequence).padStart(5, '0')}`;
}

/** The sequence of a local number of the list, or null for any other number. */
export function localSequence(value: string, listCode: number): number | null {
  const prefix = `L${String(listCode).padStart(2, '0')}-`;
  return LOCAL_NUMBER.test(value) && value.startsWith(prefix) ? Number(value.slice(prefix.length)) : null;
}

export const listName = z.string().regex(/^[a-z_]{2,60}$/, { error: 'must be a list name such as types_of_acts' });

/** The lists an incident record draws its terms from. */
export const INCIDENT_LISTS = {
  actType: 'types_of_acts',
  right: 'rights_typology',
  perpetratorType: 'types_of_perpetrators',
  involvement: 'degrees_of_involvement',
  sourceConnection: 'source_connection_to_information',
  reliability: 'reliability',
  intervention: 'types_of_intervention',
  interventionStatus: 'intervention_status',
} as const;

export const termLabels = z.strictObject({
  en: line(250),
  sq: line(250).nullish(),
  fa: line(250).nullish(),
});
export type TermLabels = z.infer<typeof termLabels>;

/** A term an administrator adds to a list: under a parent of the same list, or at its top. */
export const localTermInput = z.strictObject({
  parent: vocabNumber.nullish(),
  labels: termLabels,
});
export type LocalTermInput = z.infer<typeof localTermInput>;

/** The label in the locale asked for, or in English when there is none in it. */
export function labelIn(
  labels: { en: string; sq: string | null; fa: string | null },
  wanted: Locale,
): { label: string; locale: Locale } {
  const label = labels[wanted];
  return label ? { label, locale: wanted } : { label: labels.en, locale: 'en' };
}

export interface TreeTerm {
  vocabNumber: string;
  parent: string | null;
  order: number;
}

export type TermTree<T extends TreeTerm> = T & { children: TermTree<T>[] };

/** The terms of a list as a tree: children under their parent, each level in list order. */
export function buildTree<T extends TreeTerm>(terms: readonly T[]): TermTree<T>[] {
  const nodes = new Map<string, TermTree<T>>(terms.map((t) => [t.vocabNumber, { ...t, children: [] }]));
  const roots: TermTree<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent === null ? undefined : nodes.get(node.parent);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TermTree<T>[]) => {
    list.sort((a, b) => a.order - b.order || (a.vocabNumber < b.vocabNumber ? -1 : 1));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
