/** The selected unit: its facts, the edit form and the way to add a sub-unit. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import type { Unit } from '../../../contracts/units';
import { useI18n } from '../../app/i18n/context';
import { unitKindLabel } from '../../app/i18n/labels';
import { CreateUnitModal } from './CreateUnitModal';
import { UnitEditForm } from './UnitEditForm';
import { useUnit } from './units.api';

interface Props {
  unitId: string | null;
  onSaved: (unit: Unit) => void;
  onCreated: (unit: Unit) => void;
}

export function UnitDetail({ unitId, onSaved, onCreated }: Props) {
  const { t, locale } = useI18n();
  const unit = useUnit(unitId);
  const parent = useUnit(unit.data?.parentId ?? null);
  const [creating, setCreating] = useState(false);

  if (!unitId) {
    return (
      <Card>
        <Empty description={t('units.select')} />
      </Card>
    );
  }
  if (unit.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (unit.isError)
    return <Alert type="error" showIcon title={t('error.load')} description={unit.error.message} />;

  const data = unit.data;
  return (
    <Card
      title={<span data-testid="unit-detail-title">{data.fullName}</span>}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="unit-create-child">
          {t('units.create')}
        </Button>
      }
      data-testid="unit-detail"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, xl: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'parent',
            label: t('units.field.parent'),
            children: parent.data?.fullName ?? t('state.none'),
          },
          { key: 'kind', label: t('units.field.kind'), children: unitKindLabel(data.kind, locale) },
          { key: 'children', label: t('units.field.childCount'), children: data.childCount },
        ]}
      />
      <UnitEditForm unit={data} onSaved={onSaved} onReload={() => unit.refetch()} />
      <CreateUnitModal
        parent={data}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          onCreated(created);
        }}
      />
    </Card>
  );
}
