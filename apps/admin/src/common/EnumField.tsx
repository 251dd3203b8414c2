// Shows an enum value (or a list of them) with its translated label, optionally as a coloured chip.
import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { EnumName } from './enums';

type ChipColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

export type EnumFieldProps = FieldProps & { enumName: EnumName; colors?: Partial<Record<string, ChipColor>>; chip?: boolean };

export const EnumField = ({ enumName, colors, chip, ...props }: EnumFieldProps) => {
  const value = useFieldValue(props) as string | string[] | null | undefined;
  const translate = useTranslate();
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  const values = Array.isArray(value) ? value : [value];
  const label = (v: string) => translate(`enums.${enumName}.${v}`, { _: v });
  if (!chip && !colors && values.length === 1) return <span>{label(values[0]!)}</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={label(v)} color={colors?.[v] ?? 'default'} variant={colors?.[v] && colors[v] !== 'default' ? 'filled' : 'outlined'} />
      ))}
    </Stack>
  );
};
