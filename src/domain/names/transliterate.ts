import { arabicLetters } from './arabic-script-sound.js';
import { isArabicScript } from './fold.js';
import { latinLetters } from './latin-sound.js';
import { canonicalForm } from './variant-forms.js';

/*
 * The sound skeleton of a name part: one symbol per sound (sound-alphabet.ts), the same alphabet
 * for Persian/Arabic script (arabic-script-sound.ts) and for Latin spellings (latin-sound.ts), so
 * that محمد, Mohammad and Muhammad can be compared.
 *
 * Letters that sound alike in Persian fall together (س ص ث → s; ز ذ ض ظ → z; ت ط → t; ح ه → h;
 * غ ق → q), doubled letters are written once, and a few Arabic compounds are given one canonical
 * sound in both scripts: Abd al- (Abdolreza, عبدالرضا), Abu al- (Abolfazl, ابوالفضل), -allah
 * (Nasrollah, نصرالله) and al-Din (Jalaleddin, جلال‌الدین). Weighted comparison of skeletons is in
 * sound-distance.ts; phonetic keys derived from them are in phonetic.ts.
 */

/** The sound skeleton of one folded name part (see nameParts). */
export function partSound(part: string): string {
  const word = canonicalForm(part) ?? part;
  const script = isArabicScript(word) ? 'arabic' : 'latin';
  return collapseRepeats(withAffixes(word, script, script === 'arabic' ? arabicLetters : latinLetters));
}

interface Affix {
  arabic: RegExp;
  latin: RegExp;
  sound: string;
}

// Suffixes are taken off before prefixes, so that Abdollah is Abd + -allah in both scripts.
const SUFFIXES: readonly Affix[] = [
  { arabic: /(?<=.)الله$/u, latin: /(?<=[a-z]{2})[aeiou](?:llah?|lah)$/u, sound: 'ola' },
  { arabic: /(?<=.)الدین$/u, latin: /(?<=[a-z]{2})[aeiou](?:ld|dd|d)in$/u, sound: 'odIn' },
];

const PREFIXES: readonly Affix[] = [
  { arabic: /^عبدال(?=.)/u, latin: /^abd[aeiou]?(?:l|(?=([tdrzsn])\1))(?=.)/u, sound: '@bdol' },
  { arabic: /^ابوال(?=.)/u, latin: /^ab[ou]u?l(?=.)/u, sound: '@bol' },
];

/** Splits off a canonical prefix and suffix; the letters between are sounded letter by letter. */
function withAffixes(
  word: string,
  script: 'arabic' | 'latin',
  letters: (core: string, atStart: boolean, atEnd: boolean) => string,
) {
  let core = word;
  let prefix = '';
  let suffix = '';
  for (const affix of SUFFIXES) {
    const match = affix[script].exec(core);
    if (match) {
      core = core.slice(0, match.index);
      suffix = affix.sound;
      break;
    }
  }
  for (const affix of PREFIXES) {
    const match = affix[script].exec(core);
    if (match) {
      core = core.slice(match[0].length);
      prefix = affix.sound;
      break;
    }
  }
  return prefix + letters(core, prefix === '', suffix === '') + suffix;
}

/** Doubled symbols count once: Mohammad, Hassan, محمّد (its shadda already removed), الله. */
function collapseRepeats(sound: string): string {
  let out = '';
  for (const ch of sound) if (ch !== out[out.length - 1]) out += ch;
  return out;
}
