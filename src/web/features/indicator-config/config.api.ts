/** Queries of the indicator configuration (/api/v1/indicators/config): versions, and publishing one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IndicatorConfigResponse, PublishIndicatorConfigRequest } from '../../../contracts/indicators';
import { api } from '../../app/http';

export type { IndicatorConfigResponse };
export type PublishConfig = z.infer<typeof PublishIndicatorConfigRequest>;

const key = ['indicators', 'config'] as const;

/** The versions, the one in force this month and the adjustable indicators. */
export function useIndicatorConfig() {
  return useQuery({ queryKey: key, queryFn: () => api.get<IndicatorConfigResponse>('/indicators/config') });
}

/** Publishes a new version; the portal's figures from its month on change with it. */
export function usePublishConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishConfig) => api.post<IndicatorConfigResponse>('/indicators/config', body),
    onSuccess: (config) => {
      queryClient.setQueryData(key, config);
      return queryClient.invalidateQueries({ queryKey: ['transparency'] });
    },
  });
}
