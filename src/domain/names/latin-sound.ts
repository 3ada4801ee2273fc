import { ONSET, SHORT_VOWELS } from './sound-alphabet.js';

// Latin spellings to sound symbols (sound-alphabet.ts); affixes are handled in transliterate.ts.

const isVowel = (ch: string | undefined): boolean => ch !== undefined && SHORT_VOWELS.includes(ch);
const isConsonant = (ch: string | undefined): boolean => ch !== undefined && /[a-z]/u.test(ch) && !isVowel(ch);

const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1/gu;

const LATIN_DIGRAPHS: Readonly<Record<string, string>> = {
  kh: 'x',
  gh: 'q',
  sh: 'S',
  zh: 'Z',
  ch: 'C',
  ph: 'f',
  dj: 'j',
  ck: 'k',
};

/**
 * Latin spellings to sounds, read as the usual romanizations of Persian and Arabic names do:
 * ee, ei, ey, ie (at the end) and yi are a long i; ou, oo and ow (before a consonant) a long u;
 * aa a long a; ai and ay before a consonant are a + long i (Hussain, Zainab); a final -eh or -e
 * is the vowel of a final ه; a final h after a vowel is silent.
 */
export function latinLetters(spelled: string, atStart: boolean, atEnd: boolean): string {
  // Doubled consonants are written once (Hassan, Ruqayya); doubled vowels are long vowels.
  const core = spelled.replace(DOUBLED_CONSONANT, '$1');
  const n = core.length;
  let out = atStart && isVowel(core[0]) ? ONSET : '';
  let i = 0;
  while (i < n) {
    const c = core.charAt(i);
    const d = core[i + 1];
    const e = core[i + 2];
    const digraph = d === undefined ? undefined : LATIN_DIGRAPHS[c + d];
    if (c === 't' && d === 'c' && e === 'h') {
      out += 'C';
      i += 3;
    } else if (digraph !== undefined) {
      out += digraph;
      i += 2;
    } else if (c === 'h') {
      // A final h after a vowel is silent (Fatemah, Allah); elsewhere it is sounded (Mehdi).
      if (!(atEnd && i === n - 1 && isVowel(core[i - 1]))) out += 'h';
      i += 1;
    } else if (isVowel(c)) {
      const [sound, length] = latinVowel(core, i, atEnd);
      out += sound;
      i += length;
    } else if (c === 'y') {
      const glide = i === 0 || isVowel(d);
      out += d === 'i' ? 'I' : glide ? 'y' : 'I';
      i += d === 'i' ? 2 : 1;
    } else if (c === 'w') {
      out += i === 0 || isVowel(d) ? 'v' : 'U';
      i += 1;
    } else if (c === 'c') {
      out += d === 'e' || d === 'i' || d === 'y' ? 's' : 'k';
      i += 1;
    } else {
      if (isConsonant(c)) out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * The sound of the vowel letters at position i, and how many letters it takes. Endings count only
 * at the end of the word, not before a suffix such as -ollah.
 */
function latinVowel(core: string, i: number, wordEnd: boolean): [string, number] {
  const n = wordEnd ? core.length : Number.POSITIVE_INFINITY;
  const c = core[i];
  const d = core[i + 1];
  const e = core[i + 2];
  const last = i === n - 1;
  switch (c) {
    case 'a':
      if (d === 'a') return ['A', 2];
      // A v written as the vowel it glides into: Daoud (Davood), Kaous (Kavous).
      if (d === 'o' && (e === 'u' || e === 'o')) return ['av', 1];
      if ((d === 'i' || d === 'y') && isConsonant(e) && e !== 'y') return ['aI', 2];
      return ['a', 1];
    case 'e':
      if (d === 'e') return ['I', 2];
      if (d === 'i' || (d === 'y' && !isVowel(e))) return ['I', 2];
      if (last || (d === 'h' && i + 2 === n)) return ['E', last ? 1 : 2];
      return ['e', 1];
    case 'i':
      if (d === 'i') return ['I', 2];
      if (d === 'e' && i + 2 === n) return ['I', 2];
      return ['i', 1];
    case 'o':
      if (d === 'o' || d === 'u') return ['U', 2];
      if (d === 'w' && !isVowel(e)) return ['U', 2];
      return ['o', 1];
    default:
      return d === 'u' ? ['U', 2] : ['u', 1];
  }
}
