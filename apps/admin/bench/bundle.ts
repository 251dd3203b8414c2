// What a browser downloads to start the admin: the entry script and the chunks index.html preloads, and the
// schema chunk the data provider loads on its first request — raw, gzip and brotli, as the server sends them
// (the .gz/.br files the build writes beside each asset). Prints figures, never fails.
//
//   npm run build -w @ssj/admin && npm run bench:bundle -w @ssj/admin
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const schemaChunk = fs
  .readdirSync(path.join(dist, 'assets'))
  .filter((f) => /^introspection-.*\.js$/.test(f))
  .map((f) => `/assets/${f}`);

const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : null);
function measure(files: string[]) {
  let raw = 0,
    gz = 0,
    br = 0;
  for (const f of files) {
    const p = path.join(dist, f);
    const r = size(p)!;
    raw += r;
    // Files under 1 kB have no compressed copy and are sent as they are.
    gz += size(`${p}.gz`) ?? r;
    br += size(`${p}.br`) ?? r;
  }
  return { files: files.length, raw, gz, br };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const rows = [
  ['initial scripts (index.html)', measure(initial)],
  ['schema for the data provider', measure(schemaChunk)],
  ['both', measure([...initial, ...schemaChunk])],
] as const;
console.log('admin start-up download          files        raw       gzip     brotli   br/raw');
for (const [name, m] of rows) {
  console.log(
    `${name.padEnd(32)} ${String(m.files).padStart(5)} ${kB(m.raw).padStart(10)} ${kB(m.gz).padStart(10)} ${kB(m.br).padStart(10)}   ${(m.br / m.raw).toFixed(2)}`,
  );
}
