import type { Dataset } from './dataset.js';
import type { DatasetName } from './export-request.js';
import { casesDataset } from './datasets/cases.js';
import { engagementsDataset } from './datasets/engagements.js';
import { incidentsDataset } from './datasets/incidents.js';
import { peopleDataset } from './datasets/people.js';
import { referralsDataset } from './datasets/referrals.js';
import { entitlementsDataset, paymentsDataset } from './datasets/support.js';

export const DATASETS: Record<DatasetName, Dataset> = {
  cases: casesDataset,
  people: peopleDataset,
  'support-entitlements': entitlementsDataset,
  'support-payments': paymentsDataset,
  engagements: engagementsDataset,
  referrals: referralsDataset,
  incidents: incidentsDataset,
};
