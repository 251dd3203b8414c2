// The theme under the system's "reduce motion" setting (src/layout/theme.ts, themeFor): no transitions and no click
// ripples — what the browser walks ask for (test/browser/harness.ts) — and MUI's usual motion otherwise.
import { createTheme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { themeFor } from '../../src/layout/theme.ts';

describe('theme', () => {
  it('has no transitions and no ripples with reduced motion', () => {
    const options = themeFor(true);
    const theme = createTheme(options as Parameters<typeof createTheme>[0]);
    expect(theme.transitions.duration.enteringScreen).toBe(0);
    expect(theme.transitions.duration.leavingScreen).toBe(0);
    expect(theme.transitions.getAutoHeightDuration(400)).toBe(0);
    expect(theme.transitions.create(['opacity', 'transform'])).toBe('none');
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
  });

  it("keeps MUI's transitions and ripples otherwise", () => {
    const theme = createTheme(themeFor(false) as Parameters<typeof createTheme>[0]);
    expect(theme.transitions.duration.enteringScreen).toBeGreaterThan(0);
    expect(theme.transitions.getAutoHeightDuration(400)).toBeGreaterThan(0);
    expect(theme.transitions.create(['opacity'])).not.toBe('none');
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBeUndefined();
  });
});
