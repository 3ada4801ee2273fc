import bidiFactory from 'bidi-js';

// The package is CommonJS whose module.exports is the factory (typed as its default export).
const bidi = (bidiFactory as unknown as typeof bidiFactory.default)();
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Direction marks and isolates: they steer the algorithm and are not drawn. */
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A value set into a sentence (a date, a name, a number) as an isolate: it keeps its own
 * direction (2026-10-09 stays in that order inside Persian text) and does not reorder its neighbours.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

/** A stretch of one line in one direction, as it is handed to the font. */
export interface VisualRun {
  text: string;
  rtl: boolean;
}

/**
 * One line of text (in logical order) as runs in visual order, left to right, by the Unicode
 * Bidirectional Algorithm. The font shapes each run and lays out a run in Arabic script right to
 * left by itself (fontkit), so such a run is handed over in logical order; any other run in a
 * right-to-left stretch (spaces, punctuation) is handed over already reversed and mirrored.
 */
export function visualRuns(line: string, base: 'ltr' | 'rtl'): VisualRun[] {
  if (line === '') return [];
  const embedding = bidi.getEmbeddingLevels(line, base);
  const mirrored = bidi.getMirroredCharactersMap(line, embedding.levels);
  const groups: { level: number; indices: number[] }[] = [];
  for (const i of bidi.getReorderedIndices(line, embedding)) {
    const level = embedding.levels[i] ?? 0;
    const last = groups.at(-1);
    if (last !== undefined && last.level === level) last.indices.push(i);
    else groups.push({ level, indices: [i] });
  }
  const runs = groups.map(({ level, indices }) => {
    const rtl = level % 2 === 1;
    const visual = indices.map((i) => mirrored.get(i) ?? line.charAt(i)).join('');
    const logical = [...indices]
      .sort((a, b) => a - b)
      .map((i) => line.charAt(i))
      .join('');
    const text = rtl && ARABIC_SCRIPT.test(logical) ? logical : visual;
    return { text: text.replace(BIDI_CONTROLS, ''), rtl };
  });
  return runs.filter((r) => r.text !== '');
}
