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

const VerifyPage = lazy(() =>
  import('../features/signed-results/VerifyPage').then((m) => ({ default: m.VerifyPage })),
);
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
const EvaluationHomePage = lazy(() =>
  import('../features/evaluation/EvaluationHomePage').then((m) => ({ default: m.EvaluationHomePage })),
);
const PeriodPage = lazy(() =>
  import('../features/evaluation/PeriodPage').then((m) => ({ default: m.PeriodPage })),
);
const EvaluationPage = lazy(() =>
  import('../features/evaluation/EvaluationPage').then((m) => ({ default: m.EvaluationPage })),
);
const ReportPage = lazy(() =>
  import('../features/evaluation/ReportPage').then((m) => ({ default: m.ReportPage })),
);
const YearlyPage = lazy(() =>
  import('../features/evaluation/YearlyPage').then((m) => ({ default: m.YearlyPage })),
);
const PublicEvaluationPage = lazy(() =>
  import('../features/evaluation/PublicEvaluationPage').then((m) => ({ default: m.PublicEvaluationPage })),
);
const WorkPlansPage = lazy(() =>
  import('../features/work-plans/WorkPlansPage').then((m) => ({ default: m.WorkPlansPage })),
);
const SurveyPage = lazy(() =>
  import('../features/satisfaction/SurveyPage').then((m) => ({ default: m.SurveyPage })),
);
const KioskPage = lazy(() =>
  import('../features/satisfaction/KioskPage').then((m) => ({ default: m.KioskPage })),
);
const MyDocumentsPage = lazy(() =>
  import('../features/digitisation/MyDocumentsPage').then((m) => ({ default: m.MyDocumentsPage })),
);
const MyRatingsPage = lazy(() =>
  import('../features/satisfaction/MyRatingsPage').then((m) => ({ default: m.MyRatingsPage })),
);
const SatisfactionDashboardPage = lazy(() =>
  import('../features/satisfaction/SatisfactionDashboardPage').then((m) => ({
    default: m.SatisfactionDashboardPage,
  })),
);
const FeedbackFormPage = lazy(() =>
  import('../features/feedback/FeedbackFormPage').then((m) => ({ default: m.FeedbackFormPage })),
);
const FeedbackQueuePage = lazy(() =>
  import('../features/feedback/FeedbackQueuePage').then((m) => ({ default: m.FeedbackQueuePage })),
);
const DialoguesPage = lazy(() =>
  import('../features/dialogues/DialoguesPage').then((m) => ({ default: m.DialoguesPage })),
);
const TrackingPage = lazy(() =>
  import('../features/tracking/TrackingPage').then((m) => ({ default: m.TrackingPage })),
);
const PortalPage = lazy(() =>
  import('../features/transparency/PortalPage').then((m) => ({ default: m.PortalPage })),
);
const TransparencyUnitPage = lazy(() =>
  import('../features/transparency/UnitPage').then((m) => ({ default: m.UnitPage })),
);
const BoardPage = lazy(() =>
  import('../features/transparency/BoardPage').then((m) => ({ default: m.BoardPage })),
);
const LeaderDashboardPage = lazy(() =>
  import('../features/dashboards/LeaderDashboardPage').then((m) => ({ default: m.LeaderDashboardPage })),
);
const IndicatorConfigPage = lazy(() =>
  import('../features/indicator-config/IndicatorConfigPage').then((m) => ({
    default: m.IndicatorConfigPage,
  })),
);

const InspectionsPage = lazy(() =>
  import('../features/inspections/InspectionsPage').then((m) => ({ default: m.InspectionsPage })),
);
const InspectionVisitPage = lazy(() =>
  import('../features/inspections/InspectionVisitPage').then((m) => ({ default: m.InspectionVisitPage })),
);
const InspectionReportPage = lazy(() =>
  import('../features/inspections/InspectionReportPage').then((m) => ({ default: m.InspectionReportPage })),
);
const FindingsPage = lazy(() =>
  import('../features/inspections/FindingsPage').then((m) => ({ default: m.FindingsPage })),
);
const FindingDetailPage = lazy(() =>
  import('../features/inspections/FindingDetailPage').then((m) => ({ default: m.FindingDetailPage })),
);
const PlansPage = lazy(() =>
  import('../features/discipline-plans/PlansPage').then((m) => ({ default: m.PlansPage })),
);
const PlanPage = lazy(() =>
  import('../features/discipline-plans/PlanPage').then((m) => ({ default: m.PlanPage })),
);
const ConductPage = lazy(() =>
  import('../features/conduct/ConductPage').then((m) => ({ default: m.ConductPage })),
);
const PublicCodePage = lazy(() =>
  import('../features/conduct/PublicCodePage').then((m) => ({ default: m.PublicCodePage })),
);

const PortalSyncPage = lazy(() =>
  import('../features/portal-sync/PortalSyncPage').then((m) => ({ default: m.PortalSyncPage })),
);
const PaperTransfersPage = lazy(() =>
  import('../features/paper-transfers/PaperTransfersPage').then((m) => ({ default: m.PaperTransfersPage })),
);
const FeeReportPage = lazy(() =>
  import('../features/payments/FeeReportPage').then((m) => ({ default: m.FeeReportPage })),
);
const LateBoardPage = lazy(() =>
  import('../features/late-work/LateBoardPage').then((m) => ({ default: m.LateBoardPage })),
);
const ApprovalQueuePage = lazy(() =>
  import('../features/late-work/ApprovalQueuePage').then((m) => ({ default: m.ApprovalQueuePage })),
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
          path="/quy-tac-ung-xu/:unitId"
          element={
            <Loading>
              <PublicCodePage />
            </Loading>
          }
        />
        <Route
          path="/danh-gia/:token"
          element={
            <Loading>
              <SurveyPage />
            </Loading>
          }
        />
        <Route
          path="/phan-anh"
          element={
            <Loading>
              <FeedbackFormPage />
            </Loading>
          }
        />
        <Route
          path="/xac-thuc/:id"
          element={
            <Loading>
              <VerifyPage />
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
        <Route
          path="/minh-bach"
          element={
            <Loading>
              <PortalPage />
            </Loading>
          }
        />
        <Route
          path="/minh-bach/don-vi/:unitId"
          element={
            <Loading>
              <TransparencyUnitPage />
            </Loading>
          }
        />
        <Route
          path="/ket-qua-danh-gia"
          element={
            <Loading>
              <PublicEvaluationPage />
            </Loading>
          }
        />
      </Route>
      {/* The one-stop hall screen: public, full screen, no menus. */}
      <Route
        path="/bang-tin/:unitId"
        element={
          <Loading>
            <BoardPage />
          </Loading>
        }
      />
      <Route element={<RequireSession />}>
        {/* the counter rating kiosk: full screen, no menu */}
        <Route
          path="/kiosk/danh-gia"
          element={
            <Loading>
              <KioskPage />
            </Loading>
          }
        />
        <Route element={<RoleLayout />}>
          <Route index element={<HomePage />} />
          <Route
            path="/hai-long"
            element={
              <Loading>
                <SatisfactionDashboardPage />
              </Loading>
            }
          />
          <Route
            path="/phan-anh-xu-ly"
            element={
              <Loading>
                <FeedbackQueuePage />
              </Loading>
            }
          />
          <Route
            path="/doi-thoai"
            element={
              <Loading>
                <DialoguesPage />
              </Loading>
            }
          />
          <Route
            path="/danh-gia-cua-toi"
            element={
              <Loading>
                <MyRatingsPage />
              </Loading>
            }
          />
          <Route
            path="/kho-giay-to"
            element={
              <Loading>
                <MyDocumentsPage />
              </Loading>
            }
          />
          <Route element={<RequireArea area="indicatorConfig" />}>
            <Route
              path="/chi-tieu/cau-hinh"
              element={
                <Loading>
                  <IndicatorConfigPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="dashboards" />}>
            <Route
              path="/bang-dieu-hanh"
              element={
                <Loading>
                  <LeaderDashboardPage />
                </Loading>
              }
            />
          </Route>
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
          <Route element={<RequireArea area="portalSync" />}>
            <Route
              path="/dong-bo-cong-dvc"
              element={
                <Loading>
                  <PortalSyncPage />
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
          <Route element={<RequireArea area="paperTransfers" />}>
            <Route
              path="/chuyen-ho-so-giay"
              element={
                <Loading>
                  <PaperTransfersPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="feeReport" />}>
            <Route
              path="/bao-cao-phi"
              element={
                <Loading>
                  <FeeReportPage />
                </Loading>
              }
            />
          </Route>
          <Route element={<RequireArea area="lateWork" />}>
            <Route
              path="/tre-han"
              element={
                <Loading>
                  <LateBoardPage />
                </Loading>
              }
            />
            <Route
              path="/xin-loi"
              element={
                <Loading>
                  <ApprovalQueuePage />
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
          <Route element={<RequireArea area="evaluation" />}>
            {(
              [
                ['/evaluation', <EvaluationHomePage key="home" />],
                ['/evaluation/periods/:id', <PeriodPage key="period" />],
                ['/evaluation/records/:id', <EvaluationPage key="record" />],
                ['/evaluation/records/:id/report', <ReportPage key="report" />],
                ['/evaluation/yearly', <YearlyPage key="yearly" />],
                ['/work-plans', <WorkPlansPage key="work-plans" />],
              ] as const
            ).map(([path, page]) => (
              <Route key={path} path={path} element={<Loading>{page}</Loading>} />
            ))}
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
          {/* conduct and inspections (issue #10): each screen shows what the server lets the person see */}
          {(
            [
              ['/inspections', <InspectionsPage />],
              ['/inspections/reports', <InspectionReportPage />],
              ['/inspections/:id', <InspectionVisitPage />],
              ['/findings', <FindingsPage />],
              ['/findings/:id', <FindingDetailPage />],
              ['/discipline-plans', <PlansPage />],
              ['/discipline-plans/:id', <PlanPage />],
              ['/conduct', <ConductPage />],
            ] as const
          ).map(([path, page]) => (
            <Route key={path} path={path} element={<Loading>{page}</Loading>} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
