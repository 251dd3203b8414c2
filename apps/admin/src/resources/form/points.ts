// A check form's values as the admin edits them and as createForm / updateForm take them (no React here, so the
// unit tests can load it).
import type { Validator } from 'react-admin';

export type Point = { key?: string | null; label?: string | null; basis?: string | null };
export type FormValues = { code?: string; name?: string; checkItemId?: string | null; fields?: Point[]; retired?: boolean; retiredAt?: string | null };

/** At least one check point, and no key twice (the server checks the same). */
export const pointsValidator: Validator = (value: unknown) => {
  const points = Array.isArray(value) ? (value as Point[]) : [];
  if (points.length === 0) return 'resources.Form.points_required';
  const seen = new Set<string>();
  for (const p of points) {
    const key = p?.key?.trim();
    if (!key) continue;
    if (seen.has(key)) return { message: 'resources.Form.key_duplicate', args: { key } };
    seen.add(key);
  }
  return undefined;
};

/** The check points as the API takes them: trimmed, and an empty key numbered (p1, p2 … not yet used). */
export function pointsInput(points: readonly Point[] | null | undefined): Array<{ key: string; label: string; basis: string | null }> {
  const list = points ?? [];
  const used = new Set(list.map((p) => p?.key?.trim()).filter((k): k is string => !!k));
  let n = 0;
  const next = () => {
    do n += 1;
    while (used.has(`p${n}`));
    used.add(`p${n}`);
    return `p${n}`;
  };
  return list.map((p) => ({ key: p?.key?.trim() || next(), label: (p?.label ?? '').trim(), basis: p?.basis?.trim() || null }));
}

/** What createForm / updateForm take (no id, version or timestamps; updateForm cannot change the code). */
export const toFormInput = (mode: 'create' | 'edit') => (data: FormValues) => ({
  ...(mode === 'create' ? { code: data.code?.trim() } : {}),
  name: data.name?.trim(),
  checkItemId: data.checkItemId || null,
  fields: pointsInput(data.fields),
  ...(mode === 'edit' ? { retired: !!data.retired } : {}),
});
