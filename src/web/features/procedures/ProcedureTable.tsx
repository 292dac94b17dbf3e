/**
 * A page of procedures: code and name (a link), field, level, legal time, fees and online level. The
 * administration adds its own columns (version, draft) through `extraColumns`.
 */
import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { ProcedureSummary } from '../../../contracts/procedures';
import { useI18n } from '../../app/i18n/context';
import { formatDuration, formatFeeRange } from './procedure-format';
import { levelLabel, ONLINE_COLORS, onlineLabel } from './procedure-labels';
import type { ProcedurePage } from './procedures.api';

interface Props {
  data: ProcedurePage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  /** Where the name leads: the public page or the editor. */
  linkTo: (procedure: ProcedureSummary) => string;
  onPageChange: (page: number, pageSize: number) => void;
  extraColumns?: TableColumnsType<ProcedureSummary>;
  'data-testid'?: string;
}

export function ProcedureTable({
  data,
  loading,
  page,
  pageSize,
  linkTo,
  onPageChange,
  extraColumns = [],
  ...rest
}: Props) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<ProcedureSummary> = [
    {
      key: 'name',
      title: t('proc.col.name'),
      render: (_value, procedure) => (
        <Space orientation="vertical" size={0}>
          <Link to={linkTo(procedure)} data-testid="procedure-link">
            {procedure.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {procedure.code}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'field', title: t('proc.col.field'), dataIndex: 'field', width: 170 },
    {
      key: 'level',
      title: t('proc.col.level'),
      width: 150,
      render: (_value, procedure) => levelLabel(t, procedure.level),
    },
    {
      key: 'time',
      title: t('proc.col.time'),
      width: 150,
      render: (_value, procedure) =>
        procedure.processingTime ? formatDuration(procedure.processingTime, t, locale) : t('state.none'),
    },
    {
      key: 'fee',
      title: t('proc.col.fee'),
      width: 120,
      align: 'right',
      render: (_value, procedure) => formatFeeRange(procedure.totalFee, procedure.maxFee, t, locale),
    },
    {
      key: 'online',
      title: t('proc.col.online'),
      width: 120,
      render: (_value, procedure) => (
        <Tag color={ONLINE_COLORS[procedure.onlineLevel]}>{onlineLabel(t, procedure.onlineLevel)}</Tag>
      ),
    },
    ...extraColumns,
  ];
  return (
    <Table<ProcedureSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={{ x: 900 }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        onChange: onPageChange,
        showTotal: (total) => t('table.total', { total }),
      }}
      data-testid={rest['data-testid']}
    />
  );
}
