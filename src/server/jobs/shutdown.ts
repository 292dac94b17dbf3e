/**
 * Graceful stop on SIGTERM/SIGINT (systemd, a container runtime, a rolling restart): the steps run side by
 * side (the HTTP server stops accepting and lets in-flight requests complete; each job finishes its current
 * batch and gives its lease up), then `finally` (the database pool closes) and the process exits 0. Past
 * `graceMs` it exits 1 without waiting further, so a stuck request cannot hold a restart forever.
 */

export interface ShutdownLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Installs the handlers; a second signal while draining is ignored (the grace timer still runs). */
export function drainOnSignals(options: {
  state: { stopping: boolean };
  logger: ShutdownLogger;
  graceMs: number;
  steps: Array<() => Promise<unknown> | undefined>;
  finally: () => Promise<unknown>;
}): void {
  const drain = async (signal: string) => {
    if (options.state.stopping) return;
    options.state.stopping = true;
    options.logger.info({ signal, graceMs: options.graceMs }, 'stopping: draining requests and jobs');
    const force = setTimeout(() => {
      options.logger.error({ signal }, 'stopping: grace period over, exiting with work unfinished');
      process.exit(1);
    }, options.graceMs);
    force.unref();
    const results = await Promise.allSettled(options.steps.map((step) => Promise.resolve(step())));
    for (const result of results) {
      if (result.status === 'rejected') options.logger.error({ err: result.reason }, 'stopping: step failed');
    }
    await options
      .finally()
      .catch((error: unknown) => options.logger.error({ err: error }, 'stopping: close failed'));
    options.logger.info({ signal }, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void drain('SIGTERM'));
  process.on('SIGINT', () => void drain('SIGINT'));
}
