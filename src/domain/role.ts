import { z } from 'zod';

export const ROLES = ['admin', 'supervisor', 'lawyer', 'caseworker', 'analyst', 'auditor'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;
