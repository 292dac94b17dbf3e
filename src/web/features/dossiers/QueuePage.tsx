/**
 * The officials' work queues: mine, unassigned, due today, late, waiting (supplement, withdrawal, result
 * to return), newly submitted online, and all — each with its count, a search and pages.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Input, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { canUseArea } from '../../app/access';
import { useCurrentUser } from '../auth/session';
import { DossierTable } from './DossierTable';
import { useDossierQueue, useQueueCounts, type Queue, type QueueFilter } from './dossiers.api';
import { useDossierI18n, type DossierMessageKey } from './dossiers.messages';

/** The queues in the order of the tabs. */
export const QUEUE_TABS: readonly Queue[] = [
  'mine',
  'unit_unassigned',
  'due_today',
  'late',
  'waiting',
  'submitted',
  'all',
];

/** Queues whose count asks for attention (shown in red). */
const URGENT: ReadonlySet<Queue> = new Set<Queue>(['late', 'due_today']);

function queueKey(queue: Queue): DossierMessageKey {
  return `queue.${queue}`;
}

export function QueuePage() {
  const { t } = useDossierI18n();
  const user = useCurrentUser();
  const [filter, setFilter] = useState<QueueFilter>({ queue: 'mine', q: '', page: 1, pageSize: 20 });
  const dossiers = useDossierQueue(filter);
  const counts = useQueueCounts(QUEUE_TABS);

  const label = (queue: Queue) => {
    const count = counts[queue];
    return (
      <Space size={6}>
        {t(queueKey(queue))}
        {count !== undefined && (
          <Badge
            count={count}
            showZero
            overflowCount={999}
            color={URGENT.has(queue) && count > 0 ? 'red' : 'geekblue'}
          />
        )}
      </Space>
    );
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="queue-title">
          {t('queue.title')}
        </Typography.Title>
        {canUseArea(user, 'intake') && (
          <Link to="/dossiers/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="intake-link">
              {t('intake.title')}
            </Button>
          </Link>
        )}
      </Flex>
      <Card>
        <Tabs
          activeKey={filter.queue}
          onChange={(key) => setFilter((current) => ({ ...current, queue: key as Queue, page: 1 }))}
          items={QUEUE_TABS.map((queue) => ({ key: queue, label: label(queue) }))}
          data-testid="queue-tabs"
        />
        <Input.Search
          allowClear
          placeholder={t('queue.search')}
          aria-label={t('queue.search')}
          onSearch={(q) => setFilter((current) => ({ ...current, q: q.trim(), page: 1 }))}
          style={{ width: '100%', maxWidth: 360, marginBottom: 16 }}
          data-testid="queue-search"
        />
        <DossierTable
          variant="official"
          data={dossiers.data}
          loading={dossiers.isFetching}
          page={filter.page}
          pageSize={filter.pageSize}
          onPageChange={(page, pageSize) => setFilter((current) => ({ ...current, page, pageSize }))}
        />
      </Card>
    </>
  );
}
