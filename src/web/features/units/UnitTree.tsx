/** The unit tree, loading each node's children when it is opened. */
import { Empty, Spin, Tree, type TreeDataNode } from 'antd';
import type { Unit } from '../../../contracts/units';
import { UnitLabel } from './UnitLabel';
import type { UnitTreeState } from './useUnitTree';

function toNodes(units: Unit[], childrenOf: Record<string, Unit[]>): TreeDataNode[] {
  return units.map((unit) => {
    const children = childrenOf[unit.id];
    return {
      key: unit.id,
      title: <UnitLabel unit={unit} />,
      isLeaf: unit.childCount === 0,
      children: children ? toNodes(children, childrenOf) : undefined,
    };
  });
}

interface Props {
  tree: UnitTreeState;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function UnitTree({ tree, selectedId, onSelect }: Props) {
  if (tree.isLoading) return <Spin />;
  if (tree.tops.length === 0) return <Empty />;
  return (
    <Tree
      blockNode
      showLine
      treeData={toNodes(tree.tops, tree.childrenOf)}
      loadData={(node) => tree.loadNode(String(node.key))}
      expandedKeys={tree.expandedKeys}
      onExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
      data-testid="unit-tree"
    />
  );
}
