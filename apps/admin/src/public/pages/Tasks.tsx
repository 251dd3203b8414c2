// 抽查任务公告: announced tasks (their draw locked and dispatched, G17), newest first.
import type { PublicTasksQuery, PublicTasksQueryVariables } from '@ssj/graphql-types/operations';
import { useQuery } from '../api';
import { TASK_STATUS, day } from '../labels';
import { TASKS } from '../queries';
import { BASE, Link, navigate } from '../router';
import { SearchBox } from './SearchBox';
import { Pager, Status } from './Status';

const PER_PAGE = 20;

const href = (q: string, page = 0) =>
  `${BASE}/tasks${q || page ? `?${new URLSearchParams({ ...(q ? { q } : {}), ...(page ? { page: String(page) } : {}) })}` : ''}`;

export function Tasks({ q, page }: { q: string; page: number }) {
  const { data, error, loading } = useQuery<PublicTasksQuery, PublicTasksQueryVariables>(TASKS, { q: q || null, page, perPage: PER_PAGE });
  return (
    <>
      <h1>抽查任务公告</h1>
      <p className="lead">检查对象名单经摇号产生、确认锁定并下发后，自动发布抽查任务公告。每次摇号均可下载回执、在线复核。</p>
      <SearchBox value={q} label="任务编号或名称" placeholder="任务编号或名称" onSearch={(v) => navigate(href(v))} />
      {!data ? (
        <Status loading={loading} error={error} />
      ) : (
        <>
          <p className="muted">共 {data._publicTasksMeta.count} 个任务</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>任务编号</th>
                  <th>任务名称</th>
                  <th>执行单位</th>
                  <th>执行时间</th>
                  <th>抽中对象</th>
                  <th>已公示结果</th>
                  <th>状态</th>
                  <th>公告时间</th>
                </tr>
              </thead>
              <tbody>
                {data.publicTasks.map((t) => (
                  <tr key={t.id}>
                    <td className="nowrap">
                      <Link to={`${BASE}/tasks/${encodeURIComponent(t.id)}`}>{t.code}</Link>
                    </td>
                    <td>
                      <Link to={`${BASE}/tasks/${encodeURIComponent(t.id)}`}>{t.name}</Link>
                    </td>
                    <td>{t.executingUnitName}</td>
                    <td className="nowrap">
                      {t.windowFrom} 至 {t.windowTo}
                    </td>
                    <td className="num">{t.targetCount}</td>
                    <td className="num">{t.publishedResultCount}</td>
                    <td className="nowrap">{TASK_STATUS[t.status] ?? t.status}</td>
                    <td className="nowrap">{day(t.announcedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.publicTasks.length === 0 && <p className="muted">没有符合条件的任务公告。</p>}
          <Pager page={page} perPage={PER_PAGE} count={data._publicTasksMeta.count} href={(p) => href(q, p)} />
        </>
      )}
    </>
  );
}
