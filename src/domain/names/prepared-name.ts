import { isArabicScript } from './fold.js';
import { nameParts } from './normalize.js';
import { phoneticKeys } from './phonetic.js';
import { partSound } from './transliterate.js';

/** One part of a name: its folded text, its sound skeleton and its phonetic keys. */
export interface PreparedPart {
  text: string;
  /** Empty for a script the sound rules do not read (then only the text is compared). */
  sound: string;
  keys: string[];
}

/**
 * A name as written, with the ways of reading it into parts: as written, and with each two
 * neighbouring parts read as one (Mohammad Reza and Mohammadreza, Hossein Zadeh and
 * Hosseinzadeh are the same name).
 */
export interface PreparedName {
  written: string;
  /** Written in Persian or Arabic script throughout. */
  arabicScript: boolean;
  readings: PreparedPart[][];
}

/** Longer names are read up to this many parts; the rest are fathers' and grandfathers' names. */
const MAX_PARTS = 6;

/**
 * Parts already prepared while handling one search, by text: candidates share many parts. It
 * holds name parts in memory, so it lives only as long as the search.
 */
export type PartCache = Map<string, PreparedPart>;

export function prepareName(written: string, cache: PartCache = new Map()): PreparedName {
  const parts = nameParts(written)
    .slice(0, MAX_PARTS)
    .map((text) => preparePart(text, cache));
  const readings = [parts];
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (next) readings.push([...parts.slice(0, i), joinParts(part, next, cache), ...parts.slice(i + 2)]);
  });
  return {
    written,
    arabicScript: parts.length > 0 && parts.every((p) => isArabicScript(p.text)),
    readings: parts.length > 0 ? readings : [],
  };
}

function preparePart(text: string, cache: PartCache): PreparedPart {
  let part = cache.get(text);
  if (part === undefined) {
    const sound = partSound(text);
    part = { text, sound, keys: sound === '' ? [] : phoneticKeys(sound) };
    cache.set(text, part);
  }
  return part;
}

function joinParts(a: PreparedPart, b: PreparedPart, cache: PartCache): PreparedPart {
  if (isArabicScript(a.text) === isArabicScript(b.text)) return preparePart(a.text + b.text, cache);
  const sound = a.sound + b.sound;
  return { text: a.text + b.text, sound, keys: sound === '' ? [] : phoneticKeys(sound) };
}
