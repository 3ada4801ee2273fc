import { lazy } from 'react';
import { Route } from 'react-router';

// Each area loads when first opened (the dashboard with its chart library), not with the first screen.
const SearchPage = lazy(() => import('./search/search-page').then((m) => ({ default: m.SearchPage })));
const OrganizationsPage = lazy(() =>
  import('./directory/organizations-page').then((m) => ({ default: m.OrganizationsPage })),
);
const OrganizationPage = lazy(() =>
  import('./directory/organization-page').then((m) => ({ default: m.OrganizationPage })),
);
const OfficialsPage = lazy(() => import('./directory/officials-page').then((m) => ({ default: m.OfficialsPage })));
const UsersPage = lazy(() => import('./admin/users-page').then((m) => ({ default: m.UsersPage })));
const TeamsPage = lazy(() => import('./admin/teams-page').then((m) => ({ default: m.TeamsPage })));
const VocabulariesPage = lazy(() => import('./admin/vocabularies-page').then((m) => ({ default: m.VocabulariesPage })));
const VocabularyPage = lazy(() => import('./admin/vocabulary-page').then((m) => ({ default: m.VocabularyPage })));
const AuditLogPage = lazy(() => import('./audit/audit-log-page').then((m) => ({ default: m.AuditLogPage })));
const CaseAuditPage = lazy(() => import('./audit/case-audit-page').then((m) => ({ default: m.CaseAuditPage })));
const DashboardPage = lazy(() => import('./dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const ReportPage = lazy(() => import('./reports/report-page').then((m) => ({ default: m.ReportPage })));
const ExportsPage = lazy(() => import('./exports/exports-page').then((m) => ({ default: m.ExportsPage })));

/** The routes of search, directory, administration, audit, dashboard, reports and exports, inside the signed-in area. */
export function areaRoutes() {
  return (
    <>
      <Route path="/search" element={<SearchPage />} />
      <Route path="/directory/organizations" element={<OrganizationsPage />} />
      <Route path="/directory/organizations/:id" element={<OrganizationPage />} />
      <Route path="/directory/officials" element={<OfficialsPage />} />
      <Route path="/admin/users" element={<UsersPage />} />
      <Route path="/admin/teams" element={<TeamsPage />} />
      <Route path="/admin/vocabularies" element={<VocabulariesPage />} />
      <Route path="/admin/vocabularies/:list" element={<VocabularyPage />} />
      <Route path="/audit" element={<AuditLogPage />} />
      <Route path="/cases/:id/audit" element={<CaseAuditPage />} />
      <Route path="/dashboard" element={<DashboardPage />} />
      <Route path="/engagements/:id/report" element={<ReportPage />} />
      <Route path="/exports" element={<ExportsPage />} />
    </>
  );
}
