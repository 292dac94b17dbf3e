/**
 * /phan-anh-xu-ly — the handling queue of the official's unit subtree: on-time figures, the queue (all, or
 * only what needs follow-up), and a drawer to take a report and answer it (published to the citizen).
 */
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Row,
  Segmented,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/i18n/format';
import { requiredRule } from '../../app/i18n/rules';
import { useIsPhone } from '../../components/phone';
import { formatRate } from '../satisfaction/DashboardParts';
import {
  useFeedbackDetail,
  useFeedbackQueue,
  useFeedbackStats,
  useFeedbackStep,
  type FeedbackItem,
} from './feedback.api';
import { useFeedbackI18n } from './feedback.messages';

const TIMELINESS_COLOURS = { on_time: 'success', late: 'error', open: 'processing' } as const;

function FeedbackDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useFeedbackI18n();
  const detail = useFeedbackDetail(id);
  const step = useFeedbackStep();
  const d = detail.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={d?.code} data-testid="fb-drawer">
      {d && (
        <Flex vertical gap={16}>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'kind', label: t('fb.kind'), children: `${d.kindLabel} — ${d.topicLabel}` },
              {
                key: 'status',
                label: t('fb.status'),
                children: <span data-testid="fb-detail-status">{d.statusLabel}</span>,
              },
              { key: 'dossier', label: t('fb.dossierCode'), children: d.dossierCode ?? '—' },
              { key: 'official', label: t('fb.official'), children: d.official?.name ?? '—' },
              {
                key: 'reporter',
                label: t('fb.reporter'),
                children: `${d.reporter.name} ${d.reporter.phone ?? ''}`,
              },
              { key: 'due', label: t('fb.dueAt'), children: formatDateTime(d.dueAt) },
            ]}
          />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="fb-detail-content">
            {d.content}
          </Typography.Paragraph>
          {d.answer && <Alert type="success" title={t('fb.answer')} description={d.answer} />}
          {step.isError && <Alert type="error" showIcon title={step.error.message} />}
          {(d.status === 'received' || d.status === 'reopened') && (
            <Button
              onClick={() => step.mutate({ id: d.id, step: 'take', body: { version: d.version } })}
              loading={step.isPending}
              data-testid="fb-take"
            >
              {t('fb.take')}
            </Button>
          )}
          {d.status !== 'answered' && (
            <Form
              layout="vertical"
              initialValues={{ upheld: false }}
              onFinish={(v: { answer: string; upheld: boolean }) =>
                step.mutate({
                  id: d.id,
                  step: 'answer',
                  body: { version: d.version, answer: v.answer, upheld: v.upheld },
                })
              }
            >
              <Form.Item
                name="answer"
                label={t('fb.answer.write')}
                rules={[requiredRule(t, t('fb.answer.write')), { min: 10 }]}
              >
                <Input.TextArea rows={4} data-testid="fb-answer" />
              </Form.Item>
              <Form.Item name="upheld" valuePropName="checked">
                <Checkbox data-testid="fb-upheld">{t('fb.upheld')}</Checkbox>
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="fb-answer-send">
                {t('fb.answer.send')}
              </Button>
            </Form>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

export function FeedbackQueuePage() {
  const { t } = useFeedbackI18n();
  const phone = useIsPhone();
  const [followUp, setFollowUp] = useState(false);
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const queue = useFeedbackQueue({ followUp, page, q });
  const stats = useFeedbackStats();
  const label = (timeliness: FeedbackItem['timeliness']) =>
    t(timeliness === 'on_time' ? 'fb.onTime' : timeliness === 'late' ? 'fb.late' : 'fb.open');
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="fb-queue-title">
        {t('fb.queue.title')}
      </Typography.Title>
      {stats.data && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('fb.stats.received')} value={stats.data.received} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card data-testid="fb-ontime">
              <Statistic title={t('fb.stats.onTimeRate')} value={formatRate(stats.data.onTimeRate)} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('fb.stats.upheld')} value={stats.data.upheld} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('fb.stats.reopened')} value={stats.data.reopened} />
            </Card>
          </Col>
        </Row>
      )}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('fb.code')}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 280 }}
            data-testid="fb-search"
          />
          <Segmented
            block={phone}
            style={{ maxWidth: '100%' }}
            value={followUp ? 'follow' : 'all'}
            onChange={(v) => {
              setFollowUp(v === 'follow');
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('fb.queue.title') },
              { value: 'follow', label: t('fb.queue.followUp') },
            ]}
          />
        </Flex>
        <Table<FeedbackItem>
          data-testid="fb-queue"
          rowKey="id"
          size="small"
          loading={queue.isPending}
          dataSource={queue.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: queue.data?.total ?? 0, onChange: setPage }}
          onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('fb.code'),
              dataIndex: 'code',
              render: (code: string) => <span data-testid="fb-row">{code}</span>,
            },
            {
              title: t('fb.kind'),
              key: 'kind',
              render: (_, row) => (
                <>
                  {row.kindLabel}
                  <br />
                  <Typography.Text type="secondary">{row.topicLabel}</Typography.Text>
                </>
              ),
            },
            { title: t('fb.status'), dataIndex: 'statusLabel' },
            { title: t('fb.receivedAt'), dataIndex: 'receivedAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('fb.dueAt'),
              key: 'due',
              render: (_, row) => (
                <Flex gap={4} align="center">
                  {formatDateTime(row.dueAt)}
                  <Tag color={TIMELINESS_COLOURS[row.timeliness]}>{label(row.timeliness)}</Tag>
                </Flex>
              ),
            },
            { title: t('fb.official'), key: 'official', render: (_, row) => row.official?.name ?? '' },
            { title: t('fb.repeats'), dataIndex: 'repeats', align: 'right' },
          ]}
        />
      </Card>
      <FeedbackDrawer id={openId} onClose={() => setOpenId(null)} />
    </Flex>
  );
}
