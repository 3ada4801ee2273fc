import { ONSET } from './sound-alphabet.js';

/*
 * Phonetic keys: a coarse code of a sound skeleton (transliterate.ts) that all the usual
 * spellings of a name part share, for finding candidates through blind indexes. Vowels are
 * dropped (Persian does not write the short ones) except an opening vowel (A) and a final long i
 * (I), which tells Mohammadi from Mohammad and Hosseini from Hossein. Consonants that spellings
 * confuse share a class: q/k (Ghasemi, Qasemi, Kasemi), b/p, sh/ch, j/zh. A و read as a vowel
 * may also be a v (توکلی is Tavakoli), so such a part has a second key with the V.
 */

const CLASSES: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  t: 'T',
  d: 'D',
  s: 'S',
  z: 'Z',
  S: 'C',
  C: 'C',
  j: 'J',
  Z: 'J',
  h: 'H',
  x: 'X',
  q: 'K',
  k: 'K',
  g: 'G',
  l: 'L',
  r: 'R',
  m: 'M',
  n: 'N',
  v: 'V',
  f: 'F',
};

const AMBIGUOUS_VAV = 'W';
const FINAL_LONG_I = /[Ii]$/u;
/** At most this many ambiguous و in a part give alternative keys (2^n keys). */
const MAX_ALTERNATIVES = 2;

/** The phonetic keys of one part's sound skeleton: one, or a few where a و may be read as v. */
export function phoneticKeys(sound: string): string[] {
  let keys = [''];
  let alternatives = 0;
  // Sound skeletons are ASCII: one UTF-16 unit per symbol.
  sound.split('').forEach((symbol, i) => {
    if (symbol === AMBIGUOUS_VAV && alternatives < MAX_ALTERNATIVES) {
      alternatives += 1;
      keys = keys.flatMap((k) => [k, appendClass(k, 'V')]);
      return;
    }
    const code = i === 0 && symbol === ONSET ? 'A' : i === 0 && symbol === 'y' ? 'Y' : CLASSES[symbol];
    if (code !== undefined) keys = keys.map((k) => appendClass(k, code));
  });
  const suffix = FINAL_LONG_I.test(sound) ? 'I' : '';
  return [...new Set(keys.map((k) => k + suffix))];
}

/** Appends a class, writing a repeated class once (a vowel between them is not in the key). */
function appendClass(key: string, code: string): string {
  return key.endsWith(code) ? key : key + code;
}
