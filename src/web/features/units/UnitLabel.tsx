/** How a unit is named in lists: full name for administrative levels, short name for units inside them. */
import { Space, Tag, Typography } from 'antd';
import type { Unit } from '../../../contracts/units';
import { useI18n } from '../../app/i18n/context';
import { unitKindLabel } from '../../app/i18n/labels';

const ADMINISTRATIVE = new Set<Unit['kind']>(['country', 'province', 'district', 'commune']);

/** The name to show: "Phường Ba Đình", but "Bộ phận Một cửa" rather than its long full name under its commune. */
export function displayName(unit: Pick<Unit, 'kind' | 'name' | 'fullName'>): string {
  return ADMINISTRATIVE.has(unit.kind) ? unit.fullName : unit.name;
}

interface Props {
  unit: Unit;
  /** Show the kind as a tag (for units inside an administrative level). */
  showKind?: boolean;
  /** Always show the full name (in flat lists, where the parent is not visible). */
  full?: boolean;
}

export function UnitLabel({ unit, showKind = true, full = false }: Props) {
  const { t, locale } = useI18n();
  return (
    <Space size={6} data-testid={`unit-node-${unit.code}`}>
      <Typography.Text delete={!unit.active}>{full ? unit.fullName : displayName(unit)}</Typography.Text>
      {showKind && !ADMINISTRATIVE.has(unit.kind) && <Tag>{unitKindLabel(unit.kind, locale)}</Tag>}
      {!unit.active && <Tag color="default">{t('units.inactive')}</Tag>}
    </Space>
  );
}
