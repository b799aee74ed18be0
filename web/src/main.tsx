import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { router } from './routes';
import { refreshSession } from './api/client';
import { session } from './auth/session';
import { ApiError } from './api/problem';
import { startHeartbeatSync } from './offline/sync';
import './app.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not change on retry; a dropped connection may.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      networkMode: 'offlineFirst',
    },
    mutations: { networkMode: 'offlineFirst' },
  },
});

// A reload lost the in-memory access token: the refresh cookie (if any) brings the session back.
void refreshSession();
// Signing in changes what many answers are (roles, enrollments): fetch them again.
session.subscribe((s, prev) => {
  if (s.status === 'signed-in' && prev.status !== 'signed-in' && prev.status !== 'restoring') void queryClient.invalidateQueries();
});
startHeartbeatSync(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
