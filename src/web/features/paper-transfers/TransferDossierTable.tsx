/** A table of paper dossiers with their transfer due time and state; optionally selectable. */
import { Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import type { PaperTransferDossier } from './paper-transfers.api';
import { usePaperTransferI18n } from './paper-transfers.messages';
import { PaperTransferStatusTag } from './PaperTransferStatusTag';

export function TransferDossierTable({
  items,
  loading,
  empty,
  selected,
  onSelect,
  testId,
}: {
  items: PaperTransferDossier[];
  loading: boolean;
  empty: string;
  selected?: string[];
  onSelect?: (ids: string[]) => void;
  testId: string;
}) {
  const { t } = usePaperTransferI18n();
  return (
    <Table<PaperTransferDossier>
      size="small"
      rowKey="dossierId"
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: empty }}
      scroll={{ x: 900 }}
      data-testid={testId}
      rowSelection={
        onSelect
          ? { selectedRowKeys: selected ?? [], onChange: (keys) => onSelect(keys as string[]) }
          : undefined
      }
      columns={[
        {
          key: 'code',
          title: t('col.code'),
          width: 230,
          render: (_, item) => (
            <Flex vertical>
              <Link to={`/dossiers/${item.dossierId}`}>{item.code ?? '—'}</Link>
              <Typography.Text type="secondary">{item.applicantName}</Typography.Text>
            </Flex>
          ),
        },
        { key: 'procedure', title: t('col.procedure'), dataIndex: 'procedureName' },
        {
          key: 'received',
          title: t('col.receivedAt'),
          width: 140,
          render: (_, item) => formatDateTime(item.receivedAt),
        },
        {
          key: 'due',
          title: t('col.dueAt'),
          width: 140,
          render: (_, item) => <strong>{formatDateTime(item.dueAt)}</strong>,
        },
        { key: 'to', title: t('col.toUnit'), width: 220, render: (_, item) => item.toUnit.name },
        {
          key: 'status',
          title: t('col.status'),
          width: 150,
          render: (_, item) => (
            <Flex vertical align="start">
              <PaperTransferStatusTag status={item.status} />
              {item.batch && <Typography.Text type="secondary">{item.batch.number}</Typography.Text>}
            </Flex>
          ),
        },
      ]}
    />
  );
}
