/** Queries and mutations of paper transfers (/api/v1/paper-transfers, /dossiers/{id}/paper-transfer). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DossierPaperTransfer,
  PaperTransferBatch,
  PaperTransferBatchList,
  PaperTransferDossier,
  PaperTransferDossierList,
} from '../../../contracts/paper-transfers';
import { api } from '../../app/http';

export type { PaperTransferBatch, PaperTransferDossier };
export type PaperTransferBatchSummary = PaperTransferBatchList['items'][number];

export const paperTransferKeys = {
  all: ['paper-transfers'] as const,
  awaiting: ['paper-transfers', 'awaiting'] as const,
  batches: ['paper-transfers', 'batches'] as const,
  late: ['paper-transfers', 'late'] as const,
  dossier: (id: string) => ['paper-transfers', 'dossier', id] as const,
};

/** The printable slip of a batch (HTML to print, or PDF). */
export function slipUrl(batchId: string, format: 'html' | 'pdf' = 'html'): string {
  return `/api/v1/paper-transfers/batches/${batchId}/slip.${format}`;
}

export function useAwaitingTransfers(enabled: boolean) {
  return useQuery({
    queryKey: paperTransferKeys.awaiting,
    queryFn: () => api.get<PaperTransferDossierList>('/paper-transfers/awaiting'),
    enabled,
  });
}

export function useTransferBatches() {
  return useQuery({
    queryKey: paperTransferKeys.batches,
    queryFn: () => api.get<PaperTransferBatchList>('/paper-transfers/batches'),
  });
}

export function useLateTransfers(enabled: boolean) {
  return useQuery({
    queryKey: paperTransferKeys.late,
    queryFn: () => api.get<PaperTransferDossierList>('/paper-transfers/late'),
    enabled,
  });
}

/** A dossier's own transfer (null when it has no paper to move). */
export function useDossierPaperTransfer(id: string) {
  return useQuery({
    queryKey: paperTransferKeys.dossier(id),
    queryFn: () => api.get<DossierPaperTransfer>(`/dossiers/${id}/paper-transfer`),
    meta: { silent: true },
  });
}

export function useCreateTransferBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dossierIds: string[]) =>
      api.post<PaperTransferBatch>('/paper-transfers/batches', { dossierIds }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: paperTransferKeys.all }),
  });
}

export function useConfirmTransferBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) =>
      api.post<PaperTransferBatch>(`/paper-transfers/batches/${batchId}/confirm`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: paperTransferKeys.all }),
  });
}
