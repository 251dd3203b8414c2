// Downloads a file from the API's file routes (/export/…, /import/…) with the session's bearer token, and
// hands it to the browser as a download under the server's (Chinese) file name.
import { getSession } from '../session';

export type ServerError = { message: string; extensions?: { code?: string } };

/**
 * A refusal of the file routes (GraphQL error shape) as an Error: the server's Chinese message, its code, and
 * `errors`, so that dataProvider/errors.ts reads and translates it like any GraphQL refusal.
 */
export const refusalOf = (errors: ServerError[]): Error =>
  Object.assign(new Error(errors.map((e) => e.message).join('；')), { code: errors[0]?.extensions?.code, errors });

/** The server's refusal of a file request (refusalOf), else the HTTP status. */
export async function responseError(res: Response): Promise<Error> {
  try {
    const body = (await res.json()) as { errors?: ServerError[] };
    if (body.errors?.length) return refusalOf(body.errors);
  } catch {
    // not JSON
  }
  return new Error(`HTTP ${res.status}`);
}

export const authHeaders = (): Record<string, string> => {
  const token = getSession()?.token;
  return token ? { authorization: `Bearer ${token}` } : {};
};

function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]!);
  const plain = /filename="([^"]+)"/i.exec(cd);
  return plain ? plain[1]! : fallback;
}

export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) throw await responseError(res);
  const blob = await res.blob();
  const name = fileNameOf(res, fallbackName);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
