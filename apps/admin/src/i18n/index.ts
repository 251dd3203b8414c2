// Simplified Chinese by default, English on request (LocalesMenuButton in the app bar and on the sign-in page).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { mergeMessages } from './merge';
import { zhStartMessages } from './zhStart';

export type AppLocale = 'zh' | 'en';

// The Chinese messages (every key en.ts has, react-admin's included: zh.ts, test/unit/zh.test.ts, so Chinese needs
// no English underneath) come in two parts: the first screen's (zhStart.ts) and the resources' pages' (zhPages.ts,
// ≈ 16 kB gzip), loaded with the first of those pages (loadPageMessages, common/lazyPage.ts). The English messages
// (with ra-language-english) are a chunk of their own, loaded when chosen — with the English texts of the server's
// refusals (serverErrors.ts, ≈ 8 kB gzip: the Chinese UI shows the server's own message, so the first download
// leaves them out).
let englishServerError: ((locale: string, message: string, extensions: Record<string, unknown> | undefined) => string) | null = null;
const loadEnglish = (): Promise<TranslationMessages> =>
  import('./en').then((m) => {
    englishServerError = m.localizeServerError;
    return m.enMessages;
  });

/** BCP 47 tags for dates and numbers. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'zh-CN');

let zhMessages: TranslationMessages = zhStartMessages;

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? loadEnglish() : zhMessages),
  'zh',
  [
    { locale: 'zh', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  // Server messages (already in Chinese) pass through translate() unchanged, without console warnings.
  { allowMissing: true },
);

/**
 * A server refusal's text in the UI's language (i18n/serverErrors.ts): the server's (Chinese) message until the
 * English messages are loaded — the provider switches to English only once they are.
 */
export const serverErrorText = (message: string, extensions: Record<string, unknown> | undefined): string =>
  englishServerError ? englishServerError(i18nProvider.getLocale(), message, extensions) : message;

let pageMessages: Promise<void> | null = null;

/**
 * Loads the Chinese messages of the resources' pages (zhPages.ts) once, and makes the provider translate with them
 * when Chinese is shown (a later switch to Chinese takes them from zhMessages). A failed load is tried again.
 */
export const loadPageMessages = (): Promise<void> =>
  (pageMessages ??= import('./zhPages').then(
    async (m) => {
      zhMessages = mergeMessages(zhStartMessages, m.zhPages) as TranslationMessages;
      if (i18nProvider.getLocale() === 'zh') await i18nProvider.changeLocale('zh');
    },
    (e: unknown) => {
      pageMessages = null;
      throw e;
    },
  ));
