/**
 * /bao-cao-phi — "Báo cáo thu phí, lệ phí": the dossiers with fees of a period in the official's subtree,
 * each with its payment status (đã nộp, chưa nộp, đã hoàn), method, receipt and times; the count and amount
 * per status above, which also filter the list. The server decides who may read it and what they see.
 */
import { Alert, Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { FeeReportQuery, FeeReportRow } from '../../../contracts/payments';
import { FEE_REPORT_STATUSES, type FeeReportStatus } from '../../../domain/payments/fee-report';
import { formatDateTime } from '../../app/i18n/format';
import { formatMoney } from '../dossiers/dossier-rules';
import { useFeeReport } from './payments.api';
import { usePaymentI18n } from './payments.messages';

const STATUS_COLORS: Record<FeeReportStatus, string> = {
  unpaid: 'warning',
  paid: 'success',
  refunded: 'purple',
};

const DAY = 'YYYY-MM-DD';

export function FeeReportPage() {
  const { t } = usePaymentI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [status, setStatus] = useState<FeeReportStatus | 'all'>('all');
  const query: FeeReportQuery = {
    from: range[0].format(DAY),
    to: range[1].format(DAY),
    ...(status === 'all' ? {} : { status }),
  };
  const report = useFeeReport(query);
  const methodLabel = (method: string | null) =>
    method === 'cash' || method === 'transfer' || method === 'online' ? t(`payment.method.${method}`) : '';
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="fee-report-title">
          {t('report.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('report.subtitle')}</Typography.Paragraph>
      </div>
      <Flex gap={12} wrap align="center">
        <Typography.Text type="secondary">{t('report.period')}</Typography.Text>
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowClear={false}
          value={range}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
          data-testid="fee-report-period"
        />
        <Segmented<FeeReportStatus | 'all'>
          aria-label={t('report.filter')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: t('report.all') },
            ...FEE_REPORT_STATUSES.map((value) => ({ value, label: t(`report.status.${value}`) })),
          ]}
          data-testid="fee-report-filter"
        />
      </Flex>
      {report.isError && <Alert type="error" showIcon title={report.error.message} />}
      {report.data?.truncated && <Alert type="warning" showIcon title={t('report.truncated')} />}
      <Row gutter={[16, 16]}>
        {(report.data?.totals ?? []).map((total) => (
          <Col xs={24} sm={8} key={total.status}>
            <Card size="small" data-testid={`fee-report-total-${total.status}`}>
              <Statistic
                title={t(`report.status.${total.status}`)}
                value={formatMoney(total.amount)}
                suffix={
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    {t('report.count', { count: total.count })}
                  </Typography.Text>
                }
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<FeeReportRow>
        rowKey="dossierId"
        size="small"
        loading={report.isFetching}
        dataSource={report.data?.rows ?? []}
        locale={{ emptyText: t('report.empty') }}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        data-testid="fee-report-table"
        columns={[
          {
            key: 'code',
            title: t('report.col.code'),
            width: 190,
            render: (_value, row) => (
              <Link to={`/dossiers/${row.dossierId}`} data-testid="fee-report-code">
                {row.code ?? '—'}
              </Link>
            ),
          },
          {
            key: 'procedure',
            title: t('report.col.procedure'),
            render: (_value, row) => (
              <Flex vertical gap={2}>
                <span>{row.procedureName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.applicantName} · {row.unitName}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'submittedAt',
            title: t('report.col.submittedAt'),
            width: 150,
            render: (_value, row) => formatDateTime(row.submittedAt),
          },
          {
            key: 'amount',
            title: t('report.col.amount'),
            width: 120,
            align: 'right',
            render: (_value, row) => formatMoney(row.amount),
          },
          {
            key: 'status',
            title: t('report.col.status'),
            width: 110,
            render: (_value, row) => (
              <Tag color={STATUS_COLORS[row.status]} data-testid="fee-report-status">
                {t(`report.status.${row.status}`)}
              </Tag>
            ),
          },
          {
            key: 'payment',
            title: t('report.col.payment'),
            width: 220,
            render: (_value, row) => (
              <Flex vertical gap={2}>
                <span>{[methodLabel(row.method), row.receiptNumber].filter(Boolean).join(' · ')}</span>
                {row.paidAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('report.paidAt', { at: formatDateTime(row.paidAt) })}
                  </Typography.Text>
                )}
                {row.refundedAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('report.refundedAt', { at: formatDateTime(row.refundedAt) })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
