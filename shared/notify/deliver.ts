import { createHash } from 'node:crypto';
import type { ContactsItem } from '../store/contacts.js';
import { type ChangeEvent, recipientOrgs, safeIds } from './events.js';
import { linkFor, type NotifyTemplates, templateFor } from './templates.js';

/** What the delivery sends through GOV.UK Notify (client.ts): an email or a text, by template. */
export interface NotifySender {
  sendEmail(templateId: string, emailAddress: string, options: SendOptions): Promise<unknown>;
  sendSms(templateId: string, phoneNumber: string, options: SendOptions): Promise<unknown>;
}
interface SendOptions {
  personalisation: Record<string, string>;
  reference: string;
}

export interface DeliveryDeps {
  contactsOf: (org: string) => Promise<ContactsItem>;
  notify?: NotifySender;
  templates: NotifyTemplates;
  consoleUrl: string;
  /** POSTs the ids-only event to a webhook; throws unless it answered 2xx. */
  postWebhook?: (url: string, body: unknown) => Promise<void>;
}

export interface Delivery {
  org: string;
  channel: 'email' | 'sms' | 'webhook';
  /** A hash of the address, for logs: the address itself is personal data. */
  to: string;
  ok: boolean;
  error?: string;
}

const hashOf = (address: string) => createHash('sha256').update(address).digest('hex').slice(0, 12);
const wants = (events: string[] | undefined, action: string) => !events || events.includes(action);

/**
 * Sends one change event to every contact of every organisation it names: email and SMS
 * through GOV.UK Notify (template by event type), webhooks as ids-only JSON. A message carries
 * the event type, the entity's id and a console link, never a childRef or any free text.
 * Each send is tried once here; the caller retries the event (SQS, or the relay's next tick)
 * when any failed, so delivery is at least once.
 */
export async function deliverChange(event: ChangeEvent, deps: DeliveryDeps): Promise<Delivery[]> {
  const ids = safeIds(event.ids);
  const personalisation = {
    event: event.action,
    entity: event.entityType,
    entityId: safeIds({ entityId: event.entity }).entityId ?? '',
    link: linkFor(deps.consoleUrl, event),
  };
  const reference = event.eventId;
  const out: Delivery[] = [];
  const attempt = async (
    org: string,
    channel: Delivery['channel'],
    address: string,
    send: () => Promise<unknown>,
  ) => {
    try {
      await send();
      out.push({ org, channel, to: hashOf(address), ok: true });
    } catch (error) {
      out.push({ org, channel, to: hashOf(address), ok: false, error: errorName(error) });
    }
  };
  for (const org of recipientOrgs(event.to)) {
    const contacts = await deps.contactsOf(org);
    const jobs: Promise<void>[] = [];
    const notify = deps.notify;
    const emailTemplate = templateFor(deps.templates, event.action, 'email');
    const smsTemplate = templateFor(deps.templates, event.action, 'sms');
    if (notify && emailTemplate) {
      for (const c of contacts.email.filter((c) => wants(c.events, event.action))) {
        jobs.push(
          attempt(org, 'email', c.address, () =>
            notify.sendEmail(emailTemplate, c.address, { personalisation, reference }),
          ),
        );
      }
    }
    if (notify && smsTemplate) {
      for (const c of contacts.sms.filter((c) => wants(c.events, event.action))) {
        jobs.push(
          attempt(org, 'sms', c.phone, () =>
            notify.sendSms(smsTemplate, c.phone, { personalisation, reference }),
          ),
        );
      }
    }
    const post = deps.postWebhook;
    if (post) {
      const body = {
        id: event.eventId,
        type: event.action,
        entity: event.entityType,
        entityId: personalisation.entityId,
        createdAt: event.at,
        ids,
      };
      for (const c of contacts.webhooks.filter((c) => wants(c.events, event.action))) {
        jobs.push(attempt(org, 'webhook', c.url, () => post(c.url, body)));
      }
    }
    await Promise.all(jobs);
  }
  return out;
}

/** A failure's kind and HTTP status, never its message (which can echo an address back). */
function errorName(error: unknown): string {
  const e = error as { name?: string; response?: { status?: number } };
  return [e?.name ?? 'Error', e?.response?.status].filter(Boolean).join(' ');
}

/** POSTs JSON to an https webhook with a short timeout; any non-2xx answer is a failure. */
export async function postJson(url: string, body: unknown, timeoutMs = 5000): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'secure-beds-notifier' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'error',
  });
  if (!res.ok)
    throw Object.assign(new Error('webhook refused'), {
      name: 'WebhookError',
      response: { status: res.status },
    });
}
