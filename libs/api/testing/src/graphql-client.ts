import type { TestApp } from './test-app';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions: { code: string; field?: string; [key: string]: unknown };
  }>;
  headers: Record<string, string | string[] | undefined>;
}

/** Posts one GraphQL operation over HTTP, as a bearer-token client would. */
export async function gql<T = Record<string, unknown>>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { token?: string; cookie?: string } = {},
): Promise<GraphQLResponse<T>> {
  const req = t.http().post('/graphql').set('content-type', 'application/json');
  if (auth.token) req.set('authorization', `Bearer ${auth.token}`);
  if (auth.cookie) req.set('cookie', auth.cookie);
  // A bigint (cents) goes as the Cents scalar's decimal string, as a client sends it.
  const body = JSON.stringify({ query, variables }, (_key, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
  const res = await req.send(body);
  return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors, headers: res.headers };
}

/** The single error's code, failing loudly when the call unexpectedly succeeded. */
export function errorOf(res: GraphQLResponse<unknown>): { code: string; field?: string; message: string } {
  const error = res.errors?.[0];
  if (!error) throw new Error(`Expected an error, got data ${JSON.stringify(res.data)}`);
  return { code: error.extensions.code, field: error.extensions.field, message: error.message };
}
