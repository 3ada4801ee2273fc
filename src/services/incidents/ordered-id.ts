import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

const last = { msecs: -Infinity, seq: 0 };

/**
 * A UUIDv7 at the use case's time that sorts after every id this process made before, also
 * within one millisecond (the counter in the id's random part counts up), so records added
 * together keep the order they were added in.
 */
export function orderedId(at: Date): string {
  const msecs = at.getTime();
  if (msecs > last.msecs) {
    last.msecs = msecs;
    last.seq = randomInt(0, 2 ** 30);
  } else {
    last.seq += 1;
  }
  return uuidv7({ msecs: last.msecs, seq: last.seq });
}
