/**
 * The official's conduct page: the code in force for their unit (acknowledge it), acknowledgements of the
 * unit (for its readers), publishing a new version (home affairs), and the year's commitments.
 */
import { Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { showSuccess } from '../../app/feedback';
import { formatDate } from '../../app/i18n/format';
import { useCurrentUser } from '../auth/session';
import { CodeView } from './CodeView';
import { Commitments } from './Commitments';
import { useAcknowledge, useAcknowledgements, useMyCode, usePublishCode, type AckList } from './conduct.api';
import { useConductI18n } from './conduct.messages';

export function ConductPage() {
  const { t } = useConductI18n();
  const user = useCurrentUser();
  const roles: string[] = user.kind === 'official' ? user.roles : [];
  const mine = useMyCode();
  const ack = useAcknowledge();
  const code = mine.data?.code ?? null;
  const reader = roles.some((r) =>
    ['home_affairs', 'unit_leader', 'one_stop_head', 'inspector', 'sysadmin'].includes(r),
  );
  const acks = useAcknowledgements(code?.id, reader);
  const publish = usePublishCode(user.unitId ?? '');
  const [editing, setEditing] = useState(false);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cond.title')}
      </Typography.Title>
      {code ? <CodeView code={code} /> : <Card>{t('cond.none')}</Card>}
      {code && (
        <Space wrap>
          {mine.data?.acknowledgedAt ? (
            <Tag color="green" data-testid="conduct-acked">
              {t('cond.acked', { date: formatDate(mine.data.acknowledgedAt) })}
            </Tag>
          ) : (
            <Button
              type="primary"
              onClick={() => ack.mutate(code.id)}
              loading={ack.isPending}
              data-testid="conduct-ack"
            >
              {t('cond.ack')}
            </Button>
          )}
          <Link to={`/quy-tac-ung-xu/${code.unitId}`}>{t('cond.publicLink')}</Link>
        </Space>
      )}
      {roles.includes('home_affairs') && (
        <Card
          title={t('cond.publish')}
          extra={!editing && <Button onClick={() => setEditing(true)}>{t('cond.publish')}</Button>}
        >
          {editing && (
            <Form
              layout="vertical"
              initialValues={code ?? undefined}
              onFinish={async (values: { title: string; rules: string; principles: string }) => {
                await publish.mutateAsync(values);
                showSuccess(t('cond.published'));
                setEditing(false);
              }}
            >
              <Form.Item name="title" label={t('cond.codeTitle')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="rules" label={t('cond.rules')} rules={[{ required: true }]}>
                <Input.TextArea rows={5} />
              </Form.Item>
              <Form.Item name="principles" label={t('cond.principles')} rules={[{ required: true }]}>
                <Input.TextArea rows={4} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={publish.isPending}>
                {t('cond.publish')}
              </Button>
            </Form>
          )}
        </Card>
      )}
      {acks.data && (
        <Card title={t('cond.acks')}>
          <Table<AckList['items'][number]>
            rowKey="userId"
            size="small"
            dataSource={acks.data.items}
            columns={[
              { title: t('cond.person'), dataIndex: 'fullName' },
              { title: t('cond.unit'), dataIndex: 'unitName' },
              {
                title: t('cond.ackAt'),
                dataIndex: 'acknowledgedAt',
                render: (v: string | null) =>
                  v ? formatDate(v) : <Tag color="red">{t('cond.notAcked')}</Tag>,
              },
            ]}
          />
        </Card>
      )}
      <Commitments />
    </Space>
  );
}
