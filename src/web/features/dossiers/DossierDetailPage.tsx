/**
 * /dossiers/:id — the dossier page for officials and for the applicant: head, the actions the person may
 * take now, printable forms, late work (officials: blockers, explanation and apology; the applicant: the
 * apology and new date), the process control sheet, the history, and the documents and fees.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Skeleton } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../app/http';
import { useCurrentUser } from '../auth/session';
import { ApologyNotice } from '../late-work/ApologyNotice';
import { approvedApologyOf } from '../late-work/late-work-rules';
import { useDossierLateWork } from '../late-work/late-work.api';
import { LateWorkPanel } from '../late-work/LateWorkPanel';
import { DossierPaperTransferCard } from '../paper-transfers/DossierPaperTransferCard';
import { PaymentCard } from '../payments/PaymentCard';
import { DigitiseControl } from '../digitisation/DigitiseControl';
import { ControlSheet } from './ControlSheet';
import { DossierActions } from './DossierActions';
import { DossierDocuments } from './DossierDocuments';
import { DossierHeader } from './DossierHeader';
import { applicableForms, formEditionOf } from './dossier-rules';
import { useDossier, useProcedureVersion } from './dossiers.api';
import { useDossierI18n } from './dossiers.messages';
import { FormLinks } from './FormLinks';
import { SignedResultCard } from '../signed-results/SignedResultCard';
import { HistoryTimeline } from './HistoryTimeline';

export function DossierDetailPage() {
  const { t } = useDossierI18n();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const dossier = useDossier(id);
  const definition = useProcedureVersion(
    dossier.data?.procedure.id ?? null,
    dossier.data?.procedure.versionNumber ?? null,
  );
  const lateWork = useDossierLateWork(id, user.kind === 'official' && dossier.isSuccess);

  const back = (
    <Link to="/dossiers">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('detail.back')}
      </Button>
    </Link>
  );
  if (dossier.isPending) return <Skeleton active />;
  if (dossier.isError) {
    const missing = isApiError(dossier.error) && dossier.error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={t(missing ? 'detail.notFound' : 'error.load')}
        subTitle={dossier.error.message}
        extra={back}
      />
    );
  }
  const data = dossier.data;
  const official = user.kind === 'official';
  // The control sheet is an internal record; the applicant sees the history instead.
  const apologyDrafted = lateWork.data?.apologies.some((a) => a.status === 'pending') ?? false;
  const forms = applicableForms(data, { apologyDrafted }).filter(
    (form) => official || form !== 'control-sheet',
  );
  const apology = official ? null : approvedApologyOf(data);
  // explanations are internal accountability: the applicant sees the apology instead (as on /tra-cuu)
  const history = official ? data.history : data.history.filter((entry) => entry.type !== 'explain');
  const hasActions = official || data.allowedActions.length > 0;

  return (
    <Flex vertical gap={16} data-testid="dossier-detail">
      {back}
      <DossierHeader dossier={data} />
      {apology && <ApologyNotice apology={{ ...apology, unitName: data.receivingUnit.name }} />}
      {(data.status === 'processed' || data.status === 'returned') && (
        <SignedResultCard dossierId={data.id} />
      )}
      <Row gutter={[16, 16]}>
        {hasActions && (
          <Col xs={24} lg={forms.length > 0 ? 16 : 24}>
            <DossierActions
              dossier={data}
              definition={definition.data}
              onConflict={() => void dossier.refetch()}
            />
          </Col>
        )}
        {forms.length > 0 && (
          <Col xs={24} lg={hasActions ? 8 : 24}>
            <Card title={t('detail.forms')} size="small">
              <FormLinks dossierId={data.id} forms={forms} edition={formEditionOf(data.receivedAt)} />
            </Card>
          </Col>
        )}
      </Row>
      <PaymentCard dossierId={data.id} />
      {official && <LateWorkPanel dossier={data} />}
      {official && <DossierPaperTransferCard dossierId={data.id} />}
      {official && <DigitiseControl dossier={data} definition={definition.data} />}
      {official && data.periods.length > 0 && (
        <Card title={t('detail.sheet')} size="small">
          <ControlSheet periods={data.periods} />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('detail.history')} size="small" style={{ height: '100%' }}>
            <HistoryTimeline history={history} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('detail.documents')} size="small" style={{ height: '100%' }}>
            <DossierDocuments dossier={data} definition={definition.data} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
