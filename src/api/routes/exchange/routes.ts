import { exportRecords } from '../../../services/exchange/export-records.js';
import { importRecords } from '../../../services/exchange/import-records.js';
import type { ApiApp } from '../../api-app.js';
import { PROBLEM_TYPES, problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { exportFile, exportParams, exportQuery, importBody, importReport } from './schema.js';

const tags = ['exchange'];

export function exchangeRoutes(app: ApiApp): void {
  // The records of the cases the user sees, streamed; the export is recorded before a row is read.
  app.get(
    '/api/exchange/exports/:dataset',
    {
      schema: {
        tags,
        params: exportParams,
        querystring: exportQuery,
        response: { 200: exportFile, ...problemResponses },
      },
    },
    async (req, reply) => {
      const file = await exportRecords(app.deps, actorOf(req), { dataset: req.params.dataset, ...req.query });
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
  // A dry run answers every problem by row and column; an import writes every row or none.
  app.post(
    '/api/exchange/imports',
    { schema: { tags, body: importBody, response: { 200: importReport, 201: importReport, ...problemResponses } } },
    async (req, reply) => {
      const { kind, csv, dryRun } = req.body;
      const report = await importRecords(app.deps, actorOf(req), { kind, dryRun, source: () => [csv] });
      if (dryRun) return reply.code(200).send(report);
      if (report.problems.length === 0) return reply.code(201).send(report);
      return reply
        .code(400)
        .type('application/problem+json')
        .send({
          type: PROBLEM_TYPES.validation,
          title: 'The import is not valid',
          status: 400,
          detail: `${report.problems.length} problems in ${report.rows} rows: nothing was written`,
          errors: report.problems.map((p) => ({
            field: p.column === null ? `csv.row ${p.row}` : `csv.row ${p.row}.${p.column}`,
            message: p.message,
          })),
        });
    },
  );
}
