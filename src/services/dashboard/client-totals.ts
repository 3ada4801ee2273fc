import { suppressList } from '../../domain/disclosure/suppress-table.js';
import { TRAVEL_DOCUMENT_KINDS } from '../../domain/document.js';
import type { DocumentGroups } from '../../domain/client-standing.js';
import type { ClientCounts } from '../../store/dashboard-clients.js';

/** The documents a client is counted as holding or not. */
export const DOCUMENT_GROUPS: DocumentGroups = { workPermit: ['work_permit'], travelDocument: TRAVEL_DOCUMENT_KINDS };

/** Clients by the basis of their status on the day ("not_recorded" without one), and without a valid permit or travel document. */
export function clientTotals(counts: ClientCounts, threshold: number) {
  const recorded = [...counts.byBasis.values()].reduce((sum, n) => sum + n, 0);
  const byBasis = new Map([...counts.byBasis, ['not_recorded', counts.clients - recorded]]);
  const holding = (n: number) =>
    suppressList(
      new Map([
        ['with', n],
        ['without', counts.clients - n],
      ]),
      threshold,
    );
  return {
    byStatusBasis: suppressList(byBasis, threshold),
    workPermit: holding(counts.workPermit),
    travelDocument: holding(counts.travelDocument),
  };
}
