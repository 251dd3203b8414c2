// The import routes of the API (apps/api/src/importing/routes.ts): upload with the browser's upload progress
// (XMLHttpRequest — fetch cannot report it), dry run and commit as streams of progress lines, pages of rows.
import type { ImportRowAction } from '@ssj/domain';
import { authHeaders, refusalOf, responseError, type ServerError } from '../exporting/download';

export type RowAction = ImportRowAction;
export type Counts = Record<RowAction, number> & { total: number };
export type Field = { field: string; header: string; required: boolean; help: string | null };
export type Job = {
  id: string;
  kind: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  size: number;
  headerRow: number;
  headers: string[];
  sample: string[][];
  mapping: (string | null)[];
  fields: Field[];
  status: 'UPLOADED' | 'ANALYSED' | 'COMMITTED';
  counts: Counts | null;
};
export type Row = { row: number; action: RowAction; key: string; name: string; reasons?: string[]; changes?: string[] };
export type Progress = { bytes: number; totalBytes: number; rows: number };

const errorOf = (status: number, text: string): Error => {
  try {
    const body = JSON.parse(text) as { errors?: ServerError[] };
    if (body.errors?.length) return refusalOf(body.errors);
  } catch {
    // not JSON
  }
  return new Error(`HTTP ${status}`);
};

export function upload(kind: string, file: File, onProgress: (fraction: number) => void): Promise<Job> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/import/${kind}/upload`);
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => (xhr.status === 200 ? resolve((JSON.parse(xhr.responseText) as { job: Job }).job) : reject(errorOf(xhr.status, xhr.responseText)));
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

/** POSTs and reads the newline-delimited answer: progress lines, then the job (or the errors). */
async function streamed(url: string, body: unknown, onProgress: (p: Progress) => void): Promise<Job> {
  const res = await fetch(url, { method: 'POST', headers: { ...authHeaders(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok || !res.headers.get('content-type')?.includes('ndjson')) throw await responseError(res);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = JSON.parse(buffer.slice(0, nl)) as { progress?: Progress; job?: Job; errors?: ServerError[] };
      buffer = buffer.slice(nl + 1);
      if (line.progress) onProgress(line.progress);
      if (line.job) return line.job;
      if (line.errors) throw refusalOf(line.errors);
    }
    if (done) throw new Error('interrupted');
  }
}

/** The dry run; with an IMPORT mapping profile (its value mappings recode the cells, docs/publication.md). */
export const dryRun = (id: string, mapping: (string | null)[], onProgress: (p: Progress) => void, profileId?: string | null) =>
  streamed(`/import/jobs/${id}/dry-run`, { mapping, ...(profileId ? { profileId } : {}) }, onProgress);
export const commit = (id: string, notice: string | null, onProgress: (p: Progress) => void) => streamed(`/import/jobs/${id}/commit`, { notice }, onProgress);

export async function rows(id: string, action: RowAction | null, page: number, perPage: number): Promise<{ total: number; rows: Row[] }> {
  const params = new URLSearchParams({ page: String(page), perPage: String(perPage), ...(action ? { action } : {}) });
  const res = await fetch(`/import/jobs/${id}/rows?${params}`, { headers: authHeaders() });
  if (!res.ok) throw await responseError(res);
  return (await res.json()) as { total: number; rows: Row[] };
}

/** The job; with a profile, the mapping that IMPORT mapping profile gives the file's headers. */
export async function getJob(id: string, profileId?: string | null): Promise<Job> {
  const res = await fetch(`/import/jobs/${id}${profileId ? `?profile=${encodeURIComponent(profileId)}` : ''}`, { headers: authHeaders() });
  if (!res.ok) throw await responseError(res);
  return ((await res.json()) as { job: Job }).job;
}
