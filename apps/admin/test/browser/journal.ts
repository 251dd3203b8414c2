// What the walks' pages did lately, printed under a failed step (journal.setup.ts): the notifications a user saw, the
// mutations sent with what the server answered, failed requests, console errors and uncaught page errors. A walk that
// fails only now and then (on a busy machine, in CI) then says what the page showed, not only which poll timed out.
import type { BrowserContext, ConsoleMessage, Request, Response } from 'playwright-core';

type Entry = { at: number; page: string; what: string };

const KEEP = 80;
const entries: Entry[] = [];
let since = Date.now();

const pathOf = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.hash}`.slice(0, 80);
  } catch {
    return url.slice(0, 80);
  }
};

/** The address of the page a request came from ('' for a service worker's own, which has no frame). */
const frameOf = (r: Request) => {
  try {
    return pathOf(r.frame().url());
  } catch {
    return '';
  }
};

function note(page: string, what: string): void {
  entries.push({ at: Date.now(), page, what: what.replace(/\s+/g, ' ').slice(0, 400) });
  if (entries.length > KEEP) entries.splice(0, entries.length - KEEP);
}

/** A snackbar (react-admin's Notification) as it appears, told to the console with a prefix the journal picks up. */
const NOTIFICATIONS_TO_CONSOLE = `(() => {
  const seen = new WeakSet();
  const look = () => {
    for (const el of document.querySelectorAll('.MuiSnackbar-root')) {
      const text = el.innerText.trim();
      if (!text || seen.has(el)) continue;
      seen.add(el);
      console.info('[ssj-notify] ' + (el.querySelector('[class*="RaNotification-error"]') ? 'error: ' : '') + text);
    }
  };
  new MutationObserver(() => queueMicrotask(look)).observe(document, { childList: true, subtree: true });
})();`;

/** The operation name of a GraphQL mutation sent by `request`, else null (queries are not journalled: too many). */
function mutationOf(request: Request): string | null {
  if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return null;
  const body = request.postData() ?? '';
  const m = /"query"\s*:\s*"(?:\s|\\[nrt])*mutation\s*(\w*)/.exec(body);
  return m ? m[1] || 'mutation' : null;
}

/** Journal what happens in `context`'s pages from now on. */
export async function journal(context: BrowserContext): Promise<void> {
  await context.addInitScript(NOTIFICATIONS_TO_CONSOLE);
  context.on('console', (msg: ConsoleMessage) => {
    const text = msg.text();
    if (text.startsWith('[ssj-notify] ')) note(pathOf(msg.page()?.url() ?? ''), `notification ${text.slice(13)}`);
    else if (msg.type() === 'error') note(pathOf(msg.page()?.url() ?? ''), `console.error ${text}`);
  });
  context.on('weberror', (e) => note(pathOf(e.page()?.url() ?? ''), `page error ${e.error().message}`));
  context.on('requestfailed', (r: Request) => note(frameOf(r), `request failed ${r.method()} ${pathOf(r.url())}: ${r.failure()?.errorText}`));
  context.on('response', (res: Response) => {
    const name = mutationOf(res.request());
    if (!name) return;
    const page = frameOf(res.request());
    void res
      .json()
      .then((body: { errors?: { message?: string; extensions?: { code?: string } }[] }) =>
        note(page, `${name} → ${res.status()} ${body.errors ? body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message ?? ''}`).join('; ') : 'ok'}`),
      )
      .catch(() => note(page, `${name} → ${res.status()} (no JSON body)`));
  });
}

/** Forget what came before (a new step). */
export function clearJournal(): void {
  entries.length = 0;
  since = Date.now();
}

/** The journal since the step began, one line per entry, or '' when nothing happened. */
export function journalText(): string {
  return entries.map((e) => `  +${((e.at - since) / 1000).toFixed(1).padStart(6)} s  ${e.page.padEnd(32)} ${e.what}`).join('\n');
}
