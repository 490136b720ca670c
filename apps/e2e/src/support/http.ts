import { Agent, request } from 'node:http';

export interface GraphQLReply<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/**
 * POSTs one GraphQL operation with node:http through `agent` (a bounded pool of sockets, so
 * a thousand requests at once queue here rather than open a thousand connections). Rejects
 * when the connection fails or drops before the whole reply arrived.
 */
export function postGraphQL<T>(
  agent: Agent,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  timeoutMs = 120_000,
): Promise<GraphQLReply<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('The reply was cut off')));
        res.on('end', () => {
          if (!res.complete) return reject(new Error('The reply was cut off'));
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString()) as Omit<GraphQLReply<T>, 'status'>;
            resolve({ status: res.statusCode ?? 0, ...parsed });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No reply within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
