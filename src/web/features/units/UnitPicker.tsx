/**
 * Picks a unit from a lazily loaded tree (TreeSelect): the provinces for the system administrator, the
 * person's own unit and its sub-units for everyone else. A chosen unit not loaded yet is shown by the
 * name the caller gives (`valueLabel`), never by its id.
 */
import { TreeSelect } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { Unit } from '../../../contracts/units';
import { isSystemAdministrator } from '../../app/access';
import { useI18n } from '../../app/i18n/context';
import { useCurrentUser } from '../auth/session';
import { displayName } from './UnitLabel';
import { useUnitTree } from './useUnitTree';

interface PickerNode {
  value: string;
  title: string;
  isLeaf: boolean;
  children?: PickerNode[];
}

function toNodes(units: Unit[], childrenOf: Record<string, Unit[]>): PickerNode[] {
  return units.map((unit) => {
    const children = childrenOf[unit.id];
    return {
      value: unit.id,
      title: displayName(unit),
      isLeaf: unit.childCount === 0,
      children: children ? toNodes(children, childrenOf) : undefined,
    };
  });
}

function findTitle(nodes: PickerNode[], value: string): string | undefined {
  for (const node of nodes) {
    if (node.value === value) return node.title;
    const found = node.children ? findTitle(node.children, value) : undefined;
    if (found) return found;
  }
  return undefined;
}

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name of the current value, for when it is not loaded in the tree yet. */
  valueLabel?: string | null;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

export function UnitPicker({
  value,
  onChange,
  valueLabel,
  allowClear,
  placeholder,
  style,
  id,
  ...rest
}: Props) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const tree = useUnitTree(isSystemAdministrator(user) ? null : user.unitId);
  const nodes = toNodes(tree.tops, tree.childrenOf);
  const selected = value ? { value, label: findTitle(nodes, value) ?? valueLabel ?? value } : undefined;

  return (
    <TreeSelect<{ value: string; label: ReactNode } | undefined>
      id={id}
      data-testid={rest['data-testid']}
      labelInValue
      value={selected}
      onChange={(next) => onChange?.(next?.value ?? null)}
      treeData={nodes}
      loadData={(node) => tree.loadNode(String(node.value))}
      treeExpandedKeys={tree.expandedKeys}
      onTreeExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
      loading={tree.isLoading}
      allowClear={allowClear}
      placeholder={placeholder ?? t('units.picker.placeholder')}
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      style={{ minWidth: 240, ...style }}
    />
  );
}
