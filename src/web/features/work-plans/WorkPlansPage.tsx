/** Work plans: my tasks (propose, report done) and, for leaders, the unit's tasks (assign, approve). */
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type { Role } from '../../../domain/access/roles';
import { showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { useIsPhone } from '../../components/phone';
import { useCurrentUser } from '../auth/session';
import { useWorkTaskMutation, useWorkTasks, type WorkTask } from './work-plans.api';
import { useWorkPlanI18n } from './work-plans.messages';

const LEADERS: readonly Role[] = ['unit_leader', 'one_stop_head'];

function TaskTable({ tasks, loading, testId }: { tasks: WorkTask[]; loading: boolean; testId: string }) {
  const { t } = useWorkPlanI18n();
  const change = useWorkTaskMutation();
  const done = { onSuccess: () => showSuccess(t('wp.saved')) };
  return (
    <Table<WorkTask>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={tasks}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid={testId}
      columns={[
        { key: 'official', title: t('wp.officialCol'), dataIndex: 'officialName' },
        { key: 'title', title: t('wp.taskTitle'), dataIndex: 'title' },
        { key: 'horizon', title: t('wp.horizon'), render: (_v, r) => t(`wp.horizon.${r.horizon}`) },
        { key: 'due', title: t('wp.due'), render: (_v, r) => formatDateTime(r.dueAt) },
        { key: 'weight', title: t('wp.weight'), dataIndex: 'weight' },
        { key: 'status', title: t('wp.status'), render: (_v, r) => <Tag>{r.statusLabel}</Tag> },
        {
          key: 'result',
          title: t('wp.result'),
          render: (_v, r) =>
            r.onTime === null ? (
              r.result
            ) : (
              <Space>
                {r.result}
                <Tag color={r.onTime ? 'success' : 'error'}>{r.onTime ? t('wp.onTime') : t('wp.late')}</Tag>
              </Space>
            ),
        },
        {
          key: 'actions',
          render: (_v, r) => (
            <Space>
              {r.canDecide && (
                <>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      change.mutate(
                        { path: `/work-tasks/${r.id}/decision`, body: { version: r.version, approve: true } },
                        done,
                      )
                    }
                  >
                    {t('wp.approve')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() =>
                      change.mutate(
                        {
                          path: `/work-tasks/${r.id}/decision`,
                          body: { version: r.version, approve: false },
                        },
                        done,
                      )
                    }
                  >
                    {t('wp.reject')}
                  </Button>
                </>
              )}
              {r.canComplete && (
                <Button
                  size="small"
                  onClick={() => {
                    const result = window.prompt(t('wp.resultPrompt'));
                    if (result)
                      change.mutate(
                        { path: `/work-tasks/${r.id}/complete`, body: { version: r.version, result } },
                        done,
                      );
                  }}
                >
                  {t('wp.complete')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

interface NewTask {
  officialId?: string;
  horizon: 'week' | 'month' | 'quarter';
  title: string;
  due: Dayjs;
  weight: number;
}

export function WorkPlansPage() {
  const { t } = useWorkPlanI18n();
  const user = useCurrentUser();
  const leads = user.roles.some((role) => LEADERS.includes(role));
  const mine = useWorkTasks(null);
  const team = useWorkTasks(leads ? user.unitId : null);
  const create = useWorkTaskMutation();
  const [form] = Form.useForm<NewTask>();
  const phone = useIsPhone();
  const people = leads
    ? [...new Map((team.data?.items ?? []).map((task) => [task.officialId, task.officialName])).entries()]
    : [];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('wp.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('wp.intro')}</Typography.Paragraph>
      <Card title={t('wp.new')} style={{ marginBottom: 16 }}>
        <Form<NewTask>
          form={form}
          layout={phone ? 'vertical' : 'inline'}
          initialValues={{ horizon: 'week', weight: 1 }}
          onFinish={(v) =>
            create.mutate(
              {
                path: '/work-tasks',
                body: {
                  officialId: v.officialId,
                  horizon: v.horizon,
                  title: v.title,
                  weight: v.weight,
                  dueAt: v.due.endOf('day').format('YYYY-MM-DDTHH:mm:ssZ'),
                },
              },
              {
                onSuccess: () => {
                  showSuccess(t('wp.saved'));
                  form.resetFields();
                },
              },
            )
          }
        >
          {leads && (
            <Form.Item name="officialId" label={t('wp.official')}>
              <Select
                allowClear
                style={{ width: 200 }}
                options={people.map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          )}
          <Form.Item name="horizon" label={t('wp.horizon')}>
            <Select
              style={{ width: 100 }}
              options={(['week', 'month', 'quarter'] as const).map((h) => ({
                value: h,
                label: t(`wp.horizon.${h}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('wp.taskTitle')} rules={[{ required: true }]}>
            <Input style={{ width: 280, maxWidth: '100%' }} data-testid="wp-title" />
          </Form.Item>
          <Form.Item name="due" label={t('wp.due')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" data-testid="wp-due" />
          </Form.Item>
          <Form.Item name="weight" label={t('wp.weight')}>
            <InputNumber min={1} max={10} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="wp-create">
            {t('wp.create')}
          </Button>
        </Form>
      </Card>
      <Card title={t('wp.mine')} style={{ marginBottom: 16 }}>
        <TaskTable tasks={mine.data?.items ?? []} loading={mine.isPending} testId="wp-mine" />
      </Card>
      {leads && (
        <Card title={t('wp.team')}>
          <TaskTable tasks={team.data?.items ?? []} loading={team.isPending} testId="wp-team" />
        </Card>
      )}
    </>
  );
}
