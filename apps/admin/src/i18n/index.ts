// Simplified Chinese by default, English on request (LocalesMenuButton in the app bar and on the sign-in page).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { enMessages } from './en';
import { zhMessages } from './zh';

export type AppLocale = 'zh' | 'en';

type Tree = { [k: string]: string | Tree };

/** zh over en: a key we forgot to translate shows in English rather than as a raw key. */
function deepMerge(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? deepMerge(b, v) : v;
  }
  return out;
}

const messages: Record<AppLocale, TranslationMessages> = {
  zh: deepMerge(enMessages as unknown as Tree, zhMessages as unknown as Tree) as unknown as TranslationMessages,
  en: enMessages,
};

/** BCP 47 tags for dates and numbers. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'zh-CN');

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[(locale as AppLocale) in messages ? (locale as AppLocale) : 'zh'],
  'zh',
  [
    { locale: 'zh', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  // Server messages (already in Chinese) pass through translate() unchanged, without console warnings.
  { allowMissing: true },
);
