/** Queries and mutations of codes of conduct and commitments (/api/v1/conduct, public code pages). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Acknowledgements,
  Commitment,
  CreateCommitmentRequest,
  MyConductCode,
  PublicConductCode,
} from '../../../contracts/conduct';
import { api } from '../../app/http';

export type MyCode = z.infer<typeof MyConductCode>;
export type PublicCode = z.infer<typeof PublicConductCode>;
export type AckList = z.infer<typeof Acknowledgements>;
export type { Commitment };

/** The code in force for the signed-in official and their acknowledgement. */
export function useMyCode() {
  return useQuery({ queryKey: ['conduct', 'mine'], queryFn: () => api.get<MyCode>('/conduct/my-code') });
}

/** A unit's public code of conduct (no sign-in). */
export function usePublicCode(unitId: string) {
  return useQuery({
    queryKey: ['conduct', 'public', unitId],
    queryFn: () => api.get<PublicCode>(`/public/units/${unitId}/conduct-code`),
  });
}

/** Who acknowledged a code (readers of the unit only; silent otherwise). */
export function useAcknowledgements(codeId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['conduct', 'acks', codeId],
    enabled: Boolean(codeId) && enabled,
    meta: { silent: true },
    queryFn: () => api.get<AckList>(`/conduct/codes/${codeId}/acknowledgements`),
  });
}

/** Acknowledges the code in force. */
export function useAcknowledge() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (codeId: string) => api.post<MyCode>(`/conduct/codes/${codeId}/acknowledge`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['conduct'] }),
  });
}

/** Publishes a new version of a unit's code. */
export function usePublishCode(unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; rules: string; principles: string }) =>
      api.post(`/units/${unitId}/conduct-codes`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['conduct'] }),
  });
}

/** Commitments of the person's unit subtree for a year. */
export function useCommitments(year: number) {
  return useQuery({
    queryKey: ['conduct', 'commitments', year],
    queryFn: async () => (await api.get<{ items: Commitment[] }>('/conduct/commitments', { year })).items,
  });
}

/** Registers a commitment or an emulation registration. */
export function useRegisterCommitment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommitmentRequest) => api.post<{ id: string }>('/conduct/commitments', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['conduct', 'commitments'] }),
  });
}
