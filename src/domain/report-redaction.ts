import { foldLetters } from './names/fold.js';
import { bestNameMatch, type SimilarityCache } from './names/name-match.js';
import { prepareName, type PartCache, type PreparedName } from './names/prepared-name.js';
import { MATCH_LEVELS } from './names/score.js';

/**
 * The redaction check: where a text of a report names someone in the records, gives their phone
 * number or one of their places. Names are matched as the duplicate search matches them (every
 * script and spelling, parts in any order); places word by word after folding case, accents and
 * letter forms; phone numbers by their last digits. Offsets are in UTF-16 code units, end
 * exclusive, as JavaScript strings count them.
 */
export type HitKind = 'name' | 'phone' | 'place';

export interface RedactionHit {
  field: string;
  start: number;
  end: number;
  kind: HitKind;
  /** The person concerned, as lists show them. */
  personLabel: string;
}

/** What the check looks for of one person: decrypted for the check, never stored. */
export interface RedactionSubject {
  label: string;
  /** Every written form of the name (all scripts) and aliases; empty when the person may be named. */
  names: readonly string[];
  phone: string | null;
  /** Address and city. */
  places: readonly string[];
}

// Zero-width (non-)joiners sit inside Persian words.
const WORD = /(?:[\p{L}\p{M}\p{N}'\u2019-]|\u200C|\u200D)+/gu;
const PHONE =
  /\+?[\d\u0660-\u0669\u06F0-\u06F9][\d\u0660-\u0669\u06F0-\u06F9 ().-]{4,}[\d\u0660-\u0669\u06F0-\u06F9]/gu;
/** Names are read up to this many words at a time (given, middle and family names). */
const MAX_NAME_WORDS = 3;
/**
 * A word that scores below this against every name in the records is no part of a name: windows
 * holding it are not compared (most words of a text), which keeps the check linear in practice.
 */
const CANDIDATE_SCORE = 0.5;
/** A word shorter than this (folded) is never a name on its own. */
const MIN_NAME_LETTERS = 3;
/** Two numbers that end in the same digits are the same phone, with or without the country code. */
const PHONE_DIGITS = 8;
/** A part of an address this many words long, in order, places the person. */
const MIN_ADDRESS_WORDS = 2;

interface Word {
  start: number;
  end: number;
  folded: string;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldLetters(m[0]).replace(/['\u2019-]/gu, ''),
  }));
}

function digits(s: string): string {
  return foldLetters(s).replace(/\D/gu, '');
}

/** A prepared set of subjects, to scan several texts with. */
export interface RedactionScanner {
  scan(field: string, text: string): RedactionHit[];
}

export function redactionScanner(subjects: readonly RedactionSubject[]): RedactionScanner {
  const parts: PartCache = new Map();
  const similarities: SimilarityCache = new Map();
  const named = subjects
    .map((s) => ({ s, names: s.names.map((n) => prepareName(n, parts)).filter((n) => n.readings.length > 0) }))
    .filter((x) => x.names.length > 0);
  const phones = subjects.flatMap((s) => {
    const d = s.phone ? digits(s.phone) : '';
    return d.length >= 5 ? [{ s, tail: d.slice(-PHONE_DIGITS) }] : [];
  });
  const places = subjects.flatMap((s) =>
    s.places.map((p) => ({ s, words: words(p).map((w) => w.folded) })).filter((p) => p.words.length > 0),
  );

  const allNames = named.flatMap((x) => x.names);
  const candidates = new Map<string, boolean>();
  const mayBeName = (word: Word) => {
    let known = candidates.get(word.folded);
    if (known === undefined) {
      const query = prepareName(word.folded, parts);
      known =
        query.readings.length > 0 && (bestNameMatch([query], allNames, similarities)?.score ?? 0) >= CANDIDATE_SCORE;
      candidates.set(word.folded, known);
    }
    return known;
  };

  const nameAt = (text: string, ws: readonly Word[], i: number) => {
    for (let size = Math.min(MAX_NAME_WORDS, ws.length - i); size >= 1; size -= 1) {
      const first = ws[i];
      const last = ws[i + size - 1];
      if (!first || !last) continue;
      if (size === 1 && (first.folded.length < MIN_NAME_LETTERS || /^\d+$/u.test(first.folded))) continue;
      if (!ws.slice(i, i + size).every(mayBeName)) continue;
      const query = prepareName(text.slice(first.start, last.end), parts);
      if (query.readings.length === 0) continue;
      const subject = bestSubject(query, named, similarities);
      if (subject) return { size, subject, start: first.start, end: last.end };
    }
    return null;
  };

  return {
    scan(field, text) {
      const hits: RedactionHit[] = [];
      const ws = words(text);
      for (let i = 0; i < ws.length;) {
        const found = nameAt(text, ws, i);
        if (!found) {
          i += 1;
          continue;
        }
        hits.push({ field, start: found.start, end: found.end, kind: 'name', personLabel: found.subject.label });
        i += found.size;
      }
      for (const m of text.matchAll(PHONE)) {
        const d = digits(m[0]);
        const owner = phones.find((p) => d.length >= p.tail.length && d.endsWith(p.tail));
        if (owner) {
          hits.push({ field, start: m.index, end: m.index + m[0].length, kind: 'phone', personLabel: owner.s.label });
        }
      }
      for (const place of places) {
        for (const span of sequences(ws, place.words)) {
          hits.push({ field, ...span, kind: 'place', personLabel: place.s.label });
        }
      }
      return withoutOverlaps(hits);
    },
  };
}

function bestSubject(
  query: PreparedName,
  named: readonly { s: RedactionSubject; names: PreparedName[] }[],
  similarities: SimilarityCache,
): RedactionSubject | null {
  for (const { s, names } of named) {
    if ((bestNameMatch([query], names, similarities)?.score ?? 0) >= MATCH_LEVELS.likely) return s;
  }
  return null;
}

/** Where the words of a place appear in order in the text: all of them, or a run of several. */
function sequences(ws: readonly Word[], place: readonly string[]): { start: number; end: number }[] {
  const needed = Math.min(MIN_ADDRESS_WORDS, place.length);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < ws.length;) {
    let longest = 0;
    for (let j = 0; j < place.length; j += 1) {
      let k = 0;
      while (ws[i + k]?.folded === place[j + k] && j + k < place.length) k += 1;
      longest = Math.max(longest, k);
    }
    const first = ws[i];
    const last = ws[i + longest - 1];
    if (longest >= needed && first && last) {
      out.push({ start: first.start, end: last.end });
      i += longest;
    } else {
      i += 1;
    }
  }
  return out;
}

/** Hits in text order; one that lies inside an earlier, longer one is dropped. */
function withoutOverlaps(hits: RedactionHit[]): RedactionHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RedactionHit[] = [];
  for (const hit of sorted) {
    const previous = out[out.length - 1];
    if (previous && hit.start < previous.end) continue;
    out.push(hit);
  }
  return out;
}
