/** What was typed one per line, as a list without the empty lines. */
export function lines(typed: string): string[] {
  return typed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The calendar day today, as the API takes dates (YYYY-MM-DD). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
