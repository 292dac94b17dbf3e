/** Units matching a search (name or code), a page at a time; choosing one opens its details. */
import { Table } from 'antd';
import { useState } from 'react';
import type { Unit } from '../../../contracts/units';
import { useI18n } from '../../app/i18n/context';
import { unitKindLabel } from '../../app/i18n/labels';
import { UnitLabel } from './UnitLabel';
import { useUnitSearch } from './units.api';

interface Props {
  q: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const PAGE_SIZE = 10;

export function UnitSearchResults({ q, selectedId, onSelect }: Props) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const search = useUnitSearch(q, page, PAGE_SIZE);

  return (
    <Table<Unit>
      size="small"
      rowKey="id"
      loading={search.isFetching}
      dataSource={search.data?.items ?? []}
      locale={{ emptyText: t('units.search.none') }}
      columns={[
        {
          key: 'name',
          title: t('units.field.fullName'),
          render: (_value, unit) => <UnitLabel unit={unit} showKind={false} full />,
        },
        { key: 'code', title: t('units.field.code'), dataIndex: 'code', width: 110 },
        {
          key: 'kind',
          title: t('units.field.kind'),
          render: (_value, unit) => unitKindLabel(unit.kind, locale),
        },
      ]}
      rowClassName={(unit) => (unit.id === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(unit) => ({ onClick: () => onSelect(unit.id), style: { cursor: 'pointer' } })}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: search.data?.total ?? 0,
        onChange: setPage,
        showSizeChanger: false,
        showTotal: (total) => t('table.total', { total }),
      }}
      data-testid="unit-search-results"
    />
  );
}
