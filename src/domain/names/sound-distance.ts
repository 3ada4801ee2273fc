import { SHORT_VOWELS } from './sound-alphabet.js';

/*
 * Similarity of two sound skeletons (transliterate.ts) by a weighted edit distance. Generic
 * string distances treat every letter alike; here a short vowel that Persian leaves unwritten
 * costs little to add or drop (محمد against Mohammad), long vowels cost much more (Hassan against
 * Hossein differ by one), and letters that spellings confuse cost little to exchange (q/k, e/i,
 * o/u). A final long i or -eh costs as much as a consonant: it makes a family name of a given
 * name (Mohammad, Mohammadi) or a woman's name of a man's (Saeed, Saeedeh).
 */

const CONSONANT = 1;

/** Cost of adding or dropping each symbol (consonants not listed cost CONSONANT). */
const INDEL: Readonly<Record<string, number>> = {
  h: 0.6,
  y: 0.4,
  "'": 0.15,
  '@': 0.3,
  A: 1,
  I: 1,
  U: 1,
  W: 1,
  E: 0.3,
  a: 0.12,
  e: 0.1,
  o: 0.1,
  i: 0.2,
  u: 0.2,
};
/** A final long i (Mohammadi) or final -eh (Saeedeh) makes another name: as costly as a consonant. */
const FINAL_VOWEL_INDEL = 1;

/** Costs of exchanging two symbols, both ways; pairs not listed cost the drop of one plus the add of the other. */
const EXCHANGE: readonly (readonly [string, string, number])[] = [
  // Long vowels against the Latin vowels that spell them.
  ['A', 'a', 0],
  ['A', 'e', 0.35],
  ['A', 'o', 0.45],
  ['A', 'i', 0.7],
  ['A', 'u', 0.7],
  ['A', 'E', 0.7],
  ['I', 'i', 0],
  ['I', 'e', 0.2],
  ['I', 'y', 0.15],
  ['I', 'a', 0.7],
  ['I', 'o', 0.7],
  ['I', 'u', 0.6],
  ['I', 'E', 0.7],
  ['U', 'u', 0],
  ['U', 'o', 0.15],
  ['U', 'W', 0],
  ['U', 'v', 0.35],
  ['U', 'a', 0.7],
  ['U', 'e', 0.7],
  ['U', 'i', 0.5],
  ['U', 'E', 0.6],
  ['W', 'u', 0],
  ['W', 'o', 0.1],
  ['W', 'v', 0.2],
  ['W', 'a', 0.7],
  ['W', 'e', 0.7],
  ['W', 'i', 0.45],
  ['W', 'E', 0.5],
  ['E', 'e', 0],
  ['E', 'a', 0.3],
  ['E', 'i', 0.6],
  ['E', 'o', 0.35],
  ['E', 'u', 0.35],
  ['A', 'I', 0.7],
  ['A', 'U', 0.7],
  ['A', 'W', 0.7],
  ['I', 'U', 0.7],
  ['I', 'W', 0.7],
  // Short vowels against each other.
  ['a', 'e', 0.12],
  ['a', 'o', 0.35],
  ['a', 'i', 0.25],
  ['a', 'u', 0.25],
  ['e', 'i', 0.1],
  ['e', 'o', 0.2],
  ['e', 'u', 0.25],
  ['o', 'u', 0.08],
  ['i', 'u', 0.25],
  ['o', 'i', 0.25],
  // The opening vowel and ʿayn against vowels.
  ['@', 'a', 0.05],
  ['@', 'e', 0.05],
  ['@', 'i', 0.05],
  ['@', 'o', 0.05],
  ['@', 'u', 0.05],
  ['@', 'A', 0.1],
  ['@', 'I', 0.1],
  ['@', 'U', 0.1],
  ['@', "'", 0.1],
  ["'", 'a', 0.1],
  ["'", 'e', 0.1],
  ["'", 'i', 0.1],
  ["'", 'o', 0.1],
  ["'", 'u', 0.1],
  ["'", 'A', 0.15],
  ["'", 'h', 0.5],
  // Consonants that spellings and scripts confuse.
  ['q', 'k', 0.25],
  ['q', 'g', 0.3],
  ['k', 'g', 0.4],
  ['q', 'x', 0.5],
  ['x', 'h', 0.4],
  ['x', 'k', 0.5],
  ['s', 'z', 0.75],
  ['s', 'S', 0.5],
  ['z', 'Z', 0.4],
  ['j', 'Z', 0.3],
  ['j', 'g', 0.6],
  ['C', 'S', 0.35],
  ['C', 'j', 0.5],
  ['t', 'd', 0.5],
  ['d', 'z', 0.45],
  ['b', 'p', 0.3],
  ['v', 'f', 0.5],
  ['v', 'b', 0.5],
  ['y', 'i', 0.1],
  ['y', 'e', 0.3],
  ['v', 'o', 0.4],
  ['v', 'u', 0.3],
];

/**
 * Two Latin spellings both write their short vowels, so a short vowel one has and the other has
 * not tells more than against Persian script, which writes none: Mohammad and Mahmud differ so.
 * Short vowels exchanged keep their low cost (Persian-style Yousef, Arabic-style Yusuf).
 */
const BOTH_LATIN_INDEL_FACTOR = 2.5;

const SYMBOLS = 128;
const exchangeCost = new Float64Array(SYMBOLS * SYMBOLS).fill(Number.POSITIVE_INFINITY);
for (const [a, b, cost] of EXCHANGE) {
  exchangeCost[a.charCodeAt(0) * SYMBOLS + b.charCodeAt(0)] = cost;
  exchangeCost[b.charCodeAt(0) * SYMBOLS + a.charCodeAt(0)] = cost;
}

function indelCosts(sound: string, shortVowelFactor: number): number[] {
  return Array.from(sound, (symbol) => {
    const cost = INDEL[symbol] ?? CONSONANT;
    return SHORT_VOWELS.includes(symbol) ? cost * shortVowelFactor : cost;
  });
}

const hasShortVowel = (sound: string) => /[aeiou]/u.test(sound);
const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** The indel costs, with a final long i or -eh as costly as a consonant. */
function withFinalVowel(sound: string, costs: number[]): number[] {
  const last = sound.charAt(sound.length - 1);
  if (sound.length >= 2 && (last === 'I' || last === 'i' || last === 'E')) costs[sound.length - 1] = FINAL_VOWEL_INDEL;
  return costs;
}

function exchange(codeA: number, codeB: number): number {
  if (codeA === codeB) return 0;
  return exchangeCost[(codeA % SYMBOLS) * SYMBOLS + (codeB % SYMBOLS)] ?? Number.POSITIVE_INFINITY;
}

/** 1 for the same sound, falling towards 0 as the weighted edits approach the weight of the heavier skeleton. */
export function soundSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // The weight that similarity is relative to counts neither the surcharges for two Latin
  // spellings nor the final vowel, which would otherwise make every difference look smaller.
  const weight = Math.max(sum(indelCosts(a, 1)), sum(indelCosts(b, 1)));
  if (weight === 0) return 0;
  const factor = hasShortVowel(a) && hasShortVowel(b) ? BOTH_LATIN_INDEL_FACTOR : 1;
  const costA = withFinalVowel(a, indelCosts(a, factor));
  const costB = withFinalVowel(b, indelCosts(b, factor));
  // previous[j]: the cost of turning the first i-1 symbols of a into the first j of b.
  let previous = [0];
  for (let j = 1; j <= b.length; j += 1) previous.push((previous[j - 1] ?? 0) + (costB[j - 1] ?? 0));
  for (let i = 1; i <= a.length; i += 1) {
    const dropA = costA[i - 1] ?? 0;
    const codeA = a.charCodeAt(i - 1);
    const current = [(previous[0] ?? 0) + dropA];
    for (let j = 1; j <= b.length; j += 1) {
      current.push(
        Math.min(
          (previous[j - 1] ?? 0) + exchange(codeA, b.charCodeAt(j - 1)),
          (previous[j] ?? 0) + dropA,
          (current[j - 1] ?? 0) + (costB[j - 1] ?? 0),
        ),
      );
    }
    previous = current;
  }
  return Math.max(0, 1 - (previous[b.length] ?? 0) / weight);
}
