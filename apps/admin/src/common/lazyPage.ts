// React.lazy for a page that shows the resources' messages: the page's chunk and the Chinese messages of the
// resources' pages (i18n/zhPages.ts, not in the first download) load together, so the page never shows a bare key.
import { type ComponentType, lazy } from 'react';
import { loadPageMessages } from '../i18n';

// biome-ignore lint/suspicious/noExplicitAny: the same bound as React.lazy's own.
export const lazyPage = <T extends ComponentType<any>>(load: () => Promise<{ default: T }>) =>
  lazy(() => Promise.all([load(), loadPageMessages()]).then(([m]) => m));
