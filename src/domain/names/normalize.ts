import { foldLetters, isArabicScript } from './fold.js';
import { ARTICLES, ASSIMILATED_ARTICLES, EZAFE, HONORIFICS, NAME_PREFIXES } from './particles.js';

const HYPHENS = /[\u2010-\u2015\u2212_]/gu;
const NOT_NAME_TEXT = /[^\p{L}\p{N}\s-]/gu;
const ARABIC_ARTICLE = 'ال';
// An Arabic-script word keeps a leading ال when little is left after it: الهام, الناز, البرز.
const MIN_LETTERS_AFTER_ARTICLE = 4;

/**
 * The parts of a name, folded (see foldLetters) and in the order written: titles and the Arabic
 * article dropped, hyphenated and "Abd al-" / "Abu al-" compounds made one part. The order of
 * the parts carries no meaning for matching.
 */
export function nameParts(raw: string): string[] {
  const words = foldLetters(raw)
    .replace(HYPHENS, '-')
    .replace(NOT_NAME_TEXT, ' ')
    .split(/\s+/u)
    .filter((w) => w.replace(/-/gu, '') !== '');
  const joined = words.map(joinHyphenated).filter((w) => w !== '' && !ARTICLES.has(w));
  const named = joined.filter((w) => !HONORIFICS.has(w));
  return joinPrefixes(named.length > 0 ? named : joined);
}

/** One word from its hyphen-separated pieces: al-Hosseini, Mir-e, Seyed-Ali, Jalal-ud-Din. */
function joinHyphenated(word: string): string {
  const pieces = word.split('-').filter((p) => p !== '');
  const kept: string[] = [];
  pieces.forEach((piece, i) => {
    const first = i === 0;
    const last = i === pieces.length - 1;
    if (ARTICLES.has(piece) && first && !last) return;
    if (HONORIFICS.has(piece) && pieces.length > 1) return;
    if (EZAFE.has(piece) && !first) return;
    if ((ARTICLES.has(piece) || ASSIMILATED_ARTICLES.has(piece)) && !first && !last) {
      kept.push(isArabicScript(piece) ? ARABIC_ARTICLE : 'ol');
      return;
    }
    kept.push(piece);
  });
  return withoutArabicArticle(kept.join(''));
}

function withoutArabicArticle(word: string): string {
  const rest = word.slice(ARABIC_ARTICLE.length);
  return word.startsWith(ARABIC_ARTICLE) && rest.length >= MIN_LETTERS_AFTER_ARTICLE ? rest : word;
}

/** "Abd", "Abdol", "Abu" … written apart from the name they open become one part with it. */
function joinPrefixes(words: readonly string[]): string[] {
  const out: string[] = [];
  let opening: (typeof NAME_PREFIXES)[number] | undefined;
  for (const word of words) {
    if (opening !== undefined) {
      out.push(isArabicScript(word) ? opening.arabic + withoutLeadingArticle(word) : opening.latin + latinRest(word));
      opening = undefined;
      continue;
    }
    opening = NAME_PREFIXES.find((p) => p.spellings.has(word));
    if (opening === undefined) out.push(word);
  }
  // A prefix with nothing after it is a name of its own.
  return opening === undefined ? out : [...out, words[words.length - 1] ?? ''];
}

function withoutLeadingArticle(word: string): string {
  return word.startsWith(ARABIC_ARTICLE) ? word.slice(ARABIC_ARTICLE.length) : word;
}

/** Abd Allah → abdol + lah: the article inside "Allah" is the one the prefix already carries. */
function latinRest(word: string): string {
  return word.replace(/^[aeou]l(?=l)/u, '');
}
