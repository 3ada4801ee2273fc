import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { Shell, SignedInArea } from './layout/shell';
import { EnrolPage } from './pages/enrol-page';
import { areaRoutes } from './pages/area-routes';
import { HomePage } from './pages/home/home-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { SecondFactorPage } from './pages/second-factor-page';
import { SessionsPage } from './pages/sessions-page';
import { listenForQuickExitKey } from './session/quick-exit';
import { SessionProvider, useSession } from './session/session-context';

// The case screens (and their chart library) load when first opened, not with the first screen.
const CasePage = lazy(() => import('./pages/case/case-page').then((m) => ({ default: m.CasePage })));
const RegisterClientPage = lazy(() =>
  import('./pages/case/register-client-page').then((m) => ({ default: m.RegisterClientPage })),
);

/** Signed-in screens need a session that passed its second factor; anything else goes to sign-in. */
function RequireSession() {
  const { me } = useSession();
  if (me === undefined) return null;
  if (!me?.secondFactorPassed) return <Navigate to="/login" replace />;
  return <Outlet />;
}

export function App() {
  useEffect(listenForQuickExitKey, []);
  return (
    <Suspense fallback={null}>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Shell />}>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/login/second-factor" element={<SecondFactorPage />} />
              <Route path="/login/enrol" element={<EnrolPage />} />
              <Route element={<RequireSession />}>
                <Route element={<SignedInArea />}>
                  <Route index element={<HomePage />} />
                  <Route path="/sessions" element={<SessionsPage />} />
                  <Route path="/cases/new" element={<RegisterClientPage />} />
                  <Route path="/cases/:id" element={<CasePage />} />
                  {areaRoutes()}
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </Suspense>
  );
}
