/** The month's evidence of one official: counts, and the records behind them with links. */
import { Card, Descriptions, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { formatNumber } from '../../app/numbers';
import { useEvidenceItems, type EvaluationDetail, type EvidenceItems } from './evaluation.api';
import { useEvaluationI18n } from './evaluation.messages';

type Item = EvidenceItems['items'][number];

export function EvidencePanel({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t, locale } = useEvaluationI18n();
  const items = useEvidenceItems(e.id);
  const v = e.evidence;
  const staff = e.tt01.staff;
  const index = (code: string) =>
    formatNumber(e.tt01.indices.find((i) => i.code === code)?.points ?? null, locale);
  const band = staff.band === null ? null : t(`ev.band.${staff.band}`);
  return (
    <Card title={t('ev.rec.evidence')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="ev-evidence">
        <Descriptions.Item label={t('ev.rec.steps')}>
          {t('ev.rec.stepsDetail', {
            handled: v.stepsHandled,
            dossiers: v.dossiersHandled,
            early: v.stepsEarly,
            onTime: v.stepsOnTime,
            late: v.stepsLate,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('ev.rec.tt01')} span={2}>
          <div data-testid="ev-tt01">
            {band === null
              ? t('ev.rec.tt01None')
              : t('ev.rec.tt01Detail', {
                  points: formatNumber(staff.points, locale),
                  measured: staff.maxMeasured,
                  band: staff.complete ? band : t('ev.rec.tt01AtLeast', { band }),
                })}
          </div>
          {band !== null && (
            <div style={{ fontSize: 12, opacity: 0.75 }}>
              {t('ev.rec.tt01Indices', {
                i1: index('tt01.1'),
                i2: index('tt01.2'),
                i3: index('tt01.3'),
                i7: index('tt01.7'),
                dossiers: v.dossiersFinished,
              })}
            </div>
          )}
        </Descriptions.Item>
        <Descriptions.Item
          label={t('ev.rec.explanations')}
        >{`${v.explanations} / ${v.apologies}`}</Descriptions.Item>
        <Descriptions.Item label={t('ev.rec.lateWork')}>
          {t('ev.rec.lateWorkDetail', { late: v.lateApologies, faults: v.supplementFaults })}
        </Descriptions.Item>
        <Descriptions.Item
          label={t('ev.rec.satisfaction')}
        >{`${v.satisfactionSatisfied} / ${v.satisfactionResponses}`}</Descriptions.Item>
        <Descriptions.Item
          label={t('ev.rec.complaints')}
        >{`${v.complaintsUpheld} / ${v.violations}`}</Descriptions.Item>
        <Descriptions.Item label={t('ev.rec.tasks')}>{`${v.tasksOnTime} / ${v.tasksDue}`}</Descriptions.Item>
      </Descriptions>
      <Table<Item>
        rowKey={(i) => `${i.source}:${i.id}`}
        size="small"
        title={() => t('ev.rec.items')}
        loading={items.isPending}
        dataSource={items.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="ev-evidence-items"
        columns={[
          { key: 'source', width: 140, render: (_v, i) => <Tag>{t(`ev.source.${i.source}`)}</Tag> },
          { key: 'label', render: (_v, i) => (i.link ? <Link to={i.link}>{i.label}</Link> : i.label) },
          { key: 'detail', dataIndex: 'detail' },
          { key: 'at', width: 170, render: (_v, i) => (i.at ? formatDateTime(i.at) : '') },
        ]}
      />
    </Card>
  );
}
