import { GLOTTAL, ONSET } from './sound-alphabet.js';

// Persian and Arabic letters to sound symbols (sound-alphabet.ts); affixes are handled in transliterate.ts.

const ARABIC_CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 's',
  ج: 'j',
  چ: 'C',
  ح: 'h',
  خ: 'x',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  ژ: 'Z',
  س: 's',
  ش: 'S',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  غ: 'q',
  ف: 'f',
  ق: 'q',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
};

const ALEF = 'ا';
const VAV = 'و';
const YEH = 'ی';
const HEH = 'ه';
const AYN = 'ع';

/**
 * Persian/Arabic letters to sounds. ا is a long a (or the opening vowel); و is v at the start,
 * after a long a and before a vowel letter, otherwise a vowel (W); ی is y at the start and before
 * ا, otherwise a long i; ه at the end is the vowel -e (فاطمه), except after ا (شاه).
 */
export function arabicLetters(core: string, atStart: boolean, atEnd: boolean): string {
  // Persian and Arabic letters are all in the Basic Multilingual Plane: one UTF-16 unit each.
  const letters = core.split('');
  let out = '';
  letters.forEach((ch, i) => {
    const first = atStart && i === 0;
    const prev = letters[i - 1];
    const next = letters[i + 1];
    const last = atEnd && i === letters.length - 1;
    switch (ch) {
      case ALEF:
        out += first ? ONSET : 'A';
        break;
      case AYN:
        out += first ? ONSET : GLOTTAL;
        break;
      case VAV: {
        const afterLongA = prev === ALEF && i > 1;
        out += first || afterLongA || next === ALEF || next === YEH ? 'v' : 'W';
        break;
      }
      case YEH:
        out += first || next === ALEF ? 'y' : 'I';
        break;
      case HEH:
        out += last && i > 0 && prev !== ALEF ? 'E' : 'h';
        break;
      default:
        out += ARABIC_CONSONANTS[ch] ?? '';
    }
  });
  return out;
}
