// Simplified Chinese by default, English on request (LocalesMenuButton in the app bar and on the sign-in page).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { zhMessages } from './zh';

export type AppLocale = 'zh' | 'en';

// zh.ts holds every key en.ts has, react-admin's included (test/unit/zh.test.ts), so Chinese needs no English
// underneath; the English messages (with ra-language-english) are a chunk of their own, loaded when chosen.
const loadEnglish = (): Promise<TranslationMessages> => import('./en').then((m) => m.enMessages);

/** BCP 47 tags for dates and numbers. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'zh-CN');

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
