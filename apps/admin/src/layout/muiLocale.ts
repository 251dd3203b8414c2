// MUI's own texts in the user's language (see LocaleTheme.tsx).
import { enUS, zhCN } from '@mui/material/locale';

export const muiLocale = (locale: string) => (locale === 'en' ? enUS : zhCN);
