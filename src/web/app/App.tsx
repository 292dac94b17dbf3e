/** The app: providers (query cache, language, Ant Design), the 401 → login wiring, and the routes. */
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { replaceSession } from '../features/auth/session';
import { FeedbackBridge } from './FeedbackBridge';
import { setUnauthenticatedHandler } from './http';
import { I18nProvider } from './i18n/I18nProvider';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);

  // A 401 on any call means the session ended (expired, signed out elsewhere, account deactivated):
  // forgetting it makes the route guard show the login page, which brings the person back afterwards.
  useEffect(() => {
    setUnauthenticatedHandler(() => replaceSession(queryClient, null));
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <FeedbackBridge />
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  );
}
