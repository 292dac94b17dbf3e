/**
 * A procedure's public page, as useful as the national portal's: facts, documents, fees, cases, where to
 * submit, the internal 4-rõ workflow and a deadline simulator. Editors also see a link to the editor, and
 * officials who choose their unit's procedures a switch for their own unit.
 */
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/context';
import { isApiError } from '../../app/http';
import { levelLabel, ONLINE_COLORS, onlineLabel } from '../procedures/procedure-labels';
import { useProcedure } from '../procedures/procedures.api';
import { UnitOfferSwitch } from '../procedures/UnitOfferSwitch';
import { DeadlineSimulator } from './DeadlineSimulator';
import { DocumentsTable } from './DocumentsTable';
import { FeesTable } from './FeesTable';
import { ProcedureFacts } from './ProcedureFacts';
import { VariantsList } from './VariantsList';
import { WorkflowView } from './WorkflowView';

export function ProcedurePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const procedure = useProcedure(id);

  if (procedure.isPending) return <Skeleton active />;
  if (procedure.isError) {
    const missing =
      isApiError(procedure.error, 'not_found') || isApiError(procedure.error, 'validation_failed');
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('catalogue.notFound') : t('error.load')}
        subTitle={missing ? undefined : procedure.error.message}
        extra={
          <Link to="/thu-tuc">
            <Button type="primary">{t('catalogue.back')}</Button>
          </Link>
        }
      />
    );
  }

  const detail = procedure.data;
  const definition = detail.definition ?? detail.draft?.definition;
  if (!definition) return <Result status="404" title={t('catalogue.notFound')} />;
  const cardStyle = { marginTop: 16 };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/thu-tuc">{t('catalogue.title')}</Link> }, { title: definition.code }]}
      />
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 8 }} data-testid="procedure-name">
            {definition.name}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag color={ONLINE_COLORS[definition.onlineLevel]}>{onlineLabel(t, definition.onlineLevel)}</Tag>
            <Tag>{levelLabel(t, definition.level)}</Tag>
            <Tag>{definition.field}</Tag>
            {!detail.definition && <Tag color="orange">{t('proc.status.unpublished')}</Tag>}
          </Space>
        </div>
        {detail.definition && detail.definition.onlineLevel !== 'none' && (
          <Link to={`/dossiers/submit?procedureId=${detail.id}`}>
            <Button type="primary" icon={<SendOutlined />} data-testid="procedure-submit-online">
              {t('catalogue.submitOnline')}
            </Button>
          </Link>
        )}
        {detail.canEdit && (
          <Link to={`/procedures/${detail.id}`}>
            <Button icon={<EditOutlined />} data-testid="procedure-edit-link">
              {t('catalogue.edit')}
            </Button>
          </Link>
        )}
      </Flex>
      <div style={cardStyle}>
        <UnitOfferSwitch detail={detail} />
      </div>
      <Card title={t('catalogue.section.facts')} style={cardStyle}>
        <ProcedureFacts definition={definition} detail={detail} />
      </Card>
      <Card title={t('catalogue.section.documents')} style={cardStyle}>
        <DocumentsTable documents={definition.documents} />
      </Card>
      <Card title={t('catalogue.section.fees')} style={cardStyle}>
        <FeesTable fees={definition.fees} />
      </Card>
      {definition.variants.length > 0 && (
        <Card title={t('catalogue.section.variants')} style={cardStyle}>
          <VariantsList definition={definition} />
        </Card>
      )}
      <Card title={t('catalogue.section.workflow')} style={cardStyle} data-testid="procedure-workflow">
        <WorkflowView definition={definition} />
      </Card>
      {detail.definition && (
        <Card title={t('catalogue.section.simulator')} style={cardStyle} data-testid="procedure-simulator">
          <DeadlineSimulator procedureId={detail.id} definition={detail.definition} />
        </Card>
      )}
    </>
  );
}
