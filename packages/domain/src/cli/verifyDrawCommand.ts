// The command of cli/verify-draw.ts as a function: arguments in, printed lines and an exit code out, so that its
// tests run it in-process (verify-draw.test.ts also starts the real command). Reads the named files; never exits
// the process itself.
import { readFileSync } from 'node:fs';
import { readDrawAnnouncement, verifyDrawSteps, type AnnouncedDrawValues, type DrawCandidateInput, type DrawReceipt } from '../drawing.ts';

const USAGE = [
  '用法 / usage:',
  '  ssj-verify-draw <receipt.json> <candidates.json> --announcement <announcement.json>',
  '  ssj-verify-draw <receipt.json> <candidates.json> --commitment <hex> --candidates-hash <hex> [--parameters-hash <hex>]',
  '须给出摇号前公布的承诺值和候选名单哈希（公告文件或参数），否则无法发现整体重新伪造的回执。',
  'The values published before the draw are required: without them a re-forged receipt would pass.',
].join('\n');

/** Where the command prints. */
export type VerifyDrawOutput = { stdout: (text: string) => void; stderr: (text: string) => void };

/** A usage or input problem: printed on stderr, exit code 2. */
class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function unwrap<T>(value: unknown, key: string): T {
  return (value && typeof value === 'object' && !Array.isArray(value) && key in value ? (value as Record<string, unknown>)[key] : value) as T;
}

/** Runs ssj-verify-draw with `argv` (the arguments after the script). Returns the exit code: 0 verified, 1 a step fails, 2 usage or unreadable input. */
export function verifyDrawCommand(argv: string[], out: VerifyDrawOutput): number {
  try {
    return run(argv, out);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    out.stderr(`${e.message}\n`);
    return 2;
  }
}

function run(argv: string[], out: VerifyDrawOutput): number {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const OPTIONS = ['--announcement', '--commitment', '--candidates-hash', '--parameters-hash'];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (!OPTIONS.includes(name!)) fail(`未知选项 / unknown option: ${name}\n${USAGE}`);
      const value = inline ?? argv[++i];
      if (value === undefined) fail(`选项 ${name} 缺少值 / ${name} needs a value\n${USAGE}`);
      options.set(name!, value);
    } else positional.push(a);
  }
  const [receiptPath, candidatesPath] = positional;
  if (!receiptPath || !candidatesPath || positional.length > 2) fail(USAGE);
  if (options.has('--announcement') && (options.has('--commitment') || options.has('--candidates-hash'))) {
    fail(`请只用公告文件或只用参数给出公布值 / give the announcement file or the values, not both\n${USAGE}`);
  }

  let receipt: DrawReceipt;
  let candidates: DrawCandidateInput[];
  let announced: AnnouncedDrawValues;
  try {
    receipt = unwrap<DrawReceipt>(readJson(receiptPath), 'receipt');
    candidates = unwrap<DrawCandidateInput[]>(readJson(candidatesPath), 'candidates');
    if (!Array.isArray(candidates)) throw new Error('candidates.json must hold an array of candidates');
    const source = options.has('--announcement')
      ? readJson(options.get('--announcement')!)
      : options.has('--commitment') || options.has('--candidates-hash')
        ? {
            commitment: options.get('--commitment'),
            candidateListHash: options.get('--candidates-hash'),
            ...(options.has('--parameters-hash') ? { parametersHash: options.get('--parameters-hash') } : {}),
          }
        : fail(`缺少摇号前公布的值 / the published values are missing\n${USAGE}`);
    const read = readDrawAnnouncement(source);
    if (!read.ok) fail(`摇号公告无效 / invalid announcement: ${read.problems.join('；')}`);
    announced = read.published;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    fail(`无法读取输入 / cannot read input: ${e instanceof Error ? e.message : String(e)}`);
  }

  const { ok, steps } = verifyDrawSteps(receipt, candidates, announced);
  for (const s of steps) {
    out.stdout(`[${s.ok ? '通过' : '不通过'}] ${s.title}\n`);
    for (const d of s.details) out.stdout(`    ${d}\n`);
  }
  if (ok) {
    out.stdout(
      `复核通过 / verified: ${receipt.algorithm}, 任务 ${receipt.parameters.taskId}, ` +
        `候选 ${receipt.candidateCount} 个, 抽中 ${receipt.result.length} 个, 种子 ${receipt.seed}\n`,
    );
    return 0;
  }
  out.stdout(
    `复核不一致 / verification failed: ${steps
      .filter((s) => !s.ok)
      .map((s) => s.title)
      .join('；')}\n`,
  );
  return 1;
}
