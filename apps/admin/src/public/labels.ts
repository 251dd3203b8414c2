// Chinese words for the codes the public pages show (the domain's labels, as the admin and the API use them),
// and dates in the bureau's time zone.
import { CHANGE_KIND, CHECK_CATEGORY, CHECK_METHOD, DRAW_STATUS as DRAW_STATUS_LABELS, TASK_STATUS as TASK_STATUS_LABELS } from '@ssj/domain';

export const CATEGORY: Readonly<Record<string, string>> = CHECK_CATEGORY.zh;
export const METHOD: Readonly<Record<string, string>> = CHECK_METHOD.zh;
export const TASK_STATUS: Readonly<Record<string, string>> = TASK_STATUS_LABELS.zh;
export const DRAW_STATUS: Readonly<Record<string, string>> = DRAW_STATUS_LABELS.zh;
export const CHANGE: Readonly<Record<string, string>> = CHANGE_KIND.zh;

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
