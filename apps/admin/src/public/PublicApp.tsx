// The public disclosure (一公开, rule 26): the checklist with its adjustment notices, filed annual plans, task
// announcements with their verifiable draws, and published results with their signed corrections.
import { useEffect, type ReactNode } from 'react';
import { BASE, Link, useLocation } from './router';
import { Home } from './pages/Home';
import { Checklist } from './pages/Checklist';
import { Plans } from './pages/Plans';
import { Tasks } from './pages/Tasks';
import { TaskAnnouncement } from './pages/TaskAnnouncement';
import { Results } from './pages/Results';
import { OpenData } from './pages/OpenData';

const SECTIONS = [
  { path: `${BASE}/checklist`, title: '抽查事项清单' },
  { path: `${BASE}/plans`, title: '年度抽查计划' },
  { path: `${BASE}/tasks`, title: '抽查任务公告' },
  { path: `${BASE}/results`, title: '抽查结果公示' },
  { path: `${BASE}/data`, title: '开放数据' },
];

function route(path: string, params: URLSearchParams): { title: string; page: ReactNode } {
  const task = /^\/public\/tasks\/([^/]+)$/.exec(path);
  if (task) return { title: '抽查任务公告', page: <TaskAnnouncement id={decodeURIComponent(task[1]!)} /> };
  switch (path) {
    case `${BASE}/checklist`:
      return { title: '抽查事项清单', page: <Checklist /> };
    case `${BASE}/plans`:
      return { title: '年度抽查计划', page: <Plans /> };
    case `${BASE}/tasks`:
      return { title: '抽查任务公告', page: <Tasks q={params.get('q') ?? ''} page={Number(params.get('page') ?? 0)} /> };
    case `${BASE}/results`:
      return { title: '抽查结果公示', page: <Results q={params.get('q') ?? ''} taskId={params.get('taskId')} page={Number(params.get('page') ?? 0)} /> };
    case `${BASE}/data`:
      return { title: '开放数据', page: <OpenData /> };
    case BASE:
      return { title: '首页', page: <Home sections={SECTIONS} /> };
    default:
      return {
        title: '页面不存在',
        page: (
          <p className="notice">
            页面不存在。<Link to={BASE}>返回首页</Link>
          </p>
        ),
      };
  }
}

export function PublicApp() {
  const { path, params } = useLocation();
  const { title, page } = route(path, params);
  useEffect(() => {
    document.title = `${title} · 临淄区自然资源局“双随机、一公开”公示`;
  }, [title]);
  return (
    <>
      <header className="masthead">
        <div className="wrap">
          <Link to={BASE} className="brand">
            <span className="brand-org">淄博市临淄区自然资源局</span>
            <span className="brand-name">“双随机、一公开”监管信息公示</span>
          </Link>
          <nav aria-label="栏目">
            {SECTIONS.map((s) => (
              <Link key={s.path} to={s.path} className={path.startsWith(s.path) ? 'active' : undefined}>
                {s.title}
              </Link>
            ))}
          </nav>
        </div>
      </header>
      <main className="wrap" id="main">
        {page}
      </main>
      <footer className="wrap footer">
        <p>
          本栏目依据《临淄区自然资源局“双随机、一公开”监管工作实施方案》公开抽查事项清单、年度抽查计划、抽查任务公告和检查结果（依法依规不予公开的除外）。
          公示信息如有异议，可向作出检查结果的单位提出。
        </p>
        <p>
          <a href="/">工作人员登录</a>
        </p>
      </footer>
    </>
  );
}
