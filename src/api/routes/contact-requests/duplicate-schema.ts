import { z } from 'zod';
import { id } from '../../../domain/common.js';
import { identity } from '../../../domain/person.js';

/** A likely duplicate of someone being registered: by label when the user sees them, else only that one exists. */
export const duplicateWarning = z
  .strictObject({
    visible: z.array(
      z.strictObject({ personId: id, label: z.string(), caseIds: z.array(id), score: z.number().min(0).max(1) }),
    ),
    elsewhere: z.boolean(),
  })
  .nullable();

export const duplicateCheckBody = identity.pick({ names: true, aliases: true, birthDate: true, nationality: true });
export const duplicateCheckResponse = z.strictObject({ duplicateWarning });
