import { NotifyClient } from 'notifications-node-client';
import type { DeliveryDeps, NotifySender } from './deliver.js';
import { postJson } from './deliver.js';
import { parseTemplates } from './templates.js';

/** GOV.UK Notify's client at `baseUrl` (Notify's own API when deployed; a recorder in tests). */
export function notifySender(
  apiKey: string,
  baseUrl = 'https://api.notifications.service.gov.uk',
): NotifySender {
  return new NotifyClient(baseUrl, apiKey) as unknown as NotifySender;
}

/**
 * Delivery settings from the environment: `NOTIFY_API_KEY` (and, locally, `NOTIFY_BASE_URL`),
 * `NOTIFY_TEMPLATES` (JSON, see templates.ts) and `CONSOLE_URL`. Without a key nothing is sent
 * through Notify; webhooks still are.
 */
export function deliveryFromEnv(
  env: NodeJS.ProcessEnv,
  apiKey = env.NOTIFY_API_KEY,
): Omit<DeliveryDeps, 'contactsOf'> {
  return {
    notify: apiKey ? notifySender(apiKey, env.NOTIFY_BASE_URL || undefined) : undefined,
    templates: parseTemplates(env.NOTIFY_TEMPLATES),
    consoleUrl: env.CONSOLE_URL ?? 'http://localhost:3000',
    postWebhook: (url, body) => postJson(url, body),
  };
}
