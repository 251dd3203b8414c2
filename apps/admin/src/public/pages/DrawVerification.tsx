// Rule 17 in the visitor's own browser: the 验证 button downloads a published draw's three files — the announcement
// (commitment and hashes published before the draw), the frozen candidate list and the receipt — from the same
// addresses anyone can download them from, and re-runs the draw with the domain's own code (@ssj/domain's
// verifyDrawSteps, the code the API drew with and the command-line verifier runs), showing each step with
// 通过 / 不通过. The server is not asked whether it is right.
import { useState } from 'react';
import {
  publishedBeforeStep,
  readDrawAnnouncement,
  verifyDrawSteps,
  type DrawCandidateInput,
  type DrawReceipt,
  type DrawVerificationStep,
  type PublishedCommitment,
} from '@ssj/domain/drawing';

export const drawFile = (drawId: string, kind: 'announcement' | 'candidates' | 'receipt') => `/public/draws/${encodeURIComponent(drawId)}/${kind}.json`;

const FILE_NAMES = { announcement: '摇号公告', candidates: '候选名单', receipt: '摇号回执' } as const;

async function download(drawId: string, kind: keyof typeof FILE_NAMES): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(drawFile(drawId, kind), { credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    throw new Error(`${FILE_NAMES[kind]}下载失败：网络连接失败，请稍后重试`);
  }
  const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
  if (!res.ok) throw new Error(`${FILE_NAMES[kind]}下载失败：${body?.errors?.map((e) => e.message).join('；') ?? `服务暂时不可用（${res.status}）`}`);
  if (body === null) throw new Error(`${FILE_NAMES[kind]}不是有效的 JSON 文件`);
  return body;
}

type Outcome = { ok: boolean; steps: DrawVerificationStep[] };

/** The commitments published for a task before its draws (the list anyone can archive). */
async function publishedCommitments(taskCode: string): Promise<PublishedCommitment[]> {
  const res = await fetch(`/public/draw-commitments.json?task=${encodeURIComponent(taskCode)}`, { credentials: 'omit' }).catch(() => null);
  if (!res?.ok) throw new Error('摇号前公示的承诺值下载失败，请稍后重试');
  return (await res.json()) as PublishedCommitment[];
}

export function DrawVerification({ drawId, fileStem, taskCode, drawnAt }: { drawId: string; fileStem: string; taskCode: string; drawnAt: string }) {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const verify = async () => {
    setRunning(true);
    setProblem(null);
    setOutcome(null);
    try {
      const [announcement, candidates, receipt, published] = await Promise.all([
        download(drawId, 'announcement'),
        download(drawId, 'candidates'),
        download(drawId, 'receipt'),
        publishedCommitments(taskCode),
      ]);
      const read = readDrawAnnouncement(announcement);
      if (!read.ok) {
        setOutcome({ ok: false, steps: [{ key: 'announcement', title: '摇号公告', ok: false, details: read.problems }] });
        return;
      }
      if (!Array.isArray(candidates)) {
        setOutcome({ ok: false, steps: [{ key: 'candidates', title: '候选名单与摇号前公布的哈希一致', ok: false, details: ['候选名单应为一个数组'] }] });
        return;
      }
      // Let the button show 正在复核… before the hashing starts.
      await new Promise((r) => setTimeout(r, 0));
      // First: the announcement's commitment is one published before the draw (not made up with the receipt).
      const before = publishedBeforeStep(published, read.published, drawnAt);
      const steps = verifyDrawSteps(receipt as DrawReceipt, candidates as DrawCandidateInput[], read.published);
      setOutcome({ ok: before.ok && steps.ok, steps: [before, ...steps.steps] });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <p className="actions">
        <button type="button" onClick={verify} disabled={running}>
          {running ? '正在复核…' : '验证'}
        </button>
        {(Object.keys(FILE_NAMES) as (keyof typeof FILE_NAMES)[]).map((kind) => (
          <a key={kind} className="chip" href={drawFile(drawId, kind)} download={`${FILE_NAMES[kind]}-${fileStem}.json`}>
            下载{FILE_NAMES[kind]}
          </a>
        ))}
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {outcome && (
        <div className={`verified ${outcome.ok ? 'ok' : 'bad'}`} role="status" data-testid="verify-result">
          <p className="verdict">
            {outcome.ok
              ? '✓ 复核通过：在您的浏览器中按公开的算法重新摇号，每一步都与摇号前公布的承诺值、候选名单哈希和回执一致。'
              : '✗ 复核不通过：下列标为“不通过”的步骤与摇号前公布的内容或回执不一致。'}
          </p>
          <ol className="steps">
            {outcome.steps.map((s) => (
              <li key={s.key} className={s.ok ? 'pass' : 'fail'} data-testid="verify-step" data-step={s.key}>
                <span className={`badge ${s.ok ? 'pass' : 'fail'}`}>{s.ok ? '通过' : '不通过'}</span>
                <span className="step-title">{s.title}</span>
                {s.details.length > 0 && (
                  <ul>
                    {s.details.map((d, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a step's detail lines, computed once and never reordered
                      <li key={i} className={s.ok ? 'mono-ish' : undefined}>
                        {d}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <p className="muted small">
            以上计算在您的浏览器中完成，不依赖服务器的判断。请把“摇号公告”与摇号前公布或见证人记录的承诺值、候选名单哈希核对；
            也可下载三个文件，在任何电脑上运行{' '}
            <code>npx tsx packages/domain/src/cli/verify-draw.ts 摇号回执.json 候选名单.json --announcement 摇号公告.json</code> 复核。
          </p>
        </div>
      )}
    </>
  );
}
