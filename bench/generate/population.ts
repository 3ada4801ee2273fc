import { v4 as uuidv4 } from 'uuid';
import type { CaseStatus } from '../../src/domain/case.js';
import type { Identity, Location } from '../../src/domain/person.js';
import { fictionalNames } from './names.js';
import { Random } from './random.js';

/** The span of the synthetic practice: cases open and notes are written between these days. */
export const TIMELINE_START = Date.UTC(2016, 0, 1);
export const TIMELINE_END = Date.UTC(2025, 5, 30);
const DAY = 86_400_000;

/** Spread of the case activity (log-normal sigma): a few cases gather hundreds of notes. */
const ACTIVITY_SPREAD = 1.2;

/** UK numbers reserved for drama (07700 900000–900999): they reach no one. */
const FICTIONAL_PHONE_PREFIX = '+44 7700 900';
const CITIES = ['Tirana', 'Durrës', 'Elbasan', 'Shkodër', 'Vlorë', 'Fier', 'Korçë', 'Berat'];

export function fictionalId(rng: Random): string {
  return uuidv4({ random: rng.bytes(16) });
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A fictional client: random names, birth date, nationality, languages, phone and town. */
export function fictionalClient(rng: Random): { identity: Identity; location: Location | null } {
  const nationality = rng.weighted({ IR: 80, IQ: 15, AF: 5 });
  const languages = nationality === 'IQ' ? ['ar', 'fa'] : ['fa'];
  if (rng.chance(0.3)) languages.push('en');
  if (rng.chance(0.1)) languages.push('sq');
  const year = rng.int(1950, 2003);
  const precision = rng.weighted({ year: 6, day: 3, unknown: 1 });
  const birthDate =
    precision === 'year'
      ? String(year)
      : precision === 'day'
        ? isoDay(Date.UTC(year, 0, 1) + rng.int(0, 364) * DAY)
        : null;
  return {
    identity: {
      ...fictionalNames(rng),
      birthDate,
      nationality,
      languages,
      phone: rng.chance(0.8) ? `${FICTIONAL_PHONE_PREFIX}${String(rng.int(0, 999)).padStart(3, '0')}` : null,
    },
    location: rng.chance(0.7)
      ? {
          address: null,
          city: rng.pick(CITIES),
          country: 'AL',
          since: isoDay(TIMELINE_START + rng.int(0, 3000) * DAY),
        }
      : null,
  };
}

/** What happens, in order: a case opens, a case changes status, or a note is written. */
export const EVENT_KINDS = ['open', 'status', 'note'] as const;

export interface Timeline {
  /** Event e is EVENT_KINDS[kind[e]], at time at[e] (ms), on case caseIndex[e]; sorted by time. */
  kind: Uint8Array;
  at: Float64Array;
  caseIndex: Int32Array;
  /** The status case i moves to at its status event (intake: it has none). */
  laterStatus: CaseStatus[];
}

/**
 * Cases open at random times; each later takes one status step or stays in intake.
 * Notes fall at random times on the cases already open, weighted by a log-normal activity,
 * so most cases have a few notes and some have hundreds.
 */
export function planTimeline(seed: number, clients: number, notes: number): Timeline {
  const rng = new Random(seed, 'timeline');
  const opened = new Float64Array(clients)
    .map(() => TIMELINE_START + rng.next() * (TIMELINE_END - 30 * DAY - TIMELINE_START))
    .sort();
  const cumulative = new Float64Array(clients);
  let sum = 0;
  for (let i = 0; i < clients; i += 1) {
    sum += Math.exp(ACTIVITY_SPREAD * rng.normal());
    cumulative[i] = sum;
  }
  const first = opened[0] ?? TIMELINE_START;
  const noteAt = new Float64Array(notes).map(() => first + rng.next() * (TIMELINE_END - first)).sort();
  const noteCase = new Int32Array(notes);
  let open = 0;
  for (let j = 0; j < notes; j += 1) {
    while (open < clients && opened[open]! <= noteAt[j]!) open += 1;
    noteCase[j] = lowerBound(cumulative, rng.next() * cumulative[open - 1]!, open);
  }
  const laterStatus: CaseStatus[] = [];
  const statusAt: number[] = [];
  const statusCase: number[] = [];
  for (let i = 0; i < clients; i += 1) {
    const status = rng.weighted({ intake: 20, open: 60, closed: 20 });
    laterStatus.push(status);
    if (status !== 'intake') {
      statusAt.push(Math.min(opened[i]! + rng.int(1, 60) * DAY, TIMELINE_END));
      statusCase.push(i);
    }
  }
  return mergeEvents(
    [
      { kind: EVENT_KINDS.indexOf('open'), at: opened, cases: Int32Array.from({ length: clients }, (_, i) => i) },
      { kind: EVENT_KINDS.indexOf('status'), at: Float64Array.from(statusAt), cases: Int32Array.from(statusCase) },
      { kind: EVENT_KINDS.indexOf('note'), at: noteAt, cases: noteCase },
    ],
    laterStatus,
  );
}

function mergeEvents(
  streams: { kind: number; at: Float64Array; cases: Int32Array }[],
  laterStatus: CaseStatus[],
): Timeline {
  const total = streams.reduce((n, s) => n + s.at.length, 0);
  const kind = new Uint8Array(total);
  const at = new Float64Array(total);
  const caseIndex = new Int32Array(total);
  let e = 0;
  for (const s of streams) {
    kind.fill(s.kind, e, e + s.at.length);
    at.set(s.at, e);
    caseIndex.set(s.cases, e);
    e += s.at.length;
  }
  const order = Uint32Array.from({ length: total }, (_, i) => i).sort((a, b) => at[a]! - at[b]! || kind[a]! - kind[b]!);
  return {
    kind: Uint8Array.from(order, (i) => kind[i]!),
    at: Float64Array.from(order, (i) => at[i]!),
    caseIndex: Int32Array.from(order, (i) => caseIndex[i]!),
    laterStatus,
  };
}

/** The first index below `end` whose cumulative weight reaches `value`. */
function lowerBound(cumulative: Float64Array, value: number, end: number): number {
  let lo = 0;
  let hi = end - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
