/** The printable meeting report of an official's month (seed 002): scores, strengths and weaknesses. */
import { formatNumber } from '../../app/numbers';
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useMeetingReport, type MeetingReport } from './evaluation.api';
import { EvaluationGate } from './EvaluationGate';
import { useEvaluationI18n } from './evaluation.messages';
import { formatMonth } from './evaluation-labels';

type Line = MeetingReport['strengths'][number];

function Lines({ lines, testId }: { lines: Line[]; testId: string }) {
  const { t, locale } = useEvaluationI18n();
  if (lines.length === 0) return <Typography.Paragraph>{t('ev.report.none')}</Typography.Paragraph>;
  return (
    <ul data-testid={testId}>
      {lines.map((line) => (
        <li key={line.en}>{line[locale]}</li>
      ))}
    </ul>
  );
}

export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useEvaluationI18n();
  const report = useMeetingReport(id);
  return (
    <EvaluationGate query={report} what={t('ev.what.report')}>
      {report.data && <ReportSheet report={report.data} />}
    </EvaluationGate>
  );
}

function ReportSheet({ report: r }: { report: MeetingReport }) {
  const { t, locale } = useEvaluationI18n();
  return (
    <Card data-testid="ev-report">
      {/* the printed sheet is the report alone: no menu, header or print button */}
      <style>
        {
          '@media print { .ant-layout-sider, .ant-layout-header, header, footer, .no-print { display: none !important; } }'
        }
      </style>
      <Flex justify="flex-end" className="no-print">
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('ev.report.print')}
        </Button>
      </Flex>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {t('ev.report.title', { month: formatMonth(r.month) })}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }}>
        {`${r.officialName}${r.officialTitle ? ` — ${r.officialTitle}` : ''} — ${r.unitName}`}
        <br />
        {r.frameworkName}
      </Typography.Paragraph>
      <Table
        rowKey="label"
        size="small"
        pagination={false}
        dataSource={r.criteria}
        columns={[
          { key: 'label', title: t('ev.rec.criteria'), dataIndex: 'label' },
          { key: 'max', title: t('ev.rec.max'), dataIndex: 'maxPoints', width: 80 },
          {
            key: 'points',
            title: t('ev.col.score'),
            width: 80,
            render: (_v, c) => formatNumber(c.points, locale),
          },
        ]}
      />
      <Typography.Paragraph strong style={{ marginTop: 12 }}>
        {t('ev.report.result', { score: formatNumber(r.score, locale), grade: r.gradeLabel ?? '—' })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('ev.report.strengths')}</Typography.Title>
      <Lines lines={r.strengths} testId="ev-report-strengths" />
      <Typography.Title level={5}>{t('ev.report.weaknesses')}</Typography.Title>
      <Lines lines={r.weaknesses} testId="ev-report-weaknesses" />
      {r.reviewComment && (
        <Typography.Paragraph>
          <strong>{t('ev.rec.comment')}:</strong> {r.reviewComment}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
