/**
 * /doi-thoai — dialogues with citizens of the official's unit: reminders for units due, the sessions with
 * their questions, answers and commitments, a form to record one and publication of the minutes.
 */
import { Alert, Button, Card, Flex, Input, List, Modal, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Dialogue, DialogueDue } from '../../../contracts/dialogues';
import type { z } from 'zod';
import { api } from '../../app/http';
import { formatDate, formatDateTime } from '../../app/i18n/format';
import { useDialogueI18n } from './dialogues.messages';
import { NewDialogue } from './NewDialogue';

type Due = z.infer<typeof DialogueDue>;

function Publish({ dialogue, onClose }: { dialogue: Dialogue | null; onClose: () => void }) {
  const { t } = useDialogueI18n();
  const queryClient = useQueryClient();
  const [minutes, setMinutes] = useState('');
  const publish = useMutation({
    mutationFn: () =>
      api.post<Dialogue>(`/dialogues/${dialogue?.id}/publish`, { version: dialogue?.version, minutes }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['dialogues'] });
      onClose();
    },
  });
  return (
    <Modal
      open={dialogue !== null}
      onCancel={onClose}
      title={t('dlg.publish')}
      onOk={() => publish.mutate()}
      confirmLoading={publish.isPending}
      destroyOnHidden
    >
      <Input.TextArea
        rows={6}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        placeholder={t('dlg.minutes')}
      />
      {publish.isError && (
        <Alert type="error" showIcon title={publish.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}

export function DialoguesPage() {
  const { t } = useDialogueI18n();
  const [creating, setCreating] = useState(false);
  const [publishing, setPublishing] = useState<Dialogue | null>(null);
  const dialogues = useQuery({
    queryKey: ['dialogues', 'list'],
    queryFn: () => api.get<Dialogue[]>('/dialogues'),
  });
  const due = useQuery({ queryKey: ['dialogues', 'due'], queryFn: () => api.get<Due[]>('/dialogues/due') });
  const overdue = (due.data ?? []).filter((d) => d.overdue);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="dlg-page-title">
          {t('dlg.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="dlg-new">
          {t('dlg.new')}
        </Button>
      </Flex>
      <Card title={t('dlg.due')} data-testid="dlg-due">
        <List
          size="small"
          dataSource={(due.data ?? []).slice(0, 20)}
          locale={{ emptyText: t('dlg.due.none') }}
          renderItem={(d) => (
            <List.Item>
              <Flex gap={8} align="center">
                <Tag color={d.overdue ? 'error' : 'success'}>
                  {d.dueBy ? t('dlg.due.by', { date: formatDate(d.dueBy) }) : t('dlg.due.never')}
                </Tag>
                {d.unit.name}
              </Flex>
            </List.Item>
          )}
        />
        {overdue.length > 0 && <Typography.Text type="danger">{overdue.length}</Typography.Text>}
      </Card>
      <Table<Dialogue>
        data-testid="dlg-table"
        rowKey="id"
        loading={dialogues.isPending}
        dataSource={dialogues.data ?? []}
        expandable={{
          expandedRowRender: (d) => (
            <Flex vertical gap={8}>
              {d.items.map((item, i) => (
                <div key={i}>
                  <Typography.Text strong>{item.question}</Typography.Text>{' '}
                  {item.askedBy && <Typography.Text type="secondary">— {item.askedBy}</Typography.Text>}
                  <br />
                  {item.answer}
                  {item.commitment && (
                    <>
                      <br />
                      <Tag color="blue">{t('dlg.commitment')}</Tag>
                      {item.commitment} {item.commitmentDue && `(${formatDate(item.commitmentDue)})`}
                    </>
                  )}
                </div>
              ))}
              {d.minutes && <Alert type="info" title={t('dlg.minutes')} description={d.minutes} />}
            </Flex>
          ),
        }}
        columns={[
          { title: t('dlg.name'), dataIndex: 'title' },
          { title: t('dlg.heldAt'), dataIndex: 'heldAt', render: (v: string) => formatDateTime(v) },
          { title: t('dlg.participants'), dataIndex: 'participants', align: 'right' },
          { title: t('dlg.status'), dataIndex: 'statusLabel' },
          {
            title: '',
            key: 'publish',
            render: (_, d) =>
              d.status === 'held' && (
                <Button size="small" onClick={() => setPublishing(d)}>
                  {t('dlg.publish')}
                </Button>
              ),
          },
        ]}
      />
      <NewDialogue open={creating} onClose={() => setCreating(false)} />
      <Publish dialogue={publishing} onClose={() => setPublishing(null)} />
    </Flex>
  );
}
