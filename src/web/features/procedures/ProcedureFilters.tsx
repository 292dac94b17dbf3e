/** Search by name or code, and filters by field and level; an optional extra filter (the admin's unit). */
import { Flex, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/context';
import type { ProcedureFilter } from './procedures.api';
import { useProcedureFields } from './procedures.api';
import { LEVELS, levelLabel, type ProcedureLevel } from './procedure-labels';

interface Props {
  filter: ProcedureFilter;
  onChange: (change: Partial<ProcedureFilter>) => void;
  children?: ReactNode;
}

export function ProcedureFilters({ filter, onChange, children }: Props) {
  const { t } = useI18n();
  const fields = useProcedureFields();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }} align="center">
      <Input.Search
        key={filter.q}
        allowClear
        defaultValue={filter.q}
        placeholder={t('proc.search.placeholder')}
        aria-label={t('proc.search.placeholder')}
        enterButton={t('action.search')}
        onSearch={(q) => onChange({ q: q.trim() })}
        style={{ width: 380, maxWidth: '100%' }}
        data-testid="procedure-search"
      />
      <Select<string>
        allowClear
        showSearch
        placeholder={t('proc.filter.field')}
        aria-label={t('proc.filter.field')}
        value={filter.field ?? undefined}
        onChange={(field) => onChange({ field: field ?? null })}
        loading={fields.isPending}
        options={(fields.data ?? []).map((field) => ({ value: field, label: field }))}
        style={{ width: 240 }}
        data-testid="procedure-filter-field"
      />
      <Select<ProcedureLevel>
        allowClear
        placeholder={t('proc.filter.level')}
        aria-label={t('proc.filter.level')}
        value={filter.level ?? undefined}
        onChange={(level) => onChange({ level: level ?? null })}
        options={LEVELS.map((level) => ({ value: level, label: levelLabel(t, level) }))}
        style={{ width: 220 }}
        data-testid="procedure-filter-level"
      />
      {children}
    </Flex>
  );
}
