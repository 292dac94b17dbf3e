/** A dossier's apologies, newest last: status, reason, old and new dates, drafter, decider and comment. */
import { Flex, Table, Tag, Typography } from 'antd';
import { formatDateTime } from '../../app/i18n/format';
import { ApologyDecision } from './ApologyDecision';
import type { Apology } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

const STATUS_COLORS: Record<Apology['status'], string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
};

/** The status tag of an apology. */
export function ApologyStatusTag({ status }: { status: Apology['status'] }) {
  const { t } = useLateWorkI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="apology-status">
      {t(`apology.status.${status}`)}
    </Tag>
  );
}

/** "Late apology" when approved after its latest moment (or, pending, when approving now would be late). */
export function ApologyLatenessTag({ apology }: { apology: Apology }) {
  const { t } = useLateWorkI18n();
  const late = apology.late === true || (apology.status === 'pending' && apology.lateIfApprovedNow);
  if (!late) return null;
  return (
    <Tag color="red" data-testid="apology-late">
      {t('apology.late')}
    </Tag>
  );
}

export function ApologyHistory({ apologies }: { apologies: Apology[] }) {
  const { t } = useLateWorkI18n();
  return (
    <Table<Apology>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={apologies}
      data-testid="apology-history"
      scroll={{ x: 'max-content' }}
      columns={[
        {
          key: 'status',
          title: t('board.state'),
          render: (_, a) => (
            <Flex vertical gap={4} align="start">
              <ApologyStatusTag status={a.status} />
              <ApologyLatenessTag apology={a} />
            </Flex>
          ),
        },
        {
          key: 'reason',
          title: t('apology.reasonText'),
          render: (_, a) => (
            <Flex vertical style={{ maxWidth: 360 }}>
              <Typography.Text strong>{a.reasonLabel}</Typography.Text>
              <Typography.Text>{a.reason}</Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'dates',
          title: t('apology.dates'),
          render: (_, a) => (
            <span data-testid="apology-dates">
              {formatDateTime(a.previousDueAt)} → <strong>{formatDateTime(a.proposedDueAt)}</strong>
            </span>
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
          key: 'decider',
          title: t('apology.decider'),
          render: (_, a) =>
            a.decidedBy ? (
              <Flex vertical style={{ maxWidth: 280 }}>
                <span>{a.decidedBy.name}</span>
                <Typography.Text type="secondary">{formatDateTime(a.decidedAt)}</Typography.Text>
                {a.decisionComment && <Typography.Text italic>{a.decisionComment}</Typography.Text>}
              </Flex>
            ) : a.canDecide && a.status === 'pending' ? (
              <ApologyDecision apology={a} />
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
      ]}
    />
  );
}
