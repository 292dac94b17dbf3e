/** The public deadline calculator (POST /api/v1/public/deadline, no sign-in). */
import { useMutation } from '@tanstack/react-query';
import type { PublicDeadlineRequest, PublicDeadlineResponse } from '../../../contracts/calendars';
import { api } from '../../app/http';

/** Computes a due time; the page shows errors itself. */
export function useComputeDeadline() {
  return useMutation({
    mutationFn: (input: PublicDeadlineRequest) => api.post<PublicDeadlineResponse>('/public/deadline', input),
    meta: { silent: true },
  });
}
