import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { AppConfig } from '@abate/api/core';

/** How many API processes `main.js` runs: API_PROCESSES, else one per core in production, else one. */
export function apiProcessCount(
  config: Pick<AppConfig, 'API_PROCESSES' | 'isProduction'>,
  cores = availableParallelism(),
): number {
  return config.API_PROCESSES ?? (config.isProduction ? cores : 1);
}

/**
 * The same count read straight from the environment, for the primary, which never loads the
 * configuration (that would load the whole API into it). An API_PROCESSES the configuration
 * would refuse gives 1: the one process then loads the configuration and explains the error.
 */
export function apiProcessCountFromEnv(env: NodeJS.ProcessEnv, cores = availableParallelism()): number {
  const raw = env.API_PROCESSES;
  if (raw && !/^\d+$/.test(raw)) return 1;
  const count = raw ? Number(raw) : undefined;
  if (count !== undefined && (count < 1 || count > 64)) return 1;
  return apiProcessCount({ API_PROCESSES: count, isProduction: env.NODE_ENV === 'production' }, cores);
}

const RESTART_DELAY_MS = 1_000;

/**
 * V8 heap limits of each worker, unless NODE_OPTIONS or the primary's own flags set them: a
 * smaller young generation and a ceiling on the old one keep a worker near 190 MB resident
 * under load instead of 300 MB (measured in docs/speed.md). 256 MB of old space holds 32
 * ranking answers of 1,000 rows being built at once; 192 MB ran out under 32 annual fund
 * reports (50,000 entries each), before those were built once per ledger state.
 */
export const WORKER_HEAP_FLAGS = ['--max-semi-space-size=4', '--max-old-space-size=256'] as const;

/** The workers' node flags: the primary's, plus each of WORKER_HEAP_FLAGS not already given. */
export function workerExecArgv(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((flag) => flag.split('=')[0].replace(/_/g, '-'));
  return [...execArgv, ...WORKER_HEAP_FLAGS.filter((flag) => !given.includes(flag.split('=')[0]))];
}

/**
 * The primary of the production start: forks `count` workers that each run the whole API on
 * the same port (the primary hands connections round-robin), restarts one that dies after it
 * was serving, stops them all on SIGTERM/SIGINT, and gives up when one fails to start (a bad
 * configuration or an unreachable database would only fail again). Only the first worker seeds
 * the demo; migrations run under an advisory lock, so every worker may apply them.
 */
export function runPrimary(count: number, log: (line: string) => void = (line) => console.log(line)): void {
  let stopping = false;
  const ready = new Set<number>();
  const fork = (index: number) => {
    const worker = cluster.fork({ ABATE_WORKER_INDEX: String(index), ...(index > 0 ? { SEED_DEMO: 'false' } : {}) });
    worker.on('listening', () => ready.add(worker.id));
    worker.on('exit', (code, signal) => {
      const wasServing = ready.delete(worker.id);
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
        return;
      }
      if (!wasServing) {
        log(`API process ${index + 1} of ${count} failed to start (${signal ?? `exit ${code}`}); stopping`);
        stop(1);
        return;
      }
      log(`API process ${index + 1} of ${count} died (${signal ?? `exit ${code}`}); starting another`);
      setTimeout(() => fork(index), RESTART_DELAY_MS).unref();
    });
  };
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(code);
    for (const worker of workers) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(code), 20_000).unref();
    if (code !== 0) process.exitCode = code;
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, process.env.NODE_OPTIONS) });
  log(`Starting ${count} API processes on one port`);
  for (let i = 0; i < count; i++) fork(i);
}
