import { z } from 'zod';

/** What a CSV import creates: new clients with their cases, people on cases, support entitlements, engagements. */
export const IMPORT_KINDS = ['cases', 'people', 'support', 'engagements'] as const;
export const importKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKind>;
