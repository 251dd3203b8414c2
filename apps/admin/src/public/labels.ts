// Chinese words for the codes the public pages show, and dates in the bureau's time zone.

export const CATEGORY: Record<string, string> = { GENERAL: '一般检查事项', KEY: '重点检查事项' };
export const METHOD: Record<string, string> = {
  WRITTEN: '书面检查',
  ON_SITE: '实地核查',
  ONLINE_MONITORING: '网络监测',
  SAMPLE_TESTING: '抽样检测',
  THIRD_PARTY: '委托第三方核查',
};
export const TASK_STATUS: Record<string, string> = {
  DRAFT: '设置中',
  READY: '待摇号',
  DRAWN: '已摇号',
  DISPATCHED: '已下发，检查中',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
};
export const DRAW_STATUS: Record<string, string> = { DRAWN: '已摇号', LOCKED: '已锁定下发', SUPERSEDED: '已被重新摇号取代' };
export const CHANGE: Record<string, string> = { CREATE: '新增', UPDATE: '调整', RETIRE: '停用' };

const TZ = 'Asia/Shanghai';

/** "2026-09-25" from a DateTime or a Date scalar. */
export function day(v: string | null | undefined): string {
  if (!v) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(v));
}

/** "2026-09-25 09:00" */
export function dayTime(v: string | null | undefined): string {
  if (!v) return '—';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(
    new Date(v),
  );
}

export const percent = (r: number) => `${(r * 100).toFixed(r * 100 < 10 ? 1 : 0)}%`;
