import { decodeProtectedHeader, jwtVerify } from 'jose';
import { NotifyClient } from 'notifications-node-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifySender } from '../../shared/notify/client.js';
import { type Recorded, recorder } from '../support/notify-recorder.js';

/**
 * Our Notify sender is a few lines of `fetch` and `jose` instead of GOV.UK Notify's own client
 * (decision 0015). That client is the reference for what Notify accepts: here both send the same
 * messages to one recorder, and every request must match the reference's in method, path, body,
 * content type and signed token. If either side changes, this fails.
 */

// Illustrative key in Notify's format: `<key name>-<service id>-<secret>`.
const SERVICE_ID = '7d3c2a10-5b1e-4c6f-9a2d-3e4f5a6b7c8d';
const SECRET = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const API_KEY = `team_and_guest-${SERVICE_ID}-${SECRET}`;
const EMAIL_TEMPLATE = '55555555-5555-4555-8555-555555555555';
const SMS_TEMPLATE = '66666666-6666-4666-8666-666666666666';

let notify: Awaited<ReturnType<typeof recorder>>;
beforeAll(async () => {
  notify = await recorder();
});
afterAll(() => notify.server.close());

/** The two requests (ours, the reference's) a pair of sends produced, in that order. */
async function both(
  send: (s: Pick<ReturnType<typeof notifySender>, 'sendEmail' | 'sendSms'>) => Promise<unknown>,
) {
  notify.requests.length = 0;
  await send(notifySender(API_KEY, notify.url));
  await send(new NotifyClient(notify.url, API_KEY));
  expect(notify.requests).toHaveLength(2);
  return notify.requests as [Recorded, Recorded];
}

/** What a token claims, once verified with the key's secret as Notify verifies it. */
async function claims(r: Recorded) {
  const token = r.authorization.replace(/^Bearer /, '');
  const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { algorithms: ['HS256'] });
  return { header: decodeProtectedHeader(token), iss: payload.iss, claimed: Object.keys(payload).sort() };
}

async function expectAlike(ours: Recorded, reference: Recorded) {
  expect(ours.method).toBe(reference.method);
  expect(ours.path).toBe(reference.path);
  expect(ours.body).toEqual(reference.body);
  expect(ours.contentType.split(';')[0]).toBe(reference.contentType.split(';')[0]);
  const [a, b] = [await claims(ours), await claims(reference)];
  expect(a).toEqual(b);
  expect(a.iss).toBe(SERVICE_ID);
  expect(a.claimed).toEqual(['iat', 'iss']);
}

describe('our Notify sender against GOV.UK Notify’s own client', () => {
  it('sends an email as the reference does', async () => {
    const [ours, reference] = await both((s) =>
      s.sendEmail(EMAIL_TEMPLATE, 'duty@provider.example.org', {
        personalisation: { event: 'hold.created', link: 'https://console.example.gov.uk/holds/h-1' },
        reference: 'evt-0001',
      }),
    );
    await expectAlike(ours, reference);
    expect(ours.body).toMatchObject({
      template_id: EMAIL_TEMPLATE,
      email_address: 'duty@provider.example.org',
    });
  });

  it('sends a text message as the reference does', async () => {
    const [ours, reference] = await both((s) =>
      s.sendSms(SMS_TEMPLATE, '07700900123', {
        personalisation: { event: 'referral.made' },
        reference: 'evt-0002',
      }),
    );
    await expectAlike(ours, reference);
    expect(ours.path).toBe('/v2/notifications/sms');
  });

  it('rejects when Notify refuses, as the reference does, so the event is retried', async () => {
    const failing = await recorder(['/v2/notifications/email']);
    try {
      const message = ['duty@provider.example.org', { personalisation: {}, reference: 'evt-0003' }] as const;
      await expect(
        notifySender(API_KEY, failing.url).sendEmail(EMAIL_TEMPLATE, ...message),
      ).rejects.toThrow();
      await expect(
        new NotifyClient(failing.url, API_KEY).sendEmail(EMAIL_TEMPLATE, ...message),
      ).rejects.toThrow();
      expect(failing.requests).toHaveLength(2);
    } finally {
      failing.server.close();
    }
  });
});
