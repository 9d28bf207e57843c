import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, loadMessages, storedLanguage } from './i18n';
import { queryClient } from './lib/query-client';
import { router } from './router/routes';
import './styles.css';

// The reader's language (one chunk) and the page's code, side by side, then the app.
const language = storedLanguage();
void Promise.all([loadMessages(language), router.load()]).then(([messages]) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider initial={{ language, messages }}>
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
