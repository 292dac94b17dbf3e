/**
 * The month's discipline figures of the official's unit (issue #17): apologies approved after their latest
 * moment and supplement requests that were the unit's fault, for the whole subtree and per unit under it.
 */
import { Card, DatePicker, Flex, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useDiscipline, type DisciplineSummary } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

type Row = DisciplineSummary['units'][number];

export function DisciplineCard() {
  const { t } = useLateWorkI18n();
  // null: the current month in Vietnam's time, as the server reckons it
  const [month, setMonth] = useState<string | null>(null);
  const summary = useDiscipline(month);
  const shown = summary.data?.month ?? month;
  return (
    <Card
      size="small"
      title={t('discipline.title')}
      data-testid="discipline-card"
      extra={
        <DatePicker
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          value={shown ? dayjs(`${shown}-01`) : null}
          onChange={(d) => setMonth(d ? d.format('YYYY-MM') : null)}
          placeholder={t('discipline.month')}
          style={{ width: 120 }}
          data-testid="discipline-month"
        />
      }
    >
      <Flex gap={48} wrap style={{ marginBottom: 12 }}>
        <Statistic
          title={t('discipline.lateApologies')}
          value={summary.data?.totals.lateApologies ?? 0}
          data-testid="discipline-late-apologies"
        />
        <Statistic
          title={t('discipline.supplementFaults')}
          value={summary.data?.totals.supplementFaults ?? 0}
          data-testid="discipline-supplement-faults"
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('discipline.hint')}
      </Typography.Paragraph>
      <Table<Row>
        rowKey="unitId"
        size="small"
        loading={summary.isFetching}
        dataSource={summary.data?.units ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="discipline-units"
        columns={[
          {
            key: 'unit',
            title: t('discipline.unit'),
            render: (_v, row) => (row.own ? t('discipline.own', { name: row.unitName }) : row.unitName),
          },
          {
            key: 'lateApologies',
            title: t('discipline.lateApologies'),
            dataIndex: 'lateApologies',
            align: 'right',
          },
          {
            key: 'supplementFaults',
            title: t('discipline.supplementFaults'),
            dataIndex: 'supplementFaults',
            align: 'right',
          },
        ]}
      />
    </Card>
  );
}
