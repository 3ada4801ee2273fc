import { suppressList } from '../../domain/disclosure/suppress-table.js';
import { TRAVEL_DOCUMENT_KINDS } from '../../domain/document.js';
import { STATUS_BASES } from '../../domain/legal-status.js';
import { clientsByStatusBasis, clientsHoldingDocuments, type TotalsScope } from '../../store/dashboard.js';
import type { Db } from '../../store/engine.js';

/** Clients by the basis of their status on `on` ("not_recorded" without one), and without a valid permit or travel document. */
export async function clientTotals(db: Db, scope: TotalsScope, on: string, threshold: number) {
  const byBasis = new Map<string, number>([...STATUS_BASES, 'not_recorded'].map((b) => [b, 0]));
  for (const row of await clientsByStatusBasis(db, scope, on)) {
    const key = row.basis ?? 'not_recorded';
    byBasis.set(key, (byBasis.get(key) ?? 0) + row.count);
  }
  const docs = await clientsHoldingDocuments(db, scope, on, {
    workPermit: ['work_permit'],
    travelDocument: TRAVEL_DOCUMENT_KINDS,
  });
  const holding = (n: number) =>
    suppressList(
      new Map([
        ['with', n],
        ['without', docs.clients - n],
      ]),
      threshold,
    );
  return {
    byStatusBasis: suppressList(byBasis, threshold),
    workPermit: holding(docs.workPermit),
    travelDocument: holding(docs.travelDocument),
  };
}
