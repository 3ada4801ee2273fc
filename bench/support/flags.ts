import { parseArgs } from 'node:util';

/**
 * Whole-number flags (`--clients 2000`, `--notes 20_000`) over defaults; an unknown flag or a
 * value that is not a positive whole number is an error naming the flag.
 */
export function numberFlags<T extends Record<string, number>>(defaults: T, argv = process.argv.slice(2)): T {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.keys(defaults).map((name) => [name, { type: 'string' as const }])),
    strict: true,
  });
  const out: Record<string, number> = { ...defaults };
  for (const [name, raw] of Object.entries(values)) {
    const text = String(raw).replace(/[_,]/g, '');
    if (!/^[1-9][0-9]*$/.test(text)) throw new Error(`--${name} must be a positive whole number, not "${String(raw)}"`);
    out[name] = Number(text);
  }
  return out as T;
}
