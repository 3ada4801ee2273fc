import type { RouteKey } from './registered-routes.js';
import type { RouteSpec, RouteTable } from './route-spec.js';
import { adminRoutes } from './table/admin-routes.js';
import { caseRoutes } from './table/case-routes.js';
import { caseworkRoutes } from './table/casework-routes.js';
import { dashboardRoutes } from './table/dashboard-routes.js';
import { exchangeRoutes } from './table/exchange-routes.js';
import { contactRoutes } from './table/contact-routes.js';
import { exportRoutes } from './table/export-routes.js';
import { incidentRoutes } from './table/incident-routes.js';
import { personRecordRoutes } from './table/person-record-routes.js';
import { referenceRoutes } from './table/reference-routes.js';
import { reportRoutes } from './table/report-routes.js';
import { sessionRoutes } from './table/session-routes.js';

const TABLES: readonly RouteTable[] = [
  sessionRoutes,
  adminRoutes,
  referenceRoutes,
  caseRoutes,
  personRecordRoutes,
  caseworkRoutes,
  incidentRoutes,
  exportRoutes,
  dashboardRoutes,
  contactRoutes,
  reportRoutes,
  exchangeRoutes,
];

/** Every route with its declared access rule; a route is declared once. */
export function routeTable(): Map<RouteKey, RouteSpec> {
  const all = new Map<RouteKey, RouteSpec>();
  for (const table of TABLES) {
    for (const [route, spec] of Object.entries(table) as [RouteKey, RouteSpec][]) {
      if (all.has(route)) throw new Error(`${route} is declared twice`);
      all.set(route, spec);
    }
  }
  return all;
}
