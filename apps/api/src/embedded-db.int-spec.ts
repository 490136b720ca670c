import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';

interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

// Just enough of the PostgreSQL wire protocol to send a request in two halves.
const frame = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
};
const cstring = (s: string) => Buffer.from(`${s}\0`);
const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const parse = (sql: string) => frame('P', cstring(''), cstring(sql), int16(0));
const bindExecuteSync = (params: string[]) =>
  Buffer.concat([
    frame(
      'B',
      cstring(''),
      cstring(''),
      int16(0),
      int16(params.length),
      ...params.flatMap((p) => [int32(Buffer.byteLength(p)), Buffer.from(p)]),
      int16(0),
    ),
    frame('E', cstring(''), int32(0)),
    frame('S'),
  ]);

/** A raw connection: `send` writes bytes, `reply` waits for the next ReadyForQuery and tells the rows and errors before it. */
async function rawConnection(
  url: string,
): Promise<{ socket: Socket; send(bytes: Buffer): void; reply(): Promise<{ rows: string[]; errors: string[] }> }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffer = Buffer.alloc(0);
  let waiting: (() => void) | null = null;
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    waiting?.();
  });
  const reply = async () => {
    const rows: string[] = [];
    const errors: string[] = [];
    for (;;) {
      while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
        const type = String.fromCharCode(buffer[0]);
        const body = buffer.subarray(5, 1 + buffer.readInt32BE(1));
        buffer = buffer.subarray(1 + buffer.readInt32BE(1));
        if (type === 'D') rows.push(body.subarray(6, 6 + body.readInt32BE(2)).toString());
        if (type === 'E')
          errors.push(
            body
              .toString()
              .split('\0')
              .find((field) => field.startsWith('M'))
              ?.slice(1) ?? 'error',
          );
        if (type === 'Z') return { rows, errors };
      }
      await new Promise<void>((resolve) => (waiting = resolve));
    }
  };
  const startup = Buffer.concat([
    int32(196608),
    cstring('user'),
    cstring('postgres'),
    cstring('database'),
    cstring('postgres'),
    Buffer.from([0]),
  ]);
  socket.write(Buffer.concat([int32(startup.length + 4), startup]));
  await reply();
  return { socket, send: (bytes) => socket.write(bytes), reply };
}

/**
 * The embedded PostgreSQL serves every connection from PGlite's one session. One client's
 * request must not be split by another's: a Parse of one client between another's Parse and
 * Bind replaced the unnamed statement, and under a surge of submissions queries failed.
 */
describe('the embedded PostgreSQL under concurrent connections', () => {
  let db: EmbeddedDb;
  beforeAll(async () => {
    const launcher = join(__dirname, '..', 'scripts', 'embedded-db.mjs');
    const { startEmbeddedPostgres } = (await import(launcher)) as { startEmbeddedPostgres: () => Promise<EmbeddedDb> };
    db = await startEmbeddedPostgres();
  }, 60_000);
  afterAll(() => db?.stop());

  it('runs a request that arrives in pieces whole, whatever another connection sends in between', async () => {
    const a = await rawConnection(db.url);
    const b = await rawConnection(db.url);
    try {
      a.send(parse('SELECT $1::int + 1'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      b.send(Buffer.concat([parse('SELECT $1::int * $2::int'), bindExecuteSync(['6', '7'])]));
      expect(await b.reply()).toEqual({ rows: ['42'], errors: [] });
      a.send(bindExecuteSync(['41']));
      expect(await a.reply()).toEqual({ rows: ['42'], errors: [] });
    } finally {
      a.socket.destroy();
      b.socket.destroy();
    }
  });

  it('answers every connection its own parameterized queries, and keeps a transaction to its connection', async () => {
    const pool = new Pool({ connectionString: db.url, max: 12 });
    try {
      await pool.query('CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)');
      await pool.query('INSERT INTO counters SELECT g, 0 FROM generate_series(1, 12) g');
      const answers = await Promise.all(
        Array.from({ length: 300 }, async (_, i) =>
          i % 2
            ? (await pool.query('SELECT $1::int AS n', [i])).rows[0].n === i
            : (await pool.query('SELECT $1::text || $2::text AS s', ['a', String(i)])).rows[0].s === `a${i}`,
        ),
      );
      expect(answers.filter((ok) => !ok)).toEqual([]);
      // Read-then-write transactions on every connection at once: none sees or loses another's.
      await Promise.all(
        Array.from({ length: 120 }, async (_, i) => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const { rows } = await client.query('SELECT n FROM counters WHERE id = $1 FOR UPDATE', [(i % 12) + 1]);
            await client.query('UPDATE counters SET n = $2 WHERE id = $1', [(i % 12) + 1, rows[0].n + 1]);
            await client.query(i % 10 === 9 ? 'ROLLBACK' : 'COMMIT');
          } finally {
            client.release();
          }
        }),
      );
      expect((await pool.query('SELECT sum(n)::int AS total FROM counters')).rows[0].total).toBe(108);
    } finally {
      await pool.end();
    }
  });
});
