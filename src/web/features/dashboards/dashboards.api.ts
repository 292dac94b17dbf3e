/** Queries of the leaders' dashboard (/api/v1/dashboards/leader). */
import { useQuery } from '@tanstack/react-query';
import type { DashboardResponse } from '../../../contracts/transparency';
import { api } from '../../app/http';

export type { DashboardResponse };

/** The dashboard of the unit (the signed-in official's unit by default), refreshed every minute. */
export function useLeaderDashboard(unitId?: string) {
  return useQuery({
    queryKey: ['dashboards', 'leader', unitId ?? null],
    queryFn: () => api.get<DashboardResponse>('/dashboards/leader', { unitId }),
    refetchInterval: 60_000,
  });
}
