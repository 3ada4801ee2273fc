import type { Readable } from 'node:stream';
import { dayOf } from '../../domain/calendar-days.js';
import type { Cell, PageRequest } from '../../exchange/dataset.js';
import { exportBody, MEDIA_TYPES } from '../../exchange/export-format.js';
import { PUBLISHABLE_DATASETS, type ExportRequest } from '../../exchange/export-request.js';
import { DATASETS } from '../../exchange/registry.js';
import type { Actor } from '../../security/roles.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';

/** Rows read per query while an export streams. */
const EXPORT_PAGE_ROWS = 500;

export interface RecordsExport {
  fileName: string;
  mediaType: string;
  body: Readable;
}

/**
 * Export one kind of record of the cases the user sees, as CSV, HXL-tagged CSV or JSON. The
 * export is checked and recorded first; the rows are then read a page at a time as the body is
 * consumed, so memory stays bounded whatever the number of records.
 */
export async function exportRecords(deps: Deps, actor: Actor, input: ExportRequest): Promise<RecordsExport> {
  const dataset = DATASETS[input.dataset];
  const day = await runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'exchange:export', { type: 'dataset', id: input.dataset });
    if (input.purpose === 'publication' && !PUBLISHABLE_DATASETS.includes(input.dataset)) {
      throw new InvalidInputError(
        'purpose',
        'only incidents carry consent to publication: export them, or use internal',
      );
    }
    await ctx.audit({
      action: 'exchange.export',
      targetType: 'dataset',
      targetId: input.dataset,
      details: { format: input.format, purpose: input.purpose },
    });
    return dayOf(ctx.now);
  });
  const request: PageRequest = {
    scope: { userId: actor.userId, teamIds: actor.teamIds },
    after: null,
    limit: EXPORT_PAGE_ROWS,
    consent: input.purpose === 'publication' ? 'anonymous_advocacy' : null,
    day,
  };
  async function* pages(): AsyncGenerator<Cell[][]> {
    let after: string | null = null;
    do {
      const page = await dataset.page(deps.db, { ...request, after });
      yield page.rows;
      after = page.next;
    } while (after !== null);
  }
  const extension = input.format === 'json' ? 'json' : 'csv';
  const suffix = input.format === 'hxl' ? '-hxl' : '';
  return {
    fileName: `safehold-${input.dataset}${suffix}-${day}.${extension}`,
    mediaType: MEDIA_TYPES[input.format],
    body: exportBody(dataset, input.format, pages()),
  };
}
