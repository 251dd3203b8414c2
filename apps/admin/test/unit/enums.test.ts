// The admin's enum messages come from the domain's labels (packages/domain/src/labels.ts); the roles' short
// forms beside the unit's name are those labels without their note in brackets, not a second list.
import { describe, expect, it } from 'vitest';
import { shortRoleMessages, withoutNote } from '../../src/common/enums';

describe('the roles beside the unit name', () => {
  it('are the domain labels without their note in brackets', () => {
    expect(shortRoleMessages('zh')).toEqual({ ADMIN: '管理员', UNIT_STAFF: '单位工作人员', LEADER: '领导', ANALYST: '数据分析' });
    expect(shortRoleMessages('en')).toEqual({ ADMIN: 'Administrator', UNIT_STAFF: 'Unit staff', LEADER: 'Leader', ANALYST: 'Analyst' });
  });

  it('keep a label without a closing note, and brackets inside it', () => {
    expect(withoutNote('电子邮件（SMTP）')).toBe('电子邮件');
    expect(withoutNote('领导')).toBe('领导');
    expect(withoutNote('A (b) c')).toBe('A (b) c');
  });
});
