import { z } from 'zod';
import { noteBody } from './case.js';
import { version } from './common.js';

export const noteInput = z.strictObject({ body: noteBody });
export const notePatch = z.strictObject({ version, body: noteBody });
