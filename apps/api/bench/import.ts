// Benchmark: generate a CSV of 100,000 new targets, then upload it, dry-run it and commit it through the file
// routes, in-process on a fresh embedded database with the demo data. Prints the time of each step and the
// peak memory (sampled every 50 ms). A measurement, not a test: it never fails on a number.
//   npm run bench:import -w @ssj/api          (ROWS=20000 for a quicker run; FORMAT=xlsx for a workbook)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@ssj/domain';
import ExcelJS from '../src/importing/excel.ts';
import { FORMAT, ROWS } from './benchEnv.ts';
import { demoApp } from './demoApp.ts';

const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 50);

const { db, app, signIn } = await demoApp();
const call = (p: string, init: RequestInit = {}) => app.fetch(new Request(`http://bench${p}`, init));
const auth = { authorization: `Bearer ${await signIn('admin')}` };
const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
const library = await db.prisma.targetLibrary.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { code: 'asc' } });

// A distinct valid credit code per row: 9137 + 13 base-31 digits of the row number + check character.
const creditCode = (n: number) => {
  let body = '';
  for (let i = 0, x = n; i < 13; i++, x = Math.floor(x / 31)) body = CREDIT_CODE_ALPHABET[x % 31] + body;
  body = `9137${body}`;
  return body + creditCodeCheckChar(body);
};
const HEADER = [
  '统一社会信用代码',
  '名称',
  '所属名录库',
  '维护单位',
  '对象类型',
  '经营规模',
  '行业',
  '所在镇（街道）',
  '登记住所',
  '法定代表人',
  '联系电话',
  '风险等级',
];
const row = (i: number) => [
  creditCode(i + 1_000_000),
  `淄博基准测试第${i}号有限公司`,
  library.name,
  unit.name,
  '采矿权人',
  '小型',
  '采矿业',
  '闻韶街道',
  `临淄区闻韶街道测试路 ${i} 号`,
  '张三',
  '0533-7000000',
  i % 3 === 0 ? '高风险' : '低风险',
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-'));
const file = path.join(dir, `targets.${FORMAT}`);
let t0 = performance.now();
if (FORMAT === 'csv') {
  const out = fs.createWriteStream(file);
  out.write(`\uFEFF${HEADER.join(',')}\n`);
  for (let i = 0; i < ROWS; i++) if (!out.write(`${row(i).join(',')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
} else {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
}
const size = fs.statSync(file).size;
console.log(`import of ${ROWS.toLocaleString('en')} new targets from .${FORMAT} (${mib(size)}), ${db.description}`);
console.log(`  generate     ${((performance.now() - t0) / 1000).toFixed(1)} s`);
sample();
const baseRss = process.memoryUsage().rss;
peakRss = 0;
peakHeap = 0;

/** Reads the NDJSON answer of a dry run or commit to its last line, counting progress lines. */
async function streamed(res: Response) {
  const text = await res.text();
  const lines = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const last = lines.at(-1);
  if (!last.job) throw new Error(JSON.stringify(last));
  return { job: last.job, progress: lines.length - 1 };
}

t0 = performance.now();
const up = await call('/import/Target/upload', {
  method: 'POST',
  headers: { ...auth, 'x-file-name': encodeURIComponent(path.basename(file)) },
  body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
  duplex: 'half',
} as RequestInit);
const { job } = (await up.json()) as { job: { id: string; mapping: (string | null)[] } };
console.log(`  upload       ${((performance.now() - t0) / 1000).toFixed(1)} s`);

t0 = performance.now();
const dry = await streamed(
  await call(`/import/jobs/${job.id}/dry-run`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ mapping: job.mapping }),
  }),
);
const dryS = (performance.now() - t0) / 1000;
console.log(
  `  dry run      ${dryS.toFixed(1)} s (${Math.round(ROWS / dryS).toLocaleString('en')} rows/s, ${dry.progress} progress lines) → ${JSON.stringify(dry.job.counts)}`,
);
sample();
console.log(`               peak rss so far ${mib(peakRss)}, heap ${mib(peakHeap)}`);

t0 = performance.now();
const done = await streamed(
  await call(`/import/jobs/${job.id}/commit`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' }),
);
const commitS = (performance.now() - t0) / 1000;
console.log(
  `  commit       ${commitS.toFixed(1)} s (${Math.round(ROWS / commitS).toLocaleString('en')} rows/s, ${done.progress} progress lines) → ${done.job.status}`,
);
sample();
clearInterval(sampler);
const stored = await db.prisma.target.count({ where: { unitId: unit.id, name: { startsWith: '淄博基准测试' } } });
console.log(`  stored       ${stored.toLocaleString('en')} targets`);
console.log(`  memory       rss before ${mib(baseRss)}, peak ${mib(peakRss)} (+${mib(peakRss - baseRss)}); peak heap ${mib(peakHeap)}`);
fs.rmSync(dir, { recursive: true, force: true });
await db.close();
