import { useState } from 'react';

/** A counter to put in a resource's dependencies: calling `reload` loads it again (after a save). */
export function useReload(): [number, () => void] {
  const [tick, setTick] = useState(0);
  return [tick, () => setTick((n) => n + 1)];
}
