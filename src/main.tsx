import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { prefetchShippedWhenIdle, shippedIndexQueryOptions } from './data/shipped';
import { useView } from './state/view';
import './ui/styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false } } });

// The chosen index's figures start downloading now, alongside the saved imports being read; the rest when idle.
const chosenIndex = useView.getState().index.toUpperCase();
void queryClient.prefetchQuery(shippedIndexQueryOptions(chosenIndex));
prefetchShippedWhenIdle(chosenIndex);

// The static header in index.html is painted first (a slow phone shows something at once), then the app replaces it.
const start = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(start, 0));
else start();
