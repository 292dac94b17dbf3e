/**
 * /xin-loi — "Phiếu xin lỗi chờ duyệt": the pending apologies in the person's scope; a unit leader other
 * than the drafter approves or rejects (with a comment), the others see the queue read-only.
 */
import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { ApologyDecision } from './ApologyDecision';
import { ApologyLatenessTag } from './ApologyHistory';
import { usePendingApologies, type Apology } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

export function ApprovalQueuePage() {
  const { t } = useLateWorkI18n();
  const queue = usePendingApologies();
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="apology-queue-title">
          {t('queue.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('queue.subtitle')}</Typography.Text>
      </div>
      <Card size="small">
        <Table<Apology>
          size="small"
          rowKey="id"
          loading={queue.isFetching}
          dataSource={queue.data ?? []}
          locale={{ emptyText: t('queue.empty') }}
          pagination={false}
          scroll={{ x: 1100 }}
          data-testid="apology-queue"
          columns={[
            {
              key: 'dossier',
              title: t('apology.dossier'),
              width: 280,
              render: (_, a) => (
                <Flex vertical>
                  <Link to={`/dossiers/${a.dossierId}`}>{a.dossierCode ?? '—'}</Link>
                  <Typography.Text>{a.procedureName}</Typography.Text>
                  <Typography.Text type="secondary">{a.unitName}</Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'reason',
              title: t('apology.reasonText'),
              width: 300,
              render: (_, a) => (
                <Flex vertical>
                  <Typography.Text strong>{a.reasonLabel}</Typography.Text>
                  <Typography.Text>{a.reason}</Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'dates',
              title: t('apology.dates'),
              width: 170,
              render: (_, a) => (
                <Flex vertical>
                  <Typography.Text type="secondary">{formatDateTime(a.previousDueAt)} →</Typography.Text>
                  <strong>{formatDateTime(a.proposedDueAt)}</strong>
                  <ApologyLatenessTag apology={a} />
                </Flex>
              ),
            },
            {
              key: 'drafter',
              title: t('apology.drafter'),
              render: (_, a) => (
                <Flex vertical>
                  <span>{a.draftedBy.name}</span>
                  <Typography.Text type="secondary">{formatDateTime(a.createdAt)}</Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'actions',
              title: t('queue.actions'),
              width: 200,
              render: (_, a) =>
                a.canDecide ? (
                  <ApologyDecision apology={a} />
                ) : (
                  <Typography.Text type="secondary">{t('decide.readOnly')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
