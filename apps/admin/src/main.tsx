import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoreQueryCache } from './pwa/queryCache';
import { registerServiceWorker } from './pwa/register';

registerServiceWorker();
// The data kept on the device comes back first, so a page reloaded offline shows what it showed (pwa/queryCache.ts).
void restoreQueryCache().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
