/**
 * Yearly rating of a unit (home affairs): run the framework's yearly rule, see each official's level (or why
 * they are not rated) and the two-year flag; HR cases. A role that may not see it is told so.
 */
import { Button, Card, Checkbox, Flex, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { formatNumber } from '../../app/numbers';
import { useState } from 'react';
import { showSuccess } from '../../app/feedback';
import { formatDate } from '../../app/i18n/format';
import { useCurrentUser } from '../auth/session';
import { UnitPicker } from '../units/UnitPicker';
import {
  useEvaluationMutation,
  useHrCases,
  useYearly,
  type HrCaseList,
  type YearlyList,
} from './evaluation.api';
import { useEvaluationI18n } from './evaluation.messages';
import { EvaluationGate } from './EvaluationGate';
import { UNRATED_LABEL, YEARLY_LEVEL_LABELS } from '../../../domain/evaluation/yearly';

type Rating = YearlyList['items'][number];
type HrCase = HrCaseList['items'][number];

export function YearlyPage() {
  const { t, locale } = useEvaluationI18n();
  const user = useCurrentUser();
  const [unitId, setUnitId] = useState<string | null>(user.unitId);
  const [year, setYear] = useState(new Date().getFullYear());
  const [disciplined, setDisciplined] = useState<string[]>([]);
  const [outstanding, setOutstanding] = useState(false);
  const yearly = useYearly(unitId, year);
  const hr = useHrCases();
  const run = useEvaluationMutation<object>(
    () => '/evaluation/yearly',
    () => ({ unitId, year, disciplinedOfficialIds: disciplined, outstandingUnit: outstanding }),
  );
  if (yearly.error || hr.error)
    return (
      <EvaluationGate
        query={yearly.error ? yearly : hr}
        what={t(yearly.error ? 'ev.what.yearly' : 'ev.what.hr')}
      >
        {null}
      </EvaluationGate>
    );
  const people = (yearly.data?.items ?? []).map((r) => ({ value: r.officialId, label: r.officialName }));
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('ev.yearly.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('ev.yearly.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <UnitPicker value={unitId} onChange={setUnitId} valueLabel={user.unitName} style={{ width: 260 }} />
          <InputNumber
            aria-label={t('ev.yearly.year')}
            value={year}
            min={2000}
            max={2200}
            onChange={(v) => setYear(v ?? year)}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('ev.yearly.disciplined')}
            options={people}
            value={disciplined}
            onChange={setDisciplined}
            style={{ minWidth: 280 }}
          />
          <Checkbox checked={outstanding} onChange={(ev) => setOutstanding(ev.target.checked)}>
            {t('ev.yearly.outstanding')}
          </Checkbox>
          <Button
            type="primary"
            disabled={!unitId}
            loading={run.isPending}
            onClick={() => run.mutate({}, { onSuccess: () => showSuccess(t('ev.rec.saved')) })}
            data-testid="ev-yearly-run"
          >
            {t('ev.yearly.run')}
          </Button>
        </Flex>
        <Table<Rating>
          rowKey="officialId"
          size="small"
          pagination={false}
          loading={yearly.isFetching}
          dataSource={yearly.data?.items ?? []}
          scroll={{ x: true }}
          data-testid="ev-yearly"
          columns={[
            { key: 'name', title: t('ev.col.official'), dataIndex: 'officialName' },
            { key: 'unit', title: t('ev.col.unit'), dataIndex: 'unitName' },
            {
              key: 'mean',
              title: t('ev.yearly.mean'),
              render: (_v, r) => `${formatNumber(r.meanScore, locale)} (${r.months})`,
            },
            {
              key: 'level',
              title: t('ev.yearly.level'),
              render: (_v, r) => (r.level ? YEARLY_LEVEL_LABELS[r.level][locale] : UNRATED_LABEL[locale]),
            },
            {
              key: 'reason',
              title: t('ev.yearly.reason'),
              render: (_v, r) => (
                <>
                  {r.capped && <Tag color="warning">{t('ev.yearly.capped')}</Tag>}
                  {r.reason ?? ''}
                </>
              ),
            },
            { key: 'framework', title: t('ev.yearly.framework'), render: (_v, r) => r.framework ?? '—' },
            {
              key: 'prev',
              title: t('ev.yearly.previous'),
              render: (_v, r) => (r.previousLevel ? YEARLY_LEVEL_LABELS[r.previousLevel][locale] : '—'),
            },
            {
              key: 'flag',
              title: t('ev.yearly.flagCol'),
              render: (_v, r) =>
                r.twoYearFlag ? (
                  <Tag color="error" data-testid="ev-two-year-flag">
                    {t('ev.yearly.flag')}
                  </Tag>
                ) : r.disciplined ? (
                  <Tag color="warning">{t('ev.yearly.disciplined')}</Tag>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title={t('ev.hr.title')}>
        <Table<HrCase>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={hr.data?.items ?? []}
          locale={{ emptyText: t('ev.hr.none') }}
          data-testid="ev-hr-cases"
          columns={[
            { key: 'name', title: t('ev.col.official'), dataIndex: 'officialName' },
            { key: 'unit', title: t('ev.col.unit'), dataIndex: 'unitName' },
            { key: 'kind', title: t('ev.hr.kind'), dataIndex: 'kindLabel' },
            { key: 'years', title: t('ev.hr.years'), render: (_v, c) => c.years.join(', ') },
            { key: 'opened', title: t('ev.hr.openedAt'), render: (_v, c) => formatDate(c.openedAt) },
            {
              key: 'status',
              title: t('ev.col.status'),
              render: (_v, c) => (
                <Tag color={c.status === 'open' ? 'error' : 'default'}>{t(`ev.hr.status.${c.status}`)}</Tag>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
