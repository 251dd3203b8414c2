// The free-text reason a command asks for (return, close, refuse, transfer, cancel …): a multi-line field named
// `reason`, required unless the caller says otherwise, whose label is a message key.
import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

type Props = {
  /** Message key of the label. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
};

export const ReasonField = ({ label, value, onChange, required = true }: Props) => {
  const translate = useTranslate();
  return (
    <TextField
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      multiline
      minRows={2}
      required={required}
      fullWidth
      name="reason"
    />
  );
};
