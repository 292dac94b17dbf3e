/**
 * A page of dossiers: code (a link to the dossier), procedure, applicant, current step and handler, the
 * step's and the dossier's due times, and the status. Late dossiers are shown on a red background; officials
 * see when the apology (form 04) falls due or is overdue.
 */
import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import type { DossierPage, DossierSummary } from './dossiers.api';
import { useDossierI18n } from './dossiers.messages';
import { StatusTag } from './StatusTag';

interface Props {
  data: DossierPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** The citizen's list leaves out the officials' columns (step, handler, step due). */
  variant: 'official' | 'citizen';
}

const LATE_ROW = { background: '#fff1f0' };

/** A time in a narrow column: the date, and the hour on its own line (never split inside the date). */
function TimeCell({ value, late = false }: { value: string | null; late?: boolean }) {
  const text = formatDateTime(value);
  if (!text) return null;
  const [date, time] = text.split(' ');
  return (
    <Typography.Text type={late ? 'danger' : undefined} strong={late} style={{ whiteSpace: 'nowrap' }}>
      {date}
      <br />
      {time}
    </Typography.Text>
  );
}

export function DossierTable({ data, loading, page, pageSize, onPageChange, variant }: Props) {
  const { t } = useDossierI18n();
  const columns: ColumnsType<DossierSummary> = [
    {
      key: 'code',
      title: t('col.code'),
      width: 190,
      render: (_value, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/dossiers/${row.id}`} data-testid="dossier-link">
            {row.code ?? t('code.none')}
          </Link>
          {row.late && (
            <Tag color="red" data-testid="late-tag">
              {t('late.tag')}
            </Tag>
          )}
          {row.stepLate && !row.late && (
            <Tag color="orange" data-testid="step-late-tag">
              {t('late.stepTag')}
            </Tag>
          )}
          {row.apologyWarning && (
            <Tooltip title={t('apologyWarning.hint')}>
              <Tag
                color={row.apologyWarning === 'overdue' ? 'red' : 'gold'}
                data-testid={`apology-warning-${row.apologyWarning}`}
              >
                {t(`apologyWarning.${row.apologyWarning}`)}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { key: 'procedure', title: t('col.procedure'), dataIndex: 'procedureName', width: 240 },
    { key: 'applicant', title: t('col.applicant'), dataIndex: 'applicantName', width: 140 },
    ...(variant === 'official'
      ? ([
          {
            key: 'step',
            title: t('col.step'),
            width: 180,
            render: (_value, row) => row.currentStepTask ?? '',
          },
          {
            key: 'holder',
            title: t('col.holder'),
            width: 130,
            render: (_value, row) => row.holderName ?? '',
          },
          {
            key: 'stepDue',
            title: t('col.stepDue'),
            width: 110,
            render: (_value, row) => <TimeCell value={row.stepDueAt} />,
          },
        ] satisfies ColumnsType<DossierSummary>)
      : ([
          {
            key: 'received',
            title: t('col.received'),
            width: 110,
            render: (_value, row) => <TimeCell value={row.receivedAt} />,
          },
        ] satisfies ColumnsType<DossierSummary>)),
    {
      key: 'due',
      title: t('col.due'),
      width: 110,
      render: (_value, row) => <TimeCell value={row.dueAt} late={row.late} />,
    },
    {
      key: 'status',
      title: t('col.status'),
      width: 150,
      render: (_value, row) => <StatusTag status={row.status} />,
    },
  ];
  return (
    <Table<DossierSummary>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      locale={{ emptyText: t('queue.empty') }}
      onRow={(row) => (row.late ? { style: LATE_ROW } : {})}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        onChange: onPageChange,
        showTotal: (total) => t('table.total', { total }),
      }}
      data-testid="dossier-table"
    />
  );
}
