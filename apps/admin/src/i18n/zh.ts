// The whole Simplified Chinese messages: those of the first screen (zhStart.ts) and those of the resources' pages
// (zhPages.ts, a chunk of its own). The app loads the two apart (i18n/index.ts); this is what they add up to, with
// every key of en.ts (test/unit/zh.test.ts).
import type { TranslationMessages } from 'react-admin';
import type { enApp } from './en';
import { mergeMessages } from './merge';
import { zhPages } from './zhPages';
import { ra, zhStartApp } from './zhStart';

export const zhApp = mergeMessages(zhStartApp, zhPages) as typeof enApp;

export const zhMessages: TranslationMessages = { ra, ...zhApp } as TranslationMessages;
