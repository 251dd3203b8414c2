// One task announcement (G17): the task, its units, window and check items, the targets drawn, and each
// published draw with its commitment, seed and receipt — its announcement, candidate list and receipt downloadable,
// and re-run in the visitor's browser on 验证 (DrawVerification.tsx, rule 17).
import type { PublicTaskQuery, PublicTaskQueryVariables } from '@ssj/graphql-types/operations';
import { useQuery } from '../api';
import { CATEGORY, DRAW_STATUS, TASK_STATUS, dayTime } from '../labels';
import { TASK } from '../queries';
import { BASE, Link } from '../router';
import { DrawVerification } from './DrawVerification';
import { Status } from './Status';

type Draw = NonNullable<PublicTaskQuery['publicTask']>['draws'][number];

export function TaskAnnouncement({ id }: { id: string }) {
  const { data, error, loading } = useQuery<PublicTaskQuery, PublicTaskQueryVariables>(TASK, { id });
  if (!data) return <Status loading={loading} error={error} />;
  const t = data.publicTask;
  if (!t)
    return (
      <p className="notice">
        该任务公告不存在或依法不予公开。<Link to={`${BASE}/tasks`}>返回任务公告列表</Link>
      </p>
    );
  return (
    <>
      <p className="crumbs">
        <Link to={`${BASE}/tasks`}>抽查任务公告</Link> › {t.code}
      </p>
      <h1>{t.name}</h1>
      <dl className="facts">
        <dt>任务编号</dt>
        <dd>{t.code}</dd>
        <dt>所属计划</dt>
        <dd>
          {t.planTitle}（{t.year} 年）
        </dd>
        <dt>任务设置单位</dt>
        <dd>{t.ownerUnitName}</dd>
        <dt>任务执行单位</dt>
        <dd>{t.executingUnitName}</dd>
        <dt>执行时间</dt>
        <dd>
          {t.windowFrom} 至 {t.windowTo}
        </dd>
        <dt>状态</dt>
        <dd>
          {TASK_STATUS[t.status] ?? t.status}
          {t.completedOn ? `（${t.completedOn} 完成）` : ''}
        </dd>
        <dt>公告时间</dt>
        <dd>{dayTime(t.announcedAt)}</dd>
        {t.temporary && (
          <>
            <dt>性质</dt>
            <dd>临时抽查</dd>
          </>
        )}
        {t.campaignOrdered && (
          <>
            <dt>部署依据</dt>
            <dd>{t.campaignBasis}</dd>
          </>
        )}
      </dl>
      {/* The printable announcement (hashes, QR code to this page) and the publication notice (apps/api/src/documents). */}
      <p className="downloads">
        <a href={`/documents/tasks/${encodeURIComponent(t.id)}/announcement.pdf`} data-testid="announcement-pdf">
          下载公告（PDF）
        </a>
        {t.publishedResultCount > 0 && (
          <>
            {' · '}
            <a href={`/documents/tasks/${encodeURIComponent(t.id)}/results.pdf`}>下载结果公示（PDF）</a>
          </>
        )}
      </p>

      <h2>抽查事项</h2>
      <ul className="items">
        {t.checkItems.map((i) => (
          <li key={i.code}>
            <strong>
              {i.code} {i.name}
            </strong>
            （{CATEGORY[i.category] ?? i.category}，检查对象：{i.objectType}）<div className="basis">检查依据：{i.legalBasis}</div>
          </li>
        ))}
      </ul>

      <h2>摇号</h2>
      {t.draws.length === 0 && <p className="muted">暂无公开的摇号记录。</p>}
      {t.draws.map((d) => (
        <DrawPanel key={d.id} draw={d} taskCode={t.code} />
      ))}

      <h2>抽中的检查对象（{t.targetCount}）</h2>
      <p>
        {t.publishedResultCount > 0 ? (
          <Link to={`${BASE}/results?${new URLSearchParams({ taskId: t.id })}`}>查看本任务已公示的 {t.publishedResultCount} 条检查结果</Link>
        ) : (
          <span className="muted">本任务的检查结果尚未公示。</span>
        )}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>序号</th>
              <th>检查对象名称</th>
              <th>统一社会信用代码</th>
            </tr>
          </thead>
          <tbody>
            {t.targets.map((x, i) => (
              <tr key={x.creditCode}>
                <td className="num">{i + 1}</td>
                <td>{x.name}</td>
                <td className="mono">{x.creditCode}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DrawPanel({ draw: d, taskCode }: { draw: Draw; taskCode: string }) {
  return (
    <section className={`panel draw ${d.status === 'SUPERSEDED' ? 'superseded' : ''}`} data-testid="draw">
      <h3>
        第 {d.sequence} 次摇号 <span className="tag">{DRAW_STATUS[d.status] ?? d.status}</span>
      </h3>
      {d.reason && <p>重新摇号理由：{d.reason}</p>}
      {d.supersededReason && (
        <p>
          本次摇号已被重新摇号取代，理由：{d.supersededReason}（{dayTime(d.supersededAt)}）
        </p>
      )}
      <dl className="facts">
        <dt>摇号时间</dt>
        <dd>{dayTime(d.drawnAt)}</dd>
        {d.lockedAt && (
          <>
            <dt>锁定下发时间</dt>
            <dd>{dayTime(d.lockedAt)}</dd>
          </>
        )}
        <dt>候选对象数</dt>
        <dd>{d.candidateCount}</dd>
        <dt>抽中对象数</dt>
        <dd>{d.drawnTargetCount}</dd>
        <dt>摇号前公布的承诺值</dt>
        <dd className="mono">{d.seedCommitment}</dd>
        <dt>见证人随机数</dt>
        <dd className="mono">{d.witnessEntropy ?? '—'}</dd>
        <dt>随机种子</dt>
        <dd className="mono">{d.seed}</dd>
        <dt>候选名单哈希</dt>
        <dd className="mono">{d.candidateListHash}</dd>
        <dt>抽取参数哈希</dt>
        <dd className="mono">{d.parametersHash}</dd>
        <dt>摇号算法版本</dt>
        <dd className="mono">{d.algorithm}</dd>
      </dl>
      <DrawVerification drawId={d.id} fileStem={`${taskCode}-第${d.sequence}次`} taskCode={taskCode} drawnAt={d.drawnAt} />
    </section>
  );
}
