import { suppressList } from '../../domain/disclosure/suppress-table.js';
import { TRAVEL_DOCUMENT_KINDS } from '../../domain/document.js';
import { STATUS_BASES } from '../../domain/legal-status.js';
import type { ClientStanding, DocumentGroups } from '../../store/dashboard-clients.js';

/** The documents a client is counted as holding or not. */
export const DOCUMENT_GROUPS: DocumentGroups = { workPermit: ['work_permit'], travelDocument: TRAVEL_DOCUMENT_KINDS };

/** Clients by the basis of their status on the day ("not_recorded" without one), and without a valid permit or travel document. */
export function clientTotals(standings: readonly ClientStanding[], threshold: number) {
  const byBasis = new Map<string, number>([...STATUS_BASES, 'not_recorded'].map((b) => [b, 0]));
  let clients = 0;
  let workPermit = 0;
  let travelDocument = 0;
  for (const s of standings) {
    const key = s.basis ?? 'not_recorded';
    byBasis.set(key, (byBasis.get(key) ?? 0) + s.count);
    clients += s.count;
    if (s.workPermit) workPermit += s.count;
    if (s.travelDocument) travelDocument += s.count;
  }
  const holding = (n: number) =>
    suppressList(
      new Map([
        ['with', n],
        ['without', clients - n],
      ]),
      threshold,
    );
  return {
    byStatusBasis: suppressList(byBasis, threshold),
    workPermit: holding(workPermit),
    travelDocument: holding(travelDocument),
  };
}
