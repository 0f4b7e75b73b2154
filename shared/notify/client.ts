import { SignJWT } from 'jose';
import type { DeliveryDeps, NotifySender } from './deliver.js';
import { postJson } from './deliver.js';
import { parseTemplates } from './templates.js';

/**
 * A GOV.UK Notify API key is `<key name>-<service id>-<secret>`, both ids UUIDs (36 characters):
 * read from the end, because the key's name may itself contain hyphens.
 */
function keyParts(apiKey: string): { serviceId: string; secret: Uint8Array } {
  return {
    serviceId: apiKey.slice(-73, -37),
    secret: new TextEncoder().encode(apiKey.slice(-36)),
  };
}

/**
 * GOV.UK Notify's REST API at `baseUrl` (Notify's own when deployed; a recorder in tests): two
 * documented POSTs, each signed with a fresh HS256 JWT issued by the service id (Notify refuses a
 * token more than 30 s old). Not `notifications-node-client`: it brings axios and mime-db, 270 KB
 * of the notifier's 494 KB bundle, for these two calls (decision 0015). Throws unless Notify
 * answered 2xx, as that client did, so the caller retries the event.
 */
export function notifySender(
  apiKey: string,
  baseUrl = 'https://api.notifications.service.gov.uk',
  timeoutMs = 10_000,
): NotifySender {
  const { serviceId, secret } = keyParts(apiKey);
  const post = async (path: string, body: Record<string, unknown>) => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(serviceId)
      .setIssuedAt()
      .sign(secret);
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'user-agent': 'secure-beds-notifier',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    // Notify's error body names the problem (e.g. BadRequestError); it never echoes the address.
    if (!res.ok)
      throw Object.assign(new Error(`Notify answered ${res.status}`), {
        name: 'NotifyError',
        response: { status: res.status },
      });
    return res.json() as Promise<unknown>;
  };
  return {
    sendEmail: (templateId, emailAddress, o) =>
      post('/v2/notifications/email', {
        template_id: templateId,
        email_address: emailAddress,
        personalisation: o.personalisation,
        reference: o.reference,
      }),
    sendSms: (templateId, phoneNumber, o) =>
      post('/v2/notifications/sms', {
        template_id: templateId,
        phone_number: phoneNumber,
        personalisation: o.personalisation,
        reference: o.reference,
      }),
  };
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
