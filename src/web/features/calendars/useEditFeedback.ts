/**
 * What the calendar screen does when an edit fails: on a 409 conflict it reloads the calendar and says
 * so; any other error stays on screen (the server's message names the bad path or line, so it is kept until
 * the person closes it rather than toasted away).
 */
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../app/http';
import { calendarKeys } from './calendars.api';

/** An error to show: a title of our own and the server's message. */
export interface ShownError {
  title: string;
  message: string;
}

interface Texts {
  conflictTitle: string;
  conflictText: string;
  errorTitle: string;
}

/** `fail(error)` handles a failed edit; `error` is the one on screen, `clear()` removes it. */
export function useEditFeedback(calendarId: string, texts: Texts, onConflict?: () => void) {
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<ShownError | null>(null);

  const fail = useCallback(
    (cause: unknown, title = texts.errorTitle) => {
      if (isApiError(cause, 'conflict')) {
        setError(null);
        onConflict?.();
        void queryClient.invalidateQueries({ queryKey: calendarKeys.detail(calendarId) });
        void queryClient.invalidateQueries({ queryKey: calendarKeys.list });
        void modal.warning({ title: texts.conflictTitle, content: texts.conflictText });
        return;
      }
      setError({ title, message: cause instanceof Error ? cause.message : String(cause) });
    },
    [calendarId, modal, onConflict, queryClient, texts],
  );

  return { error, fail, clear: useCallback(() => setError(null), []) };
}
