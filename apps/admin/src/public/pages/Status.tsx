// Loading and error lines and the pager, shared by the pages.
import { Link } from '../router';

export function Status({ loading, error }: { loading: boolean; error: string | null }) {
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  return loading ? <p className="muted">正在加载…</p> : null;
}

/** Previous / next page links. */
export function Pager({ page, perPage, count, href }: { page: number; perPage: number; count: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(count / perPage));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="分页">
      {page > 0 ? <Link to={href(page - 1)}>上一页</Link> : <span className="muted">上一页</span>}
      <span>
        第 {page + 1} / {pages} 页
      </span>
      {page + 1 < pages ? <Link to={href(page + 1)}>下一页</Link> : <span className="muted">下一页</span>}
    </nav>
  );
}
