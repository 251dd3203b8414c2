// Calls of the file routes (/import/…, /export/…) for the import and export tests, through app.fetch.
import type { TestApp } from './helpers.ts';

export type ErrorBody = { errors?: { message: string; extensions?: { code?: string } }[] };
export type Job = {
  id: string;
  kind: string;
  headers: string[];
  sample: string[][];
  mapping: (string | null)[];
  encoding: string | null;
  headerRow: number;
  status: string;
  counts: { CREATE: number; UPDATE: number; UNCHANGED: number; REFUSED: number; total: number } | null;
};
export type Row = { row: number; action: string; key: string; name: string; reasons?: string[]; changes?: string[] };

export function fileRoutes(t: TestApp) {
  const call = (path: string, init: RequestInit & { token?: string } = {}) => {
    const { token, headers, ...rest } = init;
    return t.app.fetch(
      new Request(`http://test${path}`, {
        ...rest,
        headers: { ...(headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }),
    );
  };

  /** The last line of an NDJSON answer (the job or the errors), and how many progress lines came before. */
  async function streamed(res: Response): Promise<{ job?: Job; errors?: ErrorBody['errors']; progressLines: number; status: number }> {
    const text = await res.text();
    if (!res.headers.get('content-type')?.includes('ndjson')) return { ...(JSON.parse(text) as ErrorBody), progressLines: 0, status: res.status };
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { progress?: unknown; job?: Job; errors?: ErrorBody['errors'] });
    const last = lines[lines.length - 1]!;
    return {
      ...(last.job ? { job: last.job } : {}),
      ...(last.errors ? { errors: last.errors } : {}),
      progressLines: lines.filter((l) => l.progress).length,
      status: res.status,
    };
  }

  return {
    call,
    async upload(kind: string, fileName: string, content: Buffer | string, token?: string): Promise<{ status: number; job?: Job } & ErrorBody> {
      const res = await call(`/import/${kind}/upload`, {
        method: 'POST',
        body: new Uint8Array(typeof content === 'string' ? Buffer.from(content, 'utf8') : content),
        headers: { 'x-file-name': encodeURIComponent(fileName) },
        ...(token ? { token } : {}),
      });
      return { status: res.status, ...((await res.json()) as { job?: Job } & ErrorBody) };
    },
    dryRun: async (id: string, mapping: (string | null)[], token: string) =>
      streamed(
        await call(`/import/jobs/${id}/dry-run`, { method: 'POST', body: JSON.stringify({ mapping }), headers: { 'content-type': 'application/json' }, token }),
      ),
    commit: async (id: string, token: string, notice?: string) =>
      streamed(
        await call(`/import/jobs/${id}/commit`, { method: 'POST', body: JSON.stringify({ notice }), headers: { 'content-type': 'application/json' }, token }),
      ),
    async rows(id: string, token: string, action?: string): Promise<{ total: number; rows: Row[] }> {
      const res = await call(`/import/jobs/${id}/rows?perPage=500${action ? `&action=${action}` : ''}`, { token });
      return (await res.json()) as { total: number; rows: Row[] };
    },
    async download(path: string, token?: string): Promise<{ status: number; body: Buffer; type: string; disposition: string }> {
      const res = await call(path, token ? { token } : {});
      return {
        status: res.status,
        body: Buffer.from(await res.arrayBuffer()),
        type: res.headers.get('content-type') ?? '',
        disposition: res.headers.get('content-disposition') ?? '',
      };
    },
    /** Upload, then dry run with the suggested mapping. */
    async prepare(kind: string, fileName: string, content: Buffer | string, token: string) {
      const up = await this.upload(kind, fileName, content, token);
      if (!up.job) throw new Error(`upload failed: ${JSON.stringify(up.errors)}`);
      const dry = await this.dryRun(up.job.id, up.job.mapping, token);
      if (!dry.job) throw new Error(`dry run failed: ${JSON.stringify(dry.errors)}`);
      return dry.job;
    },
  };
}

/** Parses a CSV answer (UTF-8 with BOM) into rows of cells; enough for the files the exporter writes. */
export function csvRows(body: Buffer): string[][] {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
