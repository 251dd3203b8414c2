// A date/time in the UI's language (react-admin's DateField would follow the browser's locale).
import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../i18n';

export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocale(locale)} {...props} />;
};

export const LocalDateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      locales={intlLocale(locale)}
      showTime
      options={{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }}
      {...props}
    />
  );
};

/** Formats an ISO time as the fields above do (China's time, the UI's language), for text that is not a field. */
export const useDateTimeFormat = () => {
  const [locale] = useLocaleState();
  return (iso: string) =>
    new Date(iso).toLocaleString(intlLocale(locale), {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
};
