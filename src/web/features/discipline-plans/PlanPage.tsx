/**
 * A plan: the matrix of target units × actions (done on time / late / missing, overdue in red) as of a chosen
 * day, completion reports from the units' leaders, and reminders of what is missing.
 */
import { TAP_OR_HOVER } from '../../components/phone';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { showSuccess } from '../../app/feedback';
import { formatDate, formatDateTime } from '../../app/i18n/format';
import { usePlan, useReminders, useReportCompletion, type PlanDetail } from './plans.api';
import { usePlanI18n } from './plans.messages';

type Row = PlanDetail['matrix']['rows'][number];
type Cell = Row['cells'][number];
const COLORS = { done: 'green', late: 'orange', missing: 'default' } as const;

export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = usePlanI18n();
  const [asOf, setAsOf] = useState<string | null>(null);
  const plan = usePlan(id, asOf);
  const reminders = useReminders(id);
  const report = useReportCompletion();
  const [target, setTarget] = useState<{
    actionId: string;
    unitId: string;
    title: string;
    unitName: string;
  } | null>(null);
  if (!plan.data) return <Skeleton active />;
  const p = plan.data;

  const cellView = (cell: Cell, row: Row, title: string) => {
    const label = cell.overdue ? t('plan.cell.overdue') : t(`plan.cell.${cell.status}`);
    const tag = (
      <Tag
        color={cell.overdue ? 'red' : COLORS[cell.status]}
        data-testid={`cell-${cell.status}${cell.overdue ? '-overdue' : ''}`}
      >
        {label}
      </Tag>
    );
    return (
      <Space direction="vertical" size={2}>
        {cell.reportedAt ? (
          <Tooltip
            title={`${formatDateTime(cell.reportedAt)} — ${cell.note ?? ''} ${cell.evidenceRef ?? ''}`}
            trigger={TAP_OR_HOVER}
          >
            {tag}
          </Tooltip>
        ) : (
          tag
        )}
        {cell.status === 'missing' && row.canReport && !asOf && (
          <Button
            size="small"
            type="link"
            onClick={() =>
              setTarget({ actionId: cell.actionId, unitId: row.unitId, title, unitName: row.unitName })
            }
          >
            {t('plan.report')}
          </Button>
        )}
      </Space>
    );
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-title">
          {p.code} — {p.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {p.unitName} · {formatDate(p.issuedOn)}
        </Typography.Text>
      </div>
      <Card
        title={t('plan.targets')}
        extra={
          <Flex gap={8} align="center">
            {t('plan.asOf')}
            <DatePicker
              format="DD/MM/YYYY"
              value={asOf ? dayjs(asOf) : null}
              onChange={(d) => setAsOf(d ? d.endOf('day').toISOString() : null)}
              data-testid="plan-asof"
            />
          </Flex>
        }
      >
        <Table<Row>
          rowKey="unitId"
          pagination={false}
          scroll={{ x: true }}
          dataSource={p.matrix.rows}
          data-testid="plan-matrix"
          columns={[
            { title: t('plan.targets'), dataIndex: 'unitName', fixed: 'left' },
            ...p.actions.map((a, i) => ({
              title: (
                <Tooltip title={t('plan.evidence', { text: a.evidenceRequired })} trigger={TAP_OR_HOVER}>
                  <div style={{ minWidth: 140 }}>
                    {a.seq}. {a.title}
                    <br />
                    <Typography.Text type="secondary">
                      {t('plan.due', { date: formatDate(a.dueAt) })}
                    </Typography.Text>
                  </div>
                </Tooltip>
              ),
              key: a.id,
              render: (_: unknown, row: Row) => cellView(row.cells[i]!, row, a.title),
            })),
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('plan.totals')}</Table.Summary.Cell>
              {p.matrix.totals.map((total, i) => (
                <Table.Summary.Cell index={i + 1} key={total.actionId}>
                  {t('plan.total.cell', total)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card title={t('plan.reminders')}>
        <List
          dataSource={reminders.data?.items ?? []}
          locale={{ emptyText: t('plan.reminders.none') }}
          data-testid="plan-reminders"
          renderItem={(r) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Typography.Text strong>
                  {r.unitName}{' '}
                  {r.overdue > 0 && (
                    <Tag color="red">{t('plan.reminders.overdue', { count: r.overdue })}</Tag>
                  )}
                </Typography.Text>
                {r.actions.map((a) => (
                  <Typography.Text key={a.id}>
                    • {a.title} ({t('plan.due', { date: formatDate(a.dueAt) })})
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={target !== null}
        title={`${t('plan.report')}: ${target?.unitName ?? ''}`}
        footer={null}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        <Typography.Paragraph>{target?.title}</Typography.Paragraph>
        <Form
          layout="vertical"
          onFinish={async (values: { note: string; evidenceRef?: string }) => {
            if (!target) return;
            await report.mutateAsync({ actionId: target.actionId, unitId: target.unitId, ...values });
            showSuccess(t('plan.report.done'));
            setTarget(null);
          }}
        >
          <Form.Item name="note" label={t('plan.report.note')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} data-testid="report-note" />
          </Form.Item>
          <Form.Item name="evidenceRef" label={t('plan.report.evidence')}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={report.isPending} data-testid="report-submit">
            {t('plan.report')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
