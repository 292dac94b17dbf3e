/**
 * The app's routes: public pages, then everything behind a session, each admin screen behind its role
 * check. The admin screens load on first use, so the login page does not wait for tables and trees.
 */
import { Skeleton } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../components/NotFoundPage';
import { PublicLayout } from '../components/PublicLayout';
import { RoleLayout } from '../components/RoleLayout';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { HomePage } from '../features/home/HomePage';
import { PublicOnly, RequireArea, RequireSession } from './guards';

const UnitsPage = lazy(() => import('../features/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const ProfilePage = lazy(() =>
  import('../features/profile/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
const CataloguePage = lazy(() =>
  import('../features/catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage })),
);
const ProcedurePage = lazy(() =>
  import('../features/catalogue/ProcedurePage').then((m) => ({ default: m.ProcedurePage })),
);
const ProceduresAdminPage = lazy(() =>
  import('../features/procedures/ProceduresAdminPage').then((m) => ({ default: m.ProceduresAdminPage })),
);
const ProcedureCreatePage = lazy(() =>
  import('../features/procedures/ProcedureCreatePage').then((m) => ({ default: m.ProcedureCreatePage })),
);
const ProcedureEditPage = lazy(() =>
  import('../features/procedures/ProcedureEditPage').then((m) => ({ default: m.ProcedureEditPage })),
);
const CalendarsPage = lazy(() =>
  import('../features/calendars/CalendarsPage').then((m) => ({ default: m.CalendarsPage })),
);
const DeadlinePage = lazy(() =>
  import('../features/deadline/DeadlinePage').then((m) => ({ default: m.DeadlinePage })),
);

const DossiersPage = lazy(() =>
  import('../features/dossiers/DossiersPage').then((m) => ({ default: m.DossiersPage })),
);
const DossierDetailPage = lazy(() =>
  import('../features/dossiers/DossierDetailPage').then((m) => ({ default: m.DossierDetailPage })),
);
const IntakePage = lazy(() =>
  import('../features/dossiers/IntakePage').then((m) => ({ default: m.IntakePage })),
);
const SubmitPage = lazy(() =>
  import('../features/dossiers/SubmitPage').then((m) => ({ default: m.SubmitPage })),
);
const TrackingPage = lazy(() =>
  import('../features/tracking/TrackingPage').then((m) => ({ default: m.TrackingPage })),
);

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton active />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicOnly />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
      </Route>
      {/* Public pages (no sign-in): each feature adds its routes inside this layout. */}
      <Route element={<PublicLayout />}>
        <Route
          path="/thu-tuc"
          element={
            <Loading>
              <CataloguePage />
            </Loading>
          }
        />
        <Route
          path="/thu-tuc/:id"
          element={
            <Loading>
              <ProcedurePage />
            </Loading>
          }
        />
        <Route
          path="/tinh-han"
          element={
            <Loading>
              <DeadlinePage />
            </Loading>
          }
        />
        <Route
          path="/tra-cuu"
          element={
            <Loading>
              <TrackingPage />
            </Loading>
          }
        />
      </Route>
      <Route element={<RequireSession />}>
        <Route element={<RoleLayout />}>
          <Route index element={<HomePage />} />
          <Route
            path="/profile"
            element={
              <Loading>
                <ProfilePage />
              </Loading>
            }
          />
          <Route element={<RequireArea area="units" />}>
            <Route
              path="/units"
              element={
                <Loading>
                  <UnitsPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="users" />}>
            <Route
              path="/users"
              element={
                <Loading>
                  <UsersPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="audit" />}>
            <Route
              path="/audit"
              element={
                <Loading>
                  <AuditPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="calendars" />}>
            <Route
              path="/calendars"
              element={
                <Loading>
                  <CalendarsPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="procedures" />}>
            <Route
              path="/procedures"
              element={
                <Loading>
                  <ProceduresAdminPage />
                </Loading>
              }
            />
            <Route
              path="/procedures/new"
              element={
                <Loading>
                  <ProcedureCreatePage />
                </Loading>
              }
            />
            <Route
              path="/procedures/:id"
              element={
                <Loading>
                  <ProcedureEditPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="dossiers" />}>
            <Route
              path="/dossiers"
              element={
                <Loading>
                  <DossiersPage />
                </Loading>
              }
            />
            <Route
              path="/dossiers/:id"
              element={
                <Loading>
                  <DossierDetailPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="intake" />}>
            <Route
              path="/dossiers/new"
              element={
                <Loading>
                  <IntakePage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="submit" />}>
            <Route
              path="/dossiers/submit"
              element={
                <Loading>
                  <SubmitPage />
                </Loading>
              }
            />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
