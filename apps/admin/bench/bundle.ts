// What a browser downloads to start the admin: the entry script and the chunks index.html preloads (the dashboard
// and the layout), then what each next step adds — the sign-in page, the data provider with the schema and the
// Chinese messages of the resources' pages (the first list or record page), the English messages — and all the JavaScript of the build. Raw, gzip and brotli, as the
// server sends them (the .gz/.br files the build writes beside each asset). Prints figures, never fails.
//
//   npm run build -w @ssj/admin && npm run bench:bundle -w @ssj/admin
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../dist');
const assets = fs.readdirSync(path.join(dist, 'assets'));
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);

/** A chunk and the chunks it imports statically (what the browser fetches before running it). */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) withImports(`/assets/${m[1]}`, seen);
  return seen;
}

/** What loading the chunk named `name` (e.g. `LoginPage`) adds to what is already there. */
function step(name: string, loaded: Set<string>): string[] {
  const chunk = assets.find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (!chunk) return [];
  return [...withImports(`/assets/${chunk}`)].filter((f) => !loaded.has(f));
}

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

const start = new Set(initial.flatMap((f) => [...withImports(f)]));
const signIn = step('LoginPage', start);
const provider = step('graphqlProvider', start);
const pageMessages = step('zhPages', start);
const english = step('en', start);
const all = assets.filter((f) => f.endsWith('.js')).map((f) => `/assets/${f}`);

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const rows = [
  ['initial scripts (index.html)', measure([...start])],
  ['+ sign-in page', measure(signIn)],
  ['+ data provider and schema', measure(provider)],
  ['+ Chinese messages of pages', measure(pageMessages)],
  ['+ English messages', measure(english)],
  ['all JavaScript of the build', measure(all)],
] as const;
console.log('admin download                   files        raw       gzip     brotli   br/raw');
for (const [name, m] of rows) {
  console.log(
    `${name.padEnd(32)} ${String(m.files).padStart(5)} ${kB(m.raw).padStart(10)} ${kB(m.gz).padStart(10)} ${kB(m.br).padStart(10)}   ${(m.br / m.raw).toFixed(2)}`,
  );
}
