import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent } from 'aws-lambda';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processBatch } from '../../functions/notify.js';
import type { App } from '../../scripts/app.js';
import { createOutboxRelay } from '../../scripts/outbox-relay.js';
import { notifySender } from '../../shared/notify/client.js';
import { type DeliveryDeps, postJson } from '../../shared/notify/deliver.js';
import type { NotifyTemplates } from '../../shared/notify/templates.js';
import { as, type Client, requestBody, testApp } from '../support/app.js';
import { recorder } from '../support/notify-recorder.js';

// Illustrative Notify settings: a key in Notify's format (name-serviceId-secret) and template ids.
const SERVICE_ID = '0b9b1e8e-3c1f-4f43-9f7a-6a3c0f7c1e01';
const API_KEY = `local_test-${SERVICE_ID}-5f0d8a4b-6c55-4c5e-8d3e-2b1f1a9c7d22`;
const TEMPLATES: NotifyTemplates = {
  default: { email: '11111111-1111-4111-8111-111111111111', sms: '22222222-2222-4222-8222-222222222222' },
  byEvent: {
    'hold.created': {
      email: '33333333-3333-4333-8333-333333333333',
      sms: '44444444-4444-4444-8444-444444444444',
    },
  },
};
const CONSOLE = 'https://console.example.gov.uk';

let app: App;
let notify: Awaited<ReturnType<typeof recorder>>;
let coordinator: Client;
let la: Client;
const silent = new Logger({ logLevel: 'SILENT' });

beforeAll(async () => {
  notify = await recorder();
  app = await testApp();
  coordinator = as(app, 'coordinator', 'national');
  la = as(app, 'la', 'E08000025');
});
afterAll(async () => {
  await app.stop();
  notify.server.close();
});

const setContacts = async (org: string, body: Record<string, unknown>) => {
  const current = await coordinator.get(`/v1/contacts/${org}`);
  return coordinator.put(`/v1/contacts/${org}`, body, { 'if-match': current.headers.get('etag') ?? '"0"' });
};

describe('organisation contacts', () => {
  it('are set and read by coordinators, with If-Match, and audited', async () => {
    const empty = await coordinator.get('/v1/contacts/fx-provider-c');
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ email: [], sms: [], webhooks: [], etag: '"0"' });
    const body = { email: [{ address: 'duty@provider-c.example.org' }] };
    expect((await coordinator.put('/v1/contacts/fx-provider-c', body)).status).toBe(428);
    const first = await coordinator.put('/v1/contacts/fx-provider-c', body, { 'if-match': '"0"' });
    expect(first.status).toBe(200);
    expect(first.body.etag).toBe('"1"');
    expect((await coordinator.put('/v1/contacts/fx-provider-c', body, { 'if-match': '"0"' })).status).toBe(
      412,
    );
    const trail = await coordinator.get('/v1/audit?entity=contacts-fx-provider-c');
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['contacts.updated']);
  });

  it('are for coordinators only', async () => {
    expect((await la.get('/v1/contacts/E08000025')).status).toBe(403);
    expect((await as(app, 'provider', 'fx-provider-a').get('/v1/contacts/fx-provider-a')).status).toBe(403);
  });

  it('refuse a bad address, number or webhook with 400', async () => {
    for (const body of [
      { email: [{ address: 'not an address' }] },
      { sms: [{ phone: '020 7946 0000' }] },
      { webhooks: [{ url: 'http://insecure.example.org/hook' }] },
    ]) {
      const res = await coordinator.put('/v1/contacts/fx-provider-b', body, { 'if-match': '"0"' });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('a change event', () => {
  it('reaches the right organisation’s contacts through the Notify client, with ids and a link only', async () => {
    await setContacts('fx-provider-a', {
      email: [{ address: 'beds@provider-a.example.org' }],
      sms: [{ phone: '07700900123' }],
    });
    await setContacts('fx-provider-b', { email: [{ address: 'beds@provider-b.example.org' }] });
    const delivery: Omit<DeliveryDeps, 'contactsOf'> = {
      notify: notifySender(API_KEY, notify.url),
      templates: TEMPLATES,
      consoleUrl: CONSOLE,
      postWebhook: (url, body) => postJson(url, body),
    };
    const relay = createOutboxRelay(app.store, silent, () => new Date(), delivery);
    await relay.tick(); // the contacts changes notify no one
    notify.requests.length = 0;

    const request = requestBody();
    const made = await la.post('/v1/requests', request);
    const hold = await la.post('/v1/holds', { requestId: made.body.id, unitId: 'fx-leeds' });
    expect(hold.status).toBe(201);
    await relay.tick();

    const email = notify.requests.filter((r) => r.path === '/v2/notifications/email');
    const sms = notify.requests.filter((r) => r.path === '/v2/notifications/sms');
    expect(email.map((r) => r.body.email_address)).toEqual(['beds@provider-a.example.org']);
    expect(sms.map((r) => r.body.phone_number)).toEqual(['07700900123']);
    expect(email[0]?.body).toMatchObject({
      template_id: TEMPLATES.byEvent['hold.created']?.email,
      personalisation: {
        event: 'hold.created',
        entity: 'hold',
        entityId: hold.body.id,
        link: `${CONSOLE}/holds/${hold.body.id}`,
      },
    });
    expect(sms[0]?.body.template_id).toBe(TEMPLATES.byEvent['hold.created']?.sms);
    // Signed as Notify expects: an HS256 JWT issued by the service id, signed with the key's secret
    // (the last 36 characters), issued now.
    for (const r of [...email, ...sms]) {
      const token = r.authorization.replace(/^Bearer /, '');
      const { payload, protectedHeader } = await jwtVerify(
        token,
        new TextEncoder().encode(API_KEY.slice(-36)),
        {
          algorithms: ['HS256'],
          issuer: SERVICE_ID,
          maxTokenAge: '30s',
        },
      );
      expect(protectedHeader.alg).toBe('HS256');
      expect(payload.iat).toBeTypeOf('number');
    }
    expect(email[0]?.body.reference).toBeTypeOf('string');
    // Nothing about the child leaves, and nothing goes to provider B.
    const everything = JSON.stringify(notify.requests);
    expect(everything).not.toContain(request.childRef);
    expect(everything).not.toContain('provider-b');

    await relay.tick(); // an event is delivered once
    expect(notify.requests).toHaveLength(2);
  });

  it('is retried by the deployed notifier when Notify fails, and posted to webhooks as ids-only JSON', async () => {
    const failing = await recorder(['/v2/notifications/sms']);
    const hooks = await recorder();
    try {
      const contacts = {
        org: 'fx-provider-b',
        email: [{ address: 'beds@provider-b.example.org' }],
        sms: [{ phone: '07700900456' }],
        webhooks: [{ url: `${hooks.url}/hook` }],
        version: 1,
        updatedAt: null,
      };
      const deps: DeliveryDeps = {
        notify: notifySender(API_KEY, failing.url),
        templates: TEMPLATES,
        consoleUrl: CONSOLE,
        postWebhook: (url, body) => postJson(url, body),
        contactsOf: async (org) =>
          org === 'fx-provider-b' ? contacts : { ...contacts, org, email: [], sms: [], webhooks: [] },
      };
      // As the pipe's template writes it: `to` and `ids` in DynamoDB's typed JSON.
      const detail = {
        eventId: 'ev-1',
        entity: 'h-1',
        entityType: 'hold',
        action: 'hold.released',
        at: '2026-11-25T03:00:00.000Z',
        to: [{ S: 'provider:fx-provider-b' }],
        ids: { holdId: { S: 'h-1' }, requestId: { S: 'r-1' } },
      };
      const sqs = { Records: [{ messageId: 'm-1', body: JSON.stringify(detail) }] } as unknown as SQSEvent;
      const metrics = { addMetric: () => undefined, publishStoredMetrics: () => undefined };
      const out = await processBatch(sqs, deps, metrics, silent);
      expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
      expect(failing.requests.map((r) => r.path).sort()).toEqual([
        '/v2/notifications/email',
        '/v2/notifications/sms',
      ]);
      const email = failing.requests.find((r) => r.path === '/v2/notifications/email');
      expect(email?.body.template_id).toBe(TEMPLATES.default.email); // no template of its own: the default
      expect(hooks.requests).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: '/hook',
          body: {
            id: 'ev-1',
            type: 'hold.released',
            entity: 'hold',
            entityId: 'h-1',
            createdAt: '2026-11-25T03:00:00.000Z',
            ids: { holdId: 'h-1', requestId: 'r-1' },
          },
        }),
      ]);
    } finally {
      failing.server.close();
      hooks.server.close();
    }
  });
});
