/**
 * State of the lazily loaded unit tree: the top units, the children loaded so far, and which nodes are
 * expanded. Children come through the query cache, one parent at a time.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Unit } from '../../../contracts/units';
import { fetchChildren, fetchUnit, loadChildren, unitKeys } from './units.api';

export interface UnitTreeState {
  tops: Unit[];
  isLoading: boolean;
  childrenOf: Record<string, Unit[]>;
  expandedKeys: string[];
  setExpandedKeys: (keys: string[]) => void;
  /** Loads a node's children (the Tree's loadData). */
  loadNode: (id: string) => Promise<void>;
  /** Reloads a node's children from the server and expands it (after a child was created). */
  refreshNode: (id: string) => Promise<void>;
  /** Puts an edited unit in place of its old copy. */
  replaceUnit: (unit: Unit) => void;
}

/** The tree starting at `rootUnitId` (an official's own unit) or at the top-level units when null. */
export function useUnitTree(rootUnitId: string | null): UnitTreeState {
  const queryClient = useQueryClient();
  const tops = useQuery({
    queryKey: [...unitKeys.all, 'tree-top', rootUnitId ?? 'roots'],
    queryFn: async () => (rootUnitId ? [await fetchUnit(rootUnitId)] : fetchChildren(null)),
  });
  const [childrenOf, setChildrenOf] = useState<Record<string, Unit[]>>({});
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [overrides, setOverrides] = useState<Record<string, Unit>>({});

  const loadNode = useCallback(
    async (id: string) => {
      const children = await loadChildren(queryClient, id);
      setChildrenOf((current) => ({ ...current, [id]: children }));
    },
    [queryClient],
  );

  const refreshNode = useCallback(
    async (id: string) => {
      const children = await loadChildren(queryClient, id, true);
      setChildrenOf((current) => ({ ...current, [id]: children }));
      setExpandedKeys((keys) => (keys.includes(id) ? keys : [...keys, id]));
      const parent = await queryClient.fetchQuery({
        queryKey: unitKeys.detail(id),
        queryFn: () => fetchUnit(id),
        staleTime: 0,
      });
      setOverrides((current) => ({ ...current, [parent.id]: parent }));
    },
    [queryClient],
  );

  const replaceUnit = useCallback((unit: Unit) => {
    setOverrides((current) => ({ ...current, [unit.id]: unit }));
  }, []);

  // A unit edited or re-read on its own replaces the copy in a list, unless the list is newer.
  const latest = (unit: Unit): Unit => {
    const override = overrides[unit.id];
    return override && override.version >= unit.version ? override : unit;
  };
  const withOverrides: Record<string, Unit[]> = {};
  for (const [key, list] of Object.entries(childrenOf)) withOverrides[key] = list.map(latest);

  return {
    tops: (tops.data ?? []).map(latest),
    isLoading: tops.isPending,
    childrenOf: withOverrides,
    expandedKeys,
    setExpandedKeys,
    loadNode,
    refreshNode,
    replaceUnit,
  };
}
