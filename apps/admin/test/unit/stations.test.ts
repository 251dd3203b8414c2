// What a land station's staff meet first: the task list opens on the tasks their unit executes as well as those it
// set up, and MUI's own texts (the Autocomplete's "No options" …) are Chinese in the Chinese UI.
import { describe, expect, it } from 'vitest';
import { taskListDefaults } from '../../src/resources/task/listDefaults';
import { muiLocale } from '../../src/layout/muiLocale';

describe('the task list of unit staff', () => {
  it("opens on the unit's tasks, set up or executed (a delegated task is not hidden behind an owner filter)", () => {
    expect(taskListDefaults({ unitId: 'GTS01' })).toEqual({ unitId: 'GTS01' });
    expect(taskListDefaults(undefined)).toBeUndefined();
  });
});

describe('MUI texts react-admin leaves to the theme', () => {
  type Defaults = Record<string, Record<string, unknown>>;
  const props = (locale: string) => {
    const components = (muiLocale(locale).components ?? {}) as Record<string, { defaultProps: Record<string, unknown> }>;
    return Object.fromEntries(Object.entries(components).map(([k, v]) => [k, v.defaultProps])) as Defaults;
  };

  it("are Chinese in zh: the Autocomplete's no-options, loading, clear, open and close texts, an Alert's close, pagination labels", () => {
    const zh = props('zh');
    expect(zh.MuiAutocomplete).toMatchObject({
      noOptionsText: '没有可用选项',
      loadingText: '加载中……',
      clearText: '清空',
      openText: '打开',
      closeText: '关闭',
    });
    expect(zh.MuiAlert).toMatchObject({ closeText: '关闭' });
    expect(zh.MuiTablePagination!.labelRowsPerPage).toBe('每页行数:');
    expect(String((zh.MuiTablePagination!.getItemAriaLabel as (t: string) => string)('next'))).toMatch(/[\u4e00-\u9fff]/);
  });

  it('stay English in en', () => {
    expect(props('en').MuiAutocomplete?.noOptionsText ?? 'No options').toBe('No options');
  });
});
