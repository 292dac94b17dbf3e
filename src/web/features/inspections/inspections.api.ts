/** Queries and mutations of inspections (/api/v1/inspections): teams, visits, findings and reports. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Checklist,
  CreateFindingRequest,
  CreateInspectionRequest,
  Finding,
  FindingList as FindingListSchema,
  Inspection,
  InspectionList as InspectionListSchema,
  InspectionReport,
  InspectionTeam,
} from '../../../contracts/inspections';
import type { Decision } from '../../../domain/conduct/violations';
import type { ItemResult } from '../../../domain/inspections/checklist';
import { api, ApiError } from '../../app/http';

export type { Checklist, Finding, Inspection, InspectionReport, InspectionTeam };
export type FindingList = z.infer<typeof FindingListSchema>;
export type InspectionSummary = z.infer<typeof InspectionListSchema>['items'][number];
export type FindingScope = 'mine' | 'to_decide' | 'unit';

export const inspectionKeys = {
  all: ['inspections'] as const,
  list: ['inspections', 'list'] as const,
  teams: ['inspections', 'teams'] as const,
  detail: (id: string) => ['inspections', 'detail', id] as const,
  findings: (scope: FindingScope, month: string | null) => ['inspections', 'findings', scope, month] as const,
  finding: (id: string) => ['inspections', 'finding', id] as const,
  report: ['inspections', 'report'] as const,
};

/** Visits in the person's subtree. */
export function useInspections() {
  return useQuery({
    queryKey: inspectionKeys.list,
    queryFn: async () => (await api.get<{ items: InspectionSummary[] }>('/inspections')).items,
  });
}

/** Inspection teams the person may see. */
export function useTeams() {
  return useQuery({
    queryKey: inspectionKeys.teams,
    queryFn: async () => (await api.get<{ items: InspectionTeam[] }>('/inspections/teams')).items,
  });
}

/** One visit. */
export function useInspection(id: string) {
  return useQuery({
    queryKey: inspectionKeys.detail(id),
    queryFn: () => api.get<Inspection>(`/inspections/${id}`),
  });
}

/** Starts a visit. */
export function useCreateInspection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInspectionRequest) => api.post<Inspection>('/inspections', body),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

/** Saves checklist answers and notes, or starts / completes the visit. */
export function useUpdateInspection(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      version: number;
      results?: Record<string, ItemResult>;
      notes?: string;
      transition?: 'start' | 'complete';
    }) => api.patch<Inspection>(`/inspections/${id}`, body),
    onSuccess: (data) => client.setQueryData(inspectionKeys.detail(id), data),
  });
}

/** Records a finding during the visit. */
export function useRecordFinding(inspectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<CreateFindingRequest>) =>
      api.post<Finding>(`/inspections/${inspectionId}/findings`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.detail(inspectionId) }),
  });
}

/** Findings of a scope (mine, to decide, my unit's), optionally of one month. */
export function useFindings(scope: FindingScope, month: string | null) {
  return useQuery({
    queryKey: inspectionKeys.findings(scope, month),
    queryFn: () => api.get<FindingList>('/inspections/findings', { scope, month }),
  });
}

/** One finding. */
export function useFinding(id: string) {
  return useQuery({
    queryKey: inspectionKeys.finding(id),
    queryFn: () => api.get<Finding>(`/inspections/findings/${id}`),
  });
}

/** Explains or decides a finding. */
export function useFindingStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      step:
        | { type: 'explain'; version: number; explanation: string }
        | { type: 'decide'; version: number; decision: Decision; note: string },
    ) => {
      const { type, ...body } = step;
      return api.post<Finding>(
        `/inspections/findings/${id}/${type === 'explain' ? 'explanation' : 'decision'}`,
        body,
      );
    },
    onSuccess: (data) => {
      client.setQueryData(inspectionKeys.finding(id), data);
      void client.invalidateQueries({ queryKey: ['inspections', 'findings'] });
    },
  });
}

/** Reports of the person's unit subtree. */
export function useInspectionReport() {
  return useQuery({
    queryKey: inspectionKeys.report,
    queryFn: () => api.get<InspectionReport>('/inspections/reports'),
  });
}

/** Officials of a unit's subtree, for naming the one at fault. */
export function useUnitOfficials(unitId: string | undefined) {
  return useQuery({
    queryKey: ['inspections', 'officials', unitId],
    enabled: Boolean(unitId),
    queryFn: async () =>
      (
        await api.get<{ items: { id: string; fullName: string; title: string | null }[] }>('/users', {
          unitId,
          pageSize: 200,
          active: 'true',
        })
      ).items,
  });
}

/** Uploads a photo (raw body, like every attachment) and returns its id. */
export async function uploadPhoto(file: File): Promise<string> {
  const csrf = /(?:^|;\s*)kc_csrf=([^;]+)/.exec(document.cookie)?.[1];
  const response = await fetch('/api/v1/attachments', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': file.type || 'image/jpeg',
      'x-file-name': encodeURIComponent(file.name),
      ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
    },
    body: file,
  });
  const body = (await response.json()) as { id?: string; code?: string; message?: string };
  if (!response.ok || !body.id)
    throw new ApiError(response.status, { code: body.code ?? 'internal', message: body.message ?? '' });
  return body.id;
}
