import type { Logger } from '@aws-lambda-powertools/logger';
import type { Store } from '../shared/store/index.js';

/**
 * Locally, notifications are "sent" to the log: this relay reads new audit events that carry
 * `notify` (the outbox) and logs each once, as the deployed EventBridge pipe would deliver it.
 * Events carry ids only, never child details.
 */
export function startOutboxRelay(
  store: Store,
  logger: Logger,
  clock: () => Date,
  everyMs = 1000,
): () => void {
  const seen = new Set<string>();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = clock();
      // Look back a little: an event stamped a moment ago may commit after a later one was read.
      const since = new Date(now.getTime() - 10_000).toISOString();
      for (const e of await store.audit.notificationsSince(now.toISOString().slice(0, 10), since)) {
        if (seen.has(e.sk)) continue;
        seen.add(e.sk);
        logger.info('notification', { event: e.action, to: e.notify.to, ids: e.notify.ids, at: e.at });
      }
      if (seen.size > 10_000) seen.clear();
    } catch (error) {
      logger.warn('outbox relay failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
