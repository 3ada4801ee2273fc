import { global, req, type RouteTable } from '../route-spec.js';

/**
 * Exports and imports of records: open to the staff, over the cases each user sees (an export
 * holds nothing of a case its user does not see; an import row naming such a case is a problem
 * of that row, exactly as a case that does not exist).
 */
export const exchangeRoutes: RouteTable = {
  'GET /api/exchange/exports/:dataset': {
    rule: global('exchange:export'),
    request: () => req('GET', '/api/exchange/exports/people?format=hxl'),
  },
  'POST /api/exchange/imports': {
    rule: global('exchange:import'),
    request: () =>
      req('POST', '/api/exchange/imports', {
        kind: 'cases',
        csv: 'full_name,birth_date\nTestclient Walk,1990-01-01\n',
        dryRun: true,
      }),
  },
};
