import list from './common-passwords.json' with { type: 'json' };

/**
 * The 10,000 most frequent passwords of 8 characters or more in the SecLists "10 million
 * password list" (top one million, ordered by frequency; Daniel Miessler, MIT licence),
 * lower-cased. Read into a set once, on first use.
 */
let common: ReadonlySet<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(list);
  return common.has(password.normalize('NFC').toLowerCase());
}
