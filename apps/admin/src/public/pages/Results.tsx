// 抽查结果公示: published results, searchable by the target's name or credit code, each with its signed
// corrections beside the unchanged original (rules 21, 26).
import type { PublicResultsQuery, PublicResultsQueryVariables } from '@ssj/graphql-types/operations';
import { useQuery } from '../api';
import { day } from '../labels';
import { RESULTS } from '../queries';
import { BASE, Link, navigate } from '../router';
import { SearchBox } from './SearchBox';
import { Pager, Status } from './Status';

const PER_PAGE = 20;

const href = (q: string, taskId: string | null, page = 0) => {
  const p = new URLSearchParams({ ...(q ? { q } : {}), ...(taskId ? { taskId } : {}), ...(page ? { page: String(page) } : {}) });
  const s = p.toString();
  return `${BASE}/results${s ? `?${s}` : ''}`;
};

export function Results({ q, taskId, page }: { q: string; taskId: string | null; page: number }) {
  const { data, error, loading } = useQuery<PublicResultsQuery, PublicResultsQueryVariables>(RESULTS, { q: q || null, taskId, page, perPage: PER_PAGE });
  return (
    <>
      <h1>抽查结果公示</h1>
      <p className="lead">检查结果在抽查任务完成后 20 个工作日内公示；公示后发现确有错误的，经单位负责人签字确认后更正，更正与原结果并列公示。</p>
      <SearchBox value={q} label="检查对象名称或统一社会信用代码" placeholder="输入企业名称或统一社会信用代码" onSearch={(v) => navigate(href(v, taskId))} />
      {taskId && (
        <p className="muted">
          仅显示一个抽查任务的结果。<Link to={href(q, null)}>显示全部</Link>
        </p>
      )}
      {!data ? (
        <Status loading={loading} error={error} />
      ) : (
        <>
          <p className="muted" data-testid="result-count">
            共 {data._publicResultsMeta.count} 条公示结果
          </p>
          {data.publicResults.length === 0 && <p className="notice">没有找到符合条件的公示结果。</p>}
          <ol className="results">
            {data.publicResults.map((r) => (
              <li key={r.id} className="result" data-testid="result">
                <div className="original">
                  <h2>{r.targetName}</h2>
                  <p className="mono">统一社会信用代码：{r.creditCode}</p>
                  <p className={`outcome ${r.corrections.some((c) => c.outcomeText) ? 'struck' : ''}`}>
                    检查结果：<strong>{r.outcomeText ?? '—'}</strong>
                    {r.followUpActionText !== '无' && <span>（后续处置：{r.followUpActionText}）</span>}
                  </p>
                  <dl className="facts compact">
                    <dt>抽查任务</dt>
                    <dd>
                      <Link to={`${BASE}/tasks/${encodeURIComponent(r.taskId)}`}>
                        {r.taskCode} {r.taskName}
                      </Link>
                    </dd>
                    <dt>抽查事项</dt>
                    <dd>{r.checkItems.map((i) => i.name).join('；')}</dd>
                    <dt>检查单位</dt>
                    <dd>{r.unitName}</dd>
                    <dt>检查方式</dt>
                    <dd>{r.methodText ?? '—'}</dd>
                    <dt>检查日期</dt>
                    <dd>{day(r.inspectedOn)}</dd>
                    <dt>公示日期</dt>
                    <dd>{day(r.publishedAt)}</dd>
                  </dl>
                </div>
                {r.corrections.length > 0 && (
                  <aside className="corrections" aria-label="更正">
                    {r.corrections.map((c) => (
                      <div key={c.id} className="correction" data-testid="correction">
                        <h3>更正（{day(c.signedAt)} 经负责人签批）</h3>
                        {c.outcomeText && (
                          <p>
                            检查结果更正为：<strong>{c.outcomeText}</strong>
                          </p>
                        )}
                        {c.followUpActionText && <p>后续处置更正为：{c.followUpActionText}</p>}
                        <p>更正理由：{c.reason}</p>
                      </div>
                    ))}
                  </aside>
                )}
              </li>
            ))}
          </ol>
          <Pager page={page} perPage={PER_PAGE} count={data._publicResultsMeta.count} href={(p) => href(q, taskId, p)} />
        </>
      )}
    </>
  );
}
