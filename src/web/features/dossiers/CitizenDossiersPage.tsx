/** A citizen's own dossiers, newest first, with the way to submit a new one online. */
import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DossierTable } from './DossierTable';
import { useDossierQueue, type QueueFilter } from './dossiers.api';
import { useDossierI18n } from './dossiers.messages';

export function CitizenDossiersPage() {
  const { t } = useDossierI18n();
  const [filter, setFilter] = useState<QueueFilter>({ queue: 'all', q: '', page: 1, pageSize: 20 });
  const dossiers = useDossierQueue(filter);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="my-dossiers-title">
          {t('mine.title')}
        </Typography.Title>
        <Link to="/dossiers/submit">
          <Button type="primary" icon={<CloudUploadOutlined />} data-testid="submit-link">
            {t('mine.submit')}
          </Button>
        </Link>
      </Flex>
      <Card>
        <Input.Search
          allowClear
          placeholder={t('queue.search')}
          aria-label={t('queue.search')}
          onSearch={(q) => setFilter((current) => ({ ...current, q: q.trim(), page: 1 }))}
          style={{ width: '100%', maxWidth: 360, marginBottom: 16 }}
        />
        <DossierTable
          variant="citizen"
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
