// 口径 (rule 25): every figure's definition and the rule it comes from, as the server computes it (the API's
// figureDefinitions, from packages/domain figureDefinitions.ts — the same text as the cards' tooltips).
import { Box, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { definitionText } from './FigureCard';
import type { FigureDefinition } from './types';

export const Definitions = ({ definitions }: { definitions: readonly FigureDefinition[] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Box component="dl" data-testid="figure-definitions" sx={{ m: 0 }}>
      {definitions.map((raw) => {
        const d = definitionText(raw, locale);
        return (
          <Box key={raw.key} data-testid={`definition-${raw.key}`} sx={{ mb: 1.5 }}>
            <Typography component="dt" variant="subtitle2" sx={{ fontWeight: 600 }}>
              {d.name}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {d.text}
            </Typography>
            <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>
              {translate('assessment.definition_rule', { rule: d.rule })}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
};
