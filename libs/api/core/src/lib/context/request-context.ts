import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';

export interface RequestContext {
  requestId: string;
  ip?: string;
  /** Set by the auth guard once the caller is known. */
  actor?: AuthUser;
}

const storage = new AsyncLocalStorage<RequestContext>();

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

const REQUEST_ID = Symbol('abate.requestId');

type IdentifiedRequest = { headers: Request['headers']; [REQUEST_ID]?: string };

/**
 * Every request gets one id (a sane incoming X-Request-Id is kept), whichever of
 * the logger and the context middleware asks first.
 */
export function ensureRequestId(
  req: IdentifiedRequest,
  res: { setHeader(name: string, value: string): unknown },
): string {
  if (!req[REQUEST_ID]) {
    const incoming = req.headers['x-request-id'];
    req[REQUEST_ID] = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req[REQUEST_ID]);
  }
  return req[REQUEST_ID];
}

/** Express middleware: runs the rest of the request inside its context. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  storage.run({ requestId: ensureRequestId(req, res), ip: req.ip }, () => next());
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Runs work outside an HTTP request (seeds, jobs) with its own context. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}
