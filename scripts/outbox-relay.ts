import type { Logger } from '@aws-lambda-powertools/logger';
import { type DeliveryDeps, deliverChange } from '../shared/notify/deliver.js';
import type { ChangeEvent } from '../shared/notify/events.js';
import type { Store } from '../shared/store/index.js';

interface OutboxRelay {
  /** One pass: every new audit event that notifies, delivered once. */
  tick(): Promise<void>;
  stop(): void;
}

/**
 * Locally, the table stream and EventBridge are this relay: it reads new audit events that carry
 * `notify` (the outbox) and hands each, once, to the same delivery code the deployed notifier
 * Lambda runs (shared/notify/deliver.ts), when a Notify endpoint is configured; otherwise it
 * logs the event. Events carry ids only, never child details.
 */
export function createOutboxRelay(
  store: Store,
  logger: Logger,
  clock: () => Date,
  delivery?: Omit<DeliveryDeps, 'contactsOf'>,
): OutboxRelay {
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
        if (!delivery) continue;
        const event: ChangeEvent = {
          eventId: e.id,
          entity: e.entity,
          entityType: e.entityType,
          action: e.action,
          at: e.at,
          to: e.notify.to,
          ids: e.notify.ids,
        };
        const sent = await deliverChange(event, {
          ...delivery,
          contactsOf: (org) => store.contacts.get(org),
        });
        const failed = sent.filter((d) => !d.ok);
        if (failed.length)
          logger.warn('notification not delivered', { event: e.action, eventId: e.id, failed });
      }
      if (seen.size > 10_000) seen.clear();
    } catch (error) {
      logger.warn('outbox relay failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  return { tick, stop: () => undefined };
}

/** Runs the relay every `everyMs`; returns a function that stops it. */
export function startOutboxRelay(
  store: Store,
  logger: Logger,
  clock: () => Date,
  everyMs = 1000,
  delivery?: Omit<DeliveryDeps, 'contactsOf'>,
): () => void {
  const relay = createOutboxRelay(store, logger, clock, delivery);
  const timer = setInterval(relay.tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
