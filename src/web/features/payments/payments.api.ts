/** Queries and mutations of fees: a dossier's (GET /dossiers/{id}/payment, the simulator, refunds) and the fee report. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeeReport, FeeReportQuery, PaymentInfo } from '../../../contracts/payments';
import { api } from '../../app/http';

export const paymentKeys = { detail: (id: string) => ['payments', id] as const };

export function usePayment(dossierId: string) {
  return useQuery({
    queryKey: paymentKeys.detail(dossierId),
    queryFn: () => api.get<PaymentInfo>(`/dossiers/${dossierId}/payment`),
    meta: { silent: true },
  });
}

/** After a payment change the dossier (its version, allowed actions and blockers) is read again. */
function usePaymentMutation<V>(dossierId: string, send: (values: V) => Promise<PaymentInfo>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (info) => {
      queryClient.setQueryData(paymentKeys.detail(dossierId), info);
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
}

export function useSimulatePayment(dossierId: string) {
  return usePaymentMutation(dossierId, () => api.post<PaymentInfo>(`/dev/payments/${dossierId}/simulate`));
}

export function useRefundPayment(dossierId: string) {
  return usePaymentMutation(dossierId, (reason: string) =>
    api.post<PaymentInfo>(`/dossiers/${dossierId}/payment/refund`, { reason }),
  );
}

/** The fee report of a period (GET /payments/report), optionally of one status. */
export function useFeeReport(query: FeeReportQuery) {
  return useQuery({
    queryKey: ['payments', 'report', query] as const,
    queryFn: () => api.get<FeeReport>('/payments/report', query),
  });
}
