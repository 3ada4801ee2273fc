import { open, rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { renderQuery } from '../../domain/report.js';
import type { Deps } from '../../services/deps.js';
import { renderReport } from '../../services/reports/render-report.js';
import { actingAs } from '../acting-user.js';
import { unlock } from '../unlock.js';

export interface MeetingReportRequest {
  as: string;
  lang: string;
  format: string;
  publication?: boolean;
  out: string;
}

/** Render the report as the named user and write it to a new file; what was written. */
export async function writeMeetingReport(deps: Deps, engagementId: string, opts: MeetingReportRequest) {
  const options = renderQuery.safeParse({ lang: opts.lang, format: opts.format });
  if (!options.success) throw new Error('--lang must be en, sq or fa and --format html or pdf');
  const actor = await actingAs(deps, opts.as, 'report');
  const output = opts.publication ? 'publication' : 'preview';
  // The file is claimed first: an existing one is refused before anything is rendered.
  const file = await open(opts.out, 'wx', 0o600);
  try {
    const doc = await renderReport(deps, actor, engagementId, output, options.data);
    await file.writeFile(doc.body);
    await file.sync();
    return { output, mediaType: doc.mediaType, bytes: doc.body.length };
  } catch (err) {
    await file.close();
    await rm(opts.out, { force: true });
    throw err;
  } finally {
    await file.close().catch(() => undefined);
  }
}

export function reportCommand(program: Command): void {
  const report = program.command('report').description('meeting reports, as the screens make them');

  report
    .command('meeting <engagementId>')
    .description(
      'write the meeting report of an engagement to a file: the author’s preview, or with --publication the publishable report',
    )
    .requiredOption('--as <username>', 'the user on whose behalf the report is made (their access applies)')
    .option('--lang <lang>', 'en, sq or fa', 'en')
    .option('--format <format>', 'html or pdf', 'html')
    .option('--publication', 'the publication (only of a report marked publishable)')
    .requiredOption('--out <file>', 'the file to write (never overwritten)')
    .action(async (engagementId: string, opts: MeetingReportRequest) => {
      const safehold = await unlock(loadConfig());
      try {
        const written = await writeMeetingReport(safehold.deps, engagementId, opts);
        console.log(
          `Wrote the ${written.output} of the meeting report (${written.mediaType}, ${written.bytes} bytes) to ${opts.out}.`,
        );
      } finally {
        await safehold.store.close();
      }
    });
}
