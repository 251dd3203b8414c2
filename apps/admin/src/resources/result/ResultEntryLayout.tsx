// The result page's frame. On a phone (below the `sm` breakpoint) every field of the entry takes the whole width
// (the wide screen's minimum widths of 240–320 px would push the page sideways at 390 px), buttons and the
// 符合/不符合 toggles are at least 44 px high to be hit with a thumb, and the cards keep less padding. The entry
// components themselves (ResultEntry, FindingsEditor, ResultCommands, …) stay as they are on a wide screen.
import type { ReactNode } from 'react';
import { Stack } from '@mui/material';

export const ResultEntryLayout = ({ children }: { children: ReactNode }) => (
  <Stack
    spacing={2}
    data-testid="result-page"
    sx={(theme) => ({
      p: 2,
      minWidth: 0,
      [theme.breakpoints.down('sm')]: {
        p: 1,
        '& .MuiFormControl-root': { minWidth: 0, width: '100%' },
        '& .MuiButton-root, & .MuiToggleButton-root': { minHeight: 44 },
        '& .MuiToggleButtonGroup-root': { alignSelf: 'stretch' },
        '& .MuiToggleButtonGroup-root .MuiToggleButton-root': { flex: 1 },
        '& .MuiCardHeader-root, & .MuiCardContent-root': { px: 1.5 },
        '& .MuiAlert-root': { overflowWrap: 'anywhere' },
      },
    })}
  >
    {children}
  </Stack>
);
