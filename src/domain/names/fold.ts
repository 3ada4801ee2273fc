/**
 * Letter folding: one spelling of each letter, before names are split into parts. Persian and
 * Arabic keyboards give different code points for the same letter (ي/ی, ك/ک), names are written
 * with or without vowel marks, and Latin spellings come with or without accents.
 */

/** Arabic-script letters that are one letter in names, after the combining marks are removed. */
const LETTER_FORMS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Persian yeh (ئ becomes ي once its hamza is removed)
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک
  '\u06AA': '\u06A9', // ڪ swash kaf → ک
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06D5': '\u0647', // ە ae (ۀ less its hamza) → ه
  '\u06C1': '\u0647', // ہ heh goal → ه
  '\u06BE': '\u0647', // ھ heh doachashmee → ه
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0621': '', // ء a hamza on its own is not written in most spellings of a name
  '\u0640': '', // ـ tatweel, a stretching stroke
};

/** Latin letters that are not a base letter plus accents. */
const LATIN_FORMS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

// Zero-width joiners and non-joiners, direction marks and isolates, the Arabic letter mark, BOM.
// A zero-width non-joiner sits inside one word (نیک‌پور), so removing it joins the word.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/gu;
const COMBINING_MARKS = /\p{M}/gu;
// Apostrophes and the modifier letters used for ʿayn and hamza in transcriptions (Ja'fari, Jaʿfari).
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC\u02BE\u02BF`\u00B4\u2032]/gu;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/gu;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/gu;

/**
 * NFKC, lower case, vowel marks and accents removed, Arabic letter forms unified to the Persian
 * ones, invisible characters and apostrophes removed, Arabic-Indic and Persian digits in ASCII.
 */
export function foldLetters(raw: string): string {
  const decomposed = raw.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  let out = '';
  for (const ch of decomposed.replace(INVISIBLE, '').replace(APOSTROPHES, '')) {
    out += LETTER_FORMS[ch] ?? LATIN_FORMS[ch] ?? ch;
  }
  return out
    .replace(ARABIC_INDIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGIT, (d) => String(d.charCodeAt(0) - 0x06f0))
    .normalize('NFC');
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;

/** Whether a folded token is written in Arabic script (Persian or Arabic). */
export function isArabicScript(token: string): boolean {
  return ARABIC_LETTER.test(token);
}
