/** The process control sheet: each step a dossier went through, who held it, when, and how timely. */
import { Table, Tag } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import { formatDateTime } from '../../app/i18n/format';
import { OUTCOME_COLORS } from './dossier-labels';
import { useDossierI18n } from './dossiers.messages';

type Period = Dossier['periods'][number];

export function ControlSheet({ periods }: { periods: Period[] }) {
  const { t } = useDossierI18n();
  return (
    <Table<Period & { index: number }>
      rowKey="index"
      size="small"
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={periods.map((period, index) => ({ ...period, index }))}
      data-testid="control-sheet"
      columns={[
        { key: 'index', title: '#', width: 48, render: (_value, row) => row.index + 1 },
        { key: 'task', title: t('sheet.col.task'), dataIndex: 'task' },
        { key: 'unit', title: t('sheet.col.unit'), dataIndex: 'unitName', width: 170 },
        {
          key: 'holder',
          title: t('sheet.col.holder'),
          width: 160,
          render: (_value, row) => row.holderName ?? t('detail.unassigned'),
        },
        {
          key: 'started',
          title: t('sheet.col.started'),
          width: 140,
          render: (_value, row) => formatDateTime(row.startedAt),
        },
        {
          key: 'due',
          title: t('sheet.col.due'),
          width: 140,
          render: (_value, row) => formatDateTime(row.dueAt),
        },
        {
          key: 'ended',
          title: t('sheet.col.ended'),
          width: 140,
          render: (_value, row) => formatDateTime(row.endedAt),
        },
        {
          key: 'outcome',
          title: t('sheet.col.outcome'),
          width: 120,
          render: (_value, row) =>
            row.outcome ? (
              <Tag color={OUTCOME_COLORS[row.outcome]} data-testid="period-outcome">
                {t(`outcome.${row.outcome}`)}
              </Tag>
            ) : (
              <Tag color="processing">{t('sheet.inProgress')}</Tag>
            ),
        },
      ]}
    />
  );
}
