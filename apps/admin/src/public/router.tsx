// A router of a few lines for the public pages (path-based under /public, so each page has a link to share),
// instead of react-router: the public bundle stays small.
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

export const BASE = '/public';

export type Location = { path: string; params: URLSearchParams };

const current = (): Location => ({ path: window.location.pathname.replace(/\/+$/, '') || BASE, params: new URLSearchParams(window.location.search) });

export function navigate(to: string, replace = false) {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  if (!replace) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const on = () => setLoc(current());
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return loc;
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
