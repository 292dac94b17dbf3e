/** Reports: confirmed violations by type and by unit and month, repeat findings, and quarterly coverage. */
import { Card, Col, Row, Skeleton, Space, Table, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../app/i18n/format';
import { useInspectionReport, type InspectionReport } from './inspections.api';
import { useInspectionI18n } from './inspections.messages';

export function InspectionReportPage() {
  const { t } = useInspectionI18n();
  const report = useInspectionReport();
  if (!report.data) return <Skeleton active />;
  const r = report.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('insp.reports')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('rep.period', { from: formatDate(r.from), to: formatDate(r.to) })}
      </Typography.Text>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={t('rep.byType')}>
            <Table<InspectionReport['byType'][number]>
              rowKey="violationType"
              size="small"
              pagination={false}
              dataSource={r.byType}
              data-testid="report-by-type"
              columns={[
                { title: t('insp.violationType'), dataIndex: 'label' },
                { title: t('rep.count'), dataIndex: 'count' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('rep.byUnitMonth')}>
            <Table<InspectionReport['byUnitMonth'][number]>
              rowKey={(x) => `${x.unitId}${x.month}${x.violationType}`}
              size="small"
              dataSource={r.byUnitMonth}
              columns={[
                { title: t('find.month'), dataIndex: 'month' },
                { title: t('find.unit'), dataIndex: 'unitName' },
                { title: t('insp.violationType'), dataIndex: 'violationType' },
                { title: t('rep.count'), dataIndex: 'count' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('rep.repeats')}>
        <Table<InspectionReport['repeats'][number]>
          rowKey={(x) => `${x.unitName}${x.officialName}${x.violationType}`}
          size="small"
          dataSource={r.repeats}
          columns={[
            { title: t('find.unit'), dataIndex: 'unitName' },
            { title: t('insp.official'), dataIndex: 'officialName' },
            { title: t('insp.violationType'), dataIndex: 'violationType' },
            { title: t('rep.count'), dataIndex: 'count' },
            { title: t('find.occurredAt'), dataIndex: 'lastAt', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
      <Card
        title={t('rep.coverage', {
          quarter: r.coverage.quarter,
          inspected: r.coverage.inspected,
          units: r.coverage.units,
        })}
        data-testid="report-coverage"
      >
        <Typography.Text strong>{t('rep.notInspected')}</Typography.Text>
        <Table<{ unitId: string; unitName: string }>
          rowKey="unitId"
          size="small"
          dataSource={r.coverage.notInspected}
          columns={[{ title: t('find.unit'), dataIndex: 'unitName' }]}
        />
      </Card>
    </Space>
  );
}
