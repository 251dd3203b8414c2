// Ratios are stored as fractions (0.05) and typed as percentages (5).
import { NumberInput, type NumberInputProps } from 'react-admin';

const toPercent = (v: unknown) => (v === null || v === undefined || v === '' ? '' : Math.round(Number(v) * 100000) / 1000);
const fromPercent = (v: unknown) => (v === null || v === undefined || v === '' || Number.isNaN(Number(v)) ? null : Number(v) / 100);

export const PercentInput = (props: NumberInputProps) => <NumberInput format={toPercent} parse={fromPercent} min={0} max={100} step={0.5} {...props} />;

export const formatPercent = (v: unknown) => (v === null || v === undefined ? '' : `${Math.round(Number(v) * 10000) / 100}%`);
