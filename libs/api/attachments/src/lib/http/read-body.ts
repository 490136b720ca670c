import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${limit} bytes`);
  }
}

export class BodyIncompleteError extends Error {
  constructor() {
    super('The upload was interrupted before it finished');
  }
}

/**
 * Reads a request body into memory, at most `limit` bytes: a declared
 * Content-Length over the limit is refused before reading anything, and a body
 * that turns out longer is refused the moment it passes the limit (the rest is
 * never buffered; the caller answers 413 and closes the connection).
 */
export function readBodyCapped(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError(limit));
  // Already read by someone else (a body parser): nothing left to receive.
  if (req.readableEnded) return Promise.reject(new BodyIncompleteError());
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        cleanup();
        req.pause();
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, received));
    };
    const onError = () => {
      cleanup();
      reject(new BodyIncompleteError());
    };
    const onClose = () => {
      cleanup();
      if (!req.complete) reject(new BodyIncompleteError());
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

const LINGER_BYTES = 16 * 1024 * 1024;
const LINGER_MS = 3000;

/**
 * After answering an upload early (413), read and discard what the client is
 * still sending, for a little while: a client busy writing its request may
 * otherwise never see the answer (closing with unread data makes the kernel
 * send a reset). Past 16 MB or 3 seconds more, the connection is cut.
 */
export function discardRestOfUpload(req: IncomingMessage): void {
  if (req.complete) return;
  let discarded = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) cut();
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
