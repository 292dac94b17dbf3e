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
      <Route element={<PublicLayout />}></Route>
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
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
