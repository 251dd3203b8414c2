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
