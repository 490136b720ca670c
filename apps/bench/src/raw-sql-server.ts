/**
 * The raw-SQL side of the comparison: a bare node:http server in its own process
 * that answers GET /<operation> with that operation's SQL through a pg Pool the
 * size of the API's, so the same load generator drives both. Started by the bench
 * with RAW_SQL_PARAMS (JSON: operation -> parameters); prints "ready <port>".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { RAW_SQL } from './raw-sql';

export function startRawSqlServer(
  databaseUrl: string,
  poolSize: number,
  params: Record<string, unknown[]>,
): Promise<{ port: number; close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'abate-bench-raw' });
  const statements = new Map(
    Object.entries(RAW_SQL).map(([name, sql]) => [
      `/${name}`,
      { name: `raw_${name}`, text: `SELECT data::text AS body FROM (${sql}) q`, values: params[name] ?? [] },
    ]),
  );
  const server = createServer((req, res) => {
    const statement = statements.get(req.url ?? '');
    if (!statement) {
      res.writeHead(404).end();
      return;
    }
    pool.query(statement).then(
      (result) => {
        const body = `{"data":${result.rows[0]?.body ?? 'null'}}`;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
      },
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => pool.end().then(() => done()))),
      });
    });
  });
}

if (require.main === module) {
  const databaseUrl = process.env.DATABASE_URL!;
  const params = JSON.parse(process.env.RAW_SQL_PARAMS ?? '{}') as Record<string, unknown[]>;
  startRawSqlServer(databaseUrl, Number(process.env.RAW_SQL_POOL_SIZE ?? 10), params).then(({ port }) =>
    process.stdout.write(`ready ${port}\n`),
  );
}
