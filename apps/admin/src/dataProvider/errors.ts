// Turns what Apollo and ra-data-graphql throw into react-admin's HttpError, keeping the server's message (in the
// UI's language: translated by its stable code in English, i18n/serverErrors.ts, which comes with the English
// messages), its code, and, for a refused field, a form error on that field.
import { HttpError } from 'react-admin';
import { i18nProvider, serverErrorText } from '../i18n';

type GqlError = { message: string; extensions?: { code?: unknown; field?: unknown; [k: string]: unknown } };

/** One GraphQL error's text in the UI's language. */
const textOf = (g: GqlError) => serverErrorText(g.message, g.extensions);
const textsOf = (gql: GqlError[]) => gql.map(textOf).join(i18nProvider.getLocale() === 'zh' ? '；' : '; ');

export type ServerErrorBody = {
  code: string | null;
  /** react-admin shows `errors.<field>` under the input and `errors.root.serverError` as the notification. */
  errors?: Record<string, unknown>;
};

function graphQLErrorsOf(error: unknown): GqlError[] {
  const e = error as { graphQLErrors?: GqlError[]; body?: unknown; errors?: GqlError[] } | null;
  if (!e || typeof e !== 'object') return [];
  if (Array.isArray(e.graphQLErrors) && e.graphQLErrors.length > 0) return e.graphQLErrors;
  if (Array.isArray(e.errors) && e.errors.length > 0) return e.errors;
  // ra-data-graphql wraps the ApolloError as the HttpError's body.
  if (e.body && e.body !== error) return graphQLErrorsOf(e.body);
  return [];
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, READ_ONLY_TOKEN: 403, NOT_FOUND: 404 };

/** The first GraphQL error's code (e.g. `FORBIDDEN`, `TARGET.CREDIT_CODE_DUPLICATE`), if any. */
export function errorCode(error: unknown): string | null {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

export function toHttpError(error: unknown): HttpError | unknown {
  const gql = graphQLErrorsOf(error);
  const first = gql[0];
  if (!first) {
    // A real network failure: keep react-admin's own handling (status, offline message).
    return error;
  }
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  const message = textsOf(gql);
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field : null;
  const body: ServerErrorBody = { code };
  if (field) body.errors = { [field]: textOf(first), root: { serverError: message } };
  return new HttpError(message, (code && STATUS[code]) ?? 400, body);
}

/** The user-facing text of any error thrown by our GraphQL calls (or the file routes'), in the UI's language. */
export function errorMessage(error: unknown): string {
  const gql = graphQLErrorsOf(error);
  if (gql.length > 0) return textsOf(gql);
  return error instanceof Error ? error.message : String(error);
}

/** The input a typed refusal names (`extensions.field`, e.g. `date` for CALENDAR.ENTRY_DUPLICATE), if any. */
export function errorField(error: unknown): string | null {
  const field = graphQLErrorsOf(error)[0]?.extensions?.field;
  return typeof field === 'string' ? field : null;
}
