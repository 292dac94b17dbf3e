/** The audit log, newest first, a page at a time, filtered by action and unit. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { AuditEntry, AuditPage as AuditPageSchema } from '../../../contracts/audit';
import { api } from '../../app/http';
import { useI18n } from '../../app/i18n/context';
import { formatDateTime } from '../../app/i18n/format';
import { UnitPicker } from '../units/UnitPicker';
import { actionLabel, AUDIT_ACTIONS, targetLabel } from './audit-labels';

type AuditPageData = z.infer<typeof AuditPageSchema>;

interface Filter {
  action: string | null;
  unitId: string | null;
  page: number;
  pageSize: number;
}

export function AuditPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>({ action: null, unitId: null, page: 1, pageSize: 20 });
  const audit = useQuery({
    queryKey: ['audit', filter],
    queryFn: () =>
      api.get<AuditPageData>('/audit', {
        action: filter.action ?? undefined,
        unitId: filter.unitId ?? undefined,
        page: filter.page,
        pageSize: filter.pageSize,
      }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Select<string>
            allowClear
            aria-label={t('audit.filter.action')}
            placeholder={t('audit.filter.action')}
            value={filter.action ?? undefined}
            onChange={(action) => setFilter((f) => ({ ...f, action: action ?? null, page: 1 }))}
            options={AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(t, action) }))}
            style={{ width: 260 }}
            data-testid="audit-filter-action"
          />
          <UnitPicker
            allowClear
            placeholder={t('audit.filter.unit')}
            value={filter.unitId}
            onChange={(unitId) => setFilter((f) => ({ ...f, unitId, page: 1 }))}
            style={{ width: 280 }}
          />
        </Flex>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={audit.isFetching}
          dataSource={audit.data?.items ?? []}
          scroll={{ x: 1000 }}
          columns={[
            {
              key: 'at',
              title: t('audit.col.at'),
              width: 170,
              render: (_v, entry) => formatDateTime(entry.at, { seconds: true }),
            },
            {
              key: 'actor',
              title: t('audit.col.actor'),
              render: (_v, entry) => entry.actorName ?? t('audit.system'),
            },
            { key: 'unit', title: t('audit.col.unit'), render: (_v, entry) => entry.unitName ?? '' },
            {
              key: 'action',
              title: t('audit.col.action'),
              render: (_v, entry) => actionLabel(t, entry.action),
            },
            { key: 'target', title: t('audit.col.target'), render: (_v, entry) => targetLabel(t, entry) },
            {
              key: 'requestId',
              title: t('audit.col.requestId'),
              render: (_v, entry) =>
                entry.requestId ? (
                  <Typography.Text code copyable={{ text: entry.requestId }} style={{ fontSize: 12 }}>
                    {entry.requestId.slice(0, 8)}
                  </Typography.Text>
                ) : null,
            },
          ]}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
            showTotal: (total) => t('table.total', { total }),
          }}
          data-testid="audit-table"
        />
      </Card>
    </>
  );
}
