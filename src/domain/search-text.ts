import { foldLetters } from './names/fold.js';

/**
 * The words of a text as search compares them, the same for English, Albanian and Persian:
 * NFKC, lower case, accents and vowel marks removed (ë → e, ç → c, زَن → زن), Arabic letter
 * forms unified with the Persian ones (ي → ی, ك → ک, ة → ه), zero-width non-joiners removed so
 * that می‌روم and میروم are one word, Persian and Arabic-Indic digits read as ASCII digits.
 * Anything that is not a letter or a digit separates words.
 */
const SEPARATOR = /[^\p{L}\p{N}]+/u;
/** Longer runs are not words anyone searches for (encoded data, long numbers). */
const MAX_WORD = 40;

export function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const w of foldLetters(text).split(SEPARATOR)) {
    if (w !== '' && w.length <= MAX_WORD) words.add(w);
  }
  return [...words];
}

/**
 * Tokens that are not words: facets a search filters on. Words never contain ':', so a facet
 * cannot be matched by typing text.
 */
export const facet = {
  kind: (kind: string) => `k:${kind}`,
  case: (caseId: string) => `c:${caseId}`,
  term: (vocabNumber: string) => `t:${vocabNumber}`,
  perpetrator: (partyId: string) => `p:${partyId}`,
  month: (yyyyMm: string) => `m:${yyyyMm}`,
};

/** The months (YYYY-MM) from the month of `from` to that of `to`, or null when there are more than `max`. */
export function monthsBetween(from: string, to: string, max: number): string[] | null {
  const [fy = 0, fm = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  if (count > max) return null;
  const months: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const y = fy + Math.floor((fm - 1 + i) / 12);
    const m = ((fm - 1 + i) % 12) + 1;
    months.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return months;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `word` stands as a whole word in a folded text, or -1. */
function wordAt(folded: string, word: string): number {
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    const before = folded[i - 1];
    const after = folded[i + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) {
      return i;
    }
  }
  return -1;
}

/**
 * A short piece of a text around the first of the words in it (as searchWords reads them), or
 * its beginning when none is found; cut at word boundaries, with an ellipsis where it is cut.
 * The text is folded once; the place found in the folded text is carried over to the text in
 * proportion (folding drops only marks and invisible characters), well within the window.
 */
export function excerpt(text: string, words: readonly string[], size = 240): string {
  const folded = foldLetters(text);
  const hits = words.map((w) => wordAt(folded, w)).filter((i) => i >= 0);
  const at = hits.length > 0 ? Math.round((Math.min(...hits) * text.length) / Math.max(folded.length, 1)) : 0;
  let start = Math.max(0, at - Math.floor(size / 3));
  let end = Math.min(text.length, start + size);
  start = Math.max(0, Math.min(start, end - size));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const body = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}
