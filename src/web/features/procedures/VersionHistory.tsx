/**
 * The versions of a procedure (number, state, effective date, who published it and when) and what changed
 * between any two of them: path, kind of change, value before → after.
 */
import { Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/context';
import { formatDateTime } from '../../app/i18n/format';
import { formatChangeValue } from './procedure-format';
import {
  CHANGE_COLORS,
  changeKindLabel,
  VERSION_STATUS_COLORS,
  versionStatusLabel,
} from './procedure-labels';
import { useDiff, useVersions, type Diff, type ProcedureVersionInfo } from './procedures.api';

type Change = Diff['changes'][number];

const valueStyle = {
  margin: 0,
  whiteSpace: 'pre-wrap' as const,
  wordBreak: 'break-word' as const,
  fontSize: 12,
  maxHeight: 240,
  overflow: 'auto',
};

function ChangeTable({ procedureId, from, to }: { procedureId: string; from: number; to: number }) {
  const { t } = useI18n();
  const diff = useDiff(procedureId, from, to);
  return (
    <Table<Change>
      rowKey={(change) => `${change.kind}:${change.path}`}
      size="small"
      loading={diff.isFetching}
      dataSource={diff.data?.changes ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('proc.diff.none') }}
      data-testid="version-diff"
      columns={[
        {
          key: 'path',
          title: t('proc.diff.path'),
          width: 360,
          render: (_value, change) => <Typography.Text code>{change.path}</Typography.Text>,
        },
        {
          key: 'kind',
          title: t('proc.diff.kind'),
          width: 110,
          render: (_value, change) => (
            <Tag color={CHANGE_COLORS[change.kind]}>{changeKindLabel(t, change.kind)}</Tag>
          ),
        },
        {
          key: 'before',
          title: t('proc.diff.before'),
          render: (_value, change) => <pre style={valueStyle}>{formatChangeValue(change.before)}</pre>,
        },
        {
          key: 'after',
          title: t('proc.diff.after'),
          render: (_value, change) => (
            <pre style={valueStyle} data-testid="diff-after">
              {formatChangeValue(change.after)}
            </pre>
          ),
        },
      ]}
    />
  );
}

export function VersionHistory({ procedureId }: { procedureId: string }) {
  const { t } = useI18n();
  const versions = useVersions(procedureId);
  const list = versions.data ?? [];
  const newest = list[0]?.number ?? null;
  const [pair, setPair] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const to = pair.to ?? newest;
  const from = pair.from ?? (to !== null && to > 1 ? to - 1 : null);
  const options = list.map((version) => ({
    value: version.number,
    label: `${t('proc.admin.versionTag', { number: version.number })} — ${versionStatusLabel(t, version.status)}`,
  }));

  return (
    <>
      <Card title={t('proc.versions.title')} style={{ marginBottom: 16 }}>
        <Table<ProcedureVersionInfo>
          rowKey="id"
          size="small"
          loading={versions.isPending}
          dataSource={list}
          pagination={false}
          data-testid="version-table"
          columns={[
            {
              key: 'number',
              title: t('proc.versions.number'),
              width: 110,
              render: (_value, version) => t('proc.admin.versionTag', { number: version.number }),
            },
            {
              key: 'status',
              title: t('proc.versions.status'),
              width: 150,
              render: (_value, version) => (
                <Tag color={VERSION_STATUS_COLORS[version.status]}>
                  {versionStatusLabel(t, version.status)}
                </Tag>
              ),
            },
            {
              key: 'effective',
              title: t('proc.versions.effectiveFrom'),
              render: (_value, version) => formatDateTime(version.effectiveFrom) || t('state.none'),
            },
            {
              key: 'by',
              title: t('proc.versions.publishedBy'),
              render: (_value, version) => version.publishedBy ?? t('state.none'),
            },
            {
              key: 'at',
              title: t('proc.versions.publishedAt'),
              render: (_value, version) => formatDateTime(version.publishedAt) || t('state.none'),
            },
            {
              key: 'created',
              title: t('proc.versions.createdAt'),
              render: (_value, version) => formatDateTime(version.createdAt),
            },
            {
              key: 'compare',
              title: '',
              width: 170,
              render: (_value, version) =>
                version.number > 1 ? (
                  <Typography.Link
                    onClick={() => setPair({ from: version.number - 1, to: version.number })}
                    data-testid={`compare-${version.number}`}
                  >
                    {t('proc.versions.comparePrevious')}
                  </Typography.Link>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title={t('proc.diff.title')}>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
          <Typography.Text>{t('proc.diff.from')}</Typography.Text>
          <Select<number>
            value={from ?? undefined}
            onChange={(value) => setPair({ from: value, to })}
            options={options}
            style={{ width: 260 }}
            aria-label={t('proc.diff.from')}
            data-testid="diff-from"
          />
          <Typography.Text>{t('proc.diff.to')}</Typography.Text>
          <Select<number>
            value={to ?? undefined}
            onChange={(value) => setPair({ from, to: value })}
            options={options}
            style={{ width: 260 }}
            aria-label={t('proc.diff.to')}
            data-testid="diff-to"
          />
        </Flex>
        {from !== null && to !== null && from !== to ? (
          <ChangeTable procedureId={procedureId} from={from} to={to} />
        ) : (
          <Typography.Text type="secondary">{t('proc.diff.pick')}</Typography.Text>
        )}
      </Card>
    </>
  );
}
