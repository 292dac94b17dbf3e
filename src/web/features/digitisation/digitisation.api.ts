/**
 * Queries and mutations of digitisation: a dossier's marks (GET/POST /dossiers/{id}/digitisation), the
 * citizen's store (GET /personal-documents), and the reuse choices of the online submission being filled.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { z } from 'zod';
import type { DigitisationList, MarkDigitisedRequest, StoreList } from '../../../contracts/digitisation';
import type { CreateDossierRequest } from '../../../contracts/dossiers';
import { api } from '../../app/http';

export const digitisationKeys = {
  marks: (id: string) => ['digitisation', id] as const,
  store: ['personal-documents'] as const,
};

export function useDigitisationMarks(dossierId: string) {
  return useQuery({
    queryKey: digitisationKeys.marks(dossierId),
    queryFn: async () =>
      (await api.get<z.infer<typeof DigitisationList>>(`/dossiers/${dossierId}/digitisation`)).items,
    meta: { silent: true },
  });
}

export function useMarkDigitised(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: z.input<typeof MarkDigitisedRequest>) =>
      (await api.post<z.infer<typeof DigitisationList>>(`/dossiers/${dossierId}/digitisation`, body)).items,
    onSuccess: (items) => queryClient.setQueryData(digitisationKeys.marks(dossierId), items),
  });
}

export function useMyStore(enabled = true) {
  return useQuery({
    queryKey: digitisationKeys.store,
    queryFn: async () => (await api.get<StoreList>('/personal-documents')).items,
    enabled,
  });
}

/**
 * The reuse choices of the online submission on screen: document id → store item id. The picker writes
 * them; `withReuseChoices` adds them to the request's documents. Cleared when the picker leaves the screen.
 */
let choices: Readonly<Record<string, string>> = {};
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function setReuseChoice(documentId: string, storeItemId: string | null) {
  const next = { ...choices };
  if (storeItemId) next[documentId] = storeItemId;
  else delete next[documentId];
  choices = next;
  emit();
}

export function clearReuseChoices() {
  choices = {};
  emit();
}

export function useReuseChoices(): Readonly<Record<string, string>> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => choices,
  );
}

/** An online request with the chosen store items: a reused document counts as provided. */
export function withReuseChoices(body: CreateDossierRequest): CreateDossierRequest {
  if (body.channel !== 'online' || Object.keys(choices).length === 0) return body;
  const documents = body.documents.map((doc) =>
    choices[doc.documentId] ? { ...doc, provided: true, reuseStoreItemId: choices[doc.documentId] } : doc,
  );
  return { ...body, documents };
}
