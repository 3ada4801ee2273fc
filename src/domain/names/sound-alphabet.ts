/*
 * The alphabet of sound skeletons (transliterate.ts): one ASCII symbol per sound, the same for
 * Persian/Arabic script and for Latin spellings.
 *
 *   consonants  b p t s j C(ch) h x(kh) d z r Z(zh) S(sh) q(gh, q) k g l m n v y f
 *               ' for ʿayn inside a word (جعفری)
 *   long        A (ا), I (ی), U (ou, oo), W (و read as a vowel, sometimes v), E (final ه, -eh)
 *   short       a e i o u: Latin only, since Persian and Arabic leave short vowels unwritten
 *   @           the vowel a name starts with (Ali, Ebrahim, امید, عباس)
 */

export const ONSET = '@';
export const GLOTTAL = "'";
export const SHORT_VOWELS = 'aeiou';
