import { global, req, type RouteTable } from '../route-spec.js';

/** The dashboard: suppressed totals for supervisors (their teams) and analysts (the installation). */
export const dashboardRoutes: RouteTable = {
  'GET /api/dashboard': {
    rule: global('dashboard:read'),
    request: () => req('GET', '/api/dashboard?period=month'),
  },
};
