import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepRun } from '../../functions/sweeper.js';
import { CONSOLE_ACCESS, IDEMPOTENCY, TABLE_ACCESS, type TableAccess } from '../../infra/access.js';
import { streamBeds } from '../../shared/data/register.js';
import { localTokens } from '../../shared/http/auth.js';
import { makeDeps } from '../../shared/http/deps.js';
import { apiGatewayEvent } from '../../shared/http/event.js';
import { functionForGroup } from '../../shared/http/groups.js';
import { createRouter, type Router } from '../../shared/http/router.js';
import { DEPLOYED_ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';
import { Store } from '../../shared/store/index.js';
import { index, key } from '../../shared/store/keys.js';
import { seedUnits } from '../../shared/store/seed.js';
import { ensureTable } from '../../shared/store/table.js';
import { endpoint, FIXTURE_UNITS, freshTable, requestBody } from '../support/app.js';
import { newUnitBody } from '../support/new-unit.js';
import { stringLike, TableAccessRecorder, type Touch } from '../support/table-access.js';

/**
 * The IAM grants of infra/access.ts, checked against what the code really does: every deployed
 * route is called (in process, through the one router) and every table call it makes is recorded
 * with the function API Gateway would send it to; the sweeper and the notifier run too. A call a
 * function's grant would deny deployed (a partition, or a kind of call, it does not name) fails
 * here, by name, before it fails in AWS.
 */

const LA = 'E08000025';
const PROVIDER = 'fx-provider-a';
const UNIT = 'fx-leeds';
const recorder = new TableAccessRecorder();
let store: Store;
let router: Router;
let tokens: Awaited<ReturnType<typeof localTokens>>;
const called = new Map<string, number>();

const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const pattern = (path: string) => new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
function routeOf(method: string, path: string): RouteDef {
  const found = DEPLOYED_ROUTES.find((r) => r.method === method && pattern(r.path).test(path));
  if (!found) throw new Error(`no deployed route for ${method} ${path}`);
  return found;
}

interface Res {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
  body: any;
}

/** One API call as `role` of `org`, run as the function API Gateway sends its route to. */
async function call(
  role: string,
  org: string,
  method: string,
  url: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<Res> {
  const [path = url, query = ''] = url.split('?');
  const route = routeOf(method, path);
  const fn = functionForGroup(route.group) ?? 'local';
  const token = await tokens.mint({ role: role as 'la', org });
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...extra };
  if (method === 'POST' && headers['idempotency-key'] === undefined)
    headers['idempotency-key'] = crypto.randomUUID();
  if (body !== undefined) headers['content-type'] = 'application/json';
  const event = apiGatewayEvent({
    method,
    path,
    resource: route.path,
    headers,
    query: new URLSearchParams(query),
    body: body === undefined ? null : JSON.stringify(body),
    sourceIp: '192.0.2.1',
  });
  const reply = await recorder.as(fn, () => router.handle(event));
  const status = reply.statusCode;
  if (status >= 200 && status < 300) called.set(routeKey(route), status);
  return { status, body: reply.body ? JSON.parse(reply.body) : undefined };
}
const la = (m: string, p: string, b?: unknown, h?: Record<string, string>) => call('la', LA, m, p, b, h);
const provider = (m: string, p: string, b?: unknown, h?: Record<string, string>) =>
  call('provider', PROVIDER, m, p, b, h);
const coordinator = (m: string, p: string, b?: unknown, h?: Record<string, string>) =>
  call('coordinator', 'national', m, p, b, h);
const commissioner = (m: string, p: string) => call('commissioner', 'DfE', m, p);

async function ok(res: Promise<Res>): Promise<Res> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r;
}
const newRequest = async () =>
  (await ok(la('POST', '/v1/requests', requestBody({ homeLaCode: LA })))).body.id as string;
const newHold = async () =>
  (await ok(la('POST', '/v1/holds', { requestId: await newRequest(), unitId: UNIT }))).body.id as string;
const newReferral = async () =>
  (await ok(la('POST', '/v1/referrals', { requestId: await newRequest(), unitIds: [UNIT] }))).body.items[0]
    .id as string;
const newPlacement = async () =>
  (await ok(provider('POST', `/v1/holds/${await newHold()}/accept`, {}))).body.id as string;
const freeBed = async () => {
  const beds = await ok(provider('GET', `/v1/units/${UNIT}/beds`));
  return beds.body.items.find((b: { state: string }) => b.state === 'available') as {
    id: string;
    etag: string;
  };
};

beforeAll(async () => {
  const tableName = freshTable();
  store = new Store({ tableName, endpoint: endpoint() });
  recorder.attach(store.db.client);
  await ensureTable(store.db.client, tableName);
  // The walk makes a dozen holds and placements at one home: give it the beds for them.
  const units = FIXTURE_UNITS.map((u) => (u.id === UNIT ? { ...u, beds: streamBeds({ welfare: 30 }) } : u));
  await seedUnits(store.db, units, { now: new Date(), profile: 'free' });
  tokens = await localTokens();
  const deps = makeDeps({ tableName, store, verifier: tokens });
  router = createRouter(DEPLOYED_ROUTES, deps);

  // Every deployed route, as a role allowed it, on records that exist.
  await ok(call('la', LA, 'GET', '/health'));
  for (const p of [`/v1/units`, `/v1/units/${UNIT}`, `/v1/units/${UNIT}/beds`, '/v1/pool-rules']) {
    await ok(coordinator('GET', p));
  }
  let bed = await freeBed();
  await ok(
    provider('PUT', `/v1/units/${UNIT}/beds/${bed.id}`, { state: 'available' }, { 'if-match': bed.etag }),
  );
  bed = await freeBed();
  await ok(
    provider('PUT', `/v1/units/${UNIT}/beds`, {
      beds: [{ id: bed.id, etag: bed.etag, state: 'available' }],
    }),
  );
  const unit = await ok(provider('GET', `/v1/units/${UNIT}`));
  await ok(
    provider(
      'PATCH',
      `/v1/units/${UNIT}`,
      { dutyContact: { phone: '01632 960 000', email: 'duty@example.org', hours: '24 hours' } },
      { 'if-match': unit.body.etag },
    ),
  );
  // A change to a fact matching orders by also moves the register's epoch (decision 0009).
  const contacted = await ok(provider('GET', `/v1/units/${UNIT}`));
  await ok(
    coordinator(
      'PATCH',
      `/v1/units/${UNIT}`,
      { specialisms: [...contacted.body.specialisms, 'physical_health'] },
      { 'if-match': contacted.body.etag },
    ),
  );
  await ok(provider('POST', `/v1/units/${UNIT}/confirm`, {}));
  bed = await freeBed();
  await ok(
    provider('POST', `/v1/units/${UNIT}/external-placements`, {
      bedId: bed.id,
      stream: 'welfare',
      since: '2026-01-01',
    }),
  );
  await ok(
    coordinator(
      'POST',
      '/v1/units',
      newUnitBody({
        id: 'ta-new-unit',
        name: 'Table-access new unit (illustrative)',
        providerId: 'ta-provider-new',
        providerName: 'Table-access provider (illustrative)',
      }),
    ),
  );
  await ok(call('la', LA, 'GET', '/fhir/r4/metadata'));
  await ok(provider('GET', `/fhir/r4/Location?partof=${UNIT}`));
  await ok(provider('GET', '/fhir/r4/Location'));
  await ok(provider('GET', `/fhir/r4/Location/${UNIT}`));
  await ok(commissioner('GET', '/fhir/r4/MeasureReport'));
  // Twice: the first reads every counter, a later one only the stamps that moved (decision 0013).
  await ok(commissioner('GET', '/fhir/r4/MeasureReport'));
  await ok(coordinator('PUT', '/v1/pool-rules', { rules: [{ department: 'MoJ', release: 'always' }] }));

  const requestId = await newRequest();
  await ok(la('GET', '/v1/requests'));
  await ok(provider('GET', '/v1/requests'));
  await ok(la('GET', `/v1/requests/${requestId}`));
  await ok(la('GET', `/v1/requests/${requestId}/matches`));
  await ok(la('POST', `/v1/requests/${requestId}/refresh`, { reviewed: true }));
  const withdrawn = await newRequest();
  await ok(la('POST', `/v1/requests/${withdrawn}/withdraw`, { outcome: 'no_longer_needed' }));
  await ok(la('GET', '/v1/notifications'));
  await ok(provider('GET', '/v1/notifications'));

  const holdId = await newHold();
  await ok(la('GET', '/v1/holds'));
  await ok(provider('GET', '/v1/holds'));
  await ok(la('GET', `/v1/holds/${holdId}`));
  const declined = await newHold();
  await ok(provider('POST', `/v1/holds/${declined}/decline`, { reason: 'staffing' }));
  await ok(la('DELETE', `/v1/holds/${await newHold()}`));
  const placementId = await newPlacement();
  await ok(la('GET', '/v1/placements'));
  await ok(provider('GET', '/v1/placements'));
  await ok(la('GET', `/v1/placements/${placementId}`));
  await ok(
    la('POST', `/v1/placements/${placementId}/legal-authority`, {
      basis: 's25_order',
      from: new Date().toISOString(),
      until: new Date(Date.now() + 3_600_000).toISOString(),
    }),
  );
  await ok(
    provider('POST', `/v1/placements/${placementId}/step-down-ready`, {
      readyFrom: new Date().toISOString().slice(0, 10),
      plannedDestination: 'foster_care',
    }),
  );
  const discharged = await newPlacement();
  await ok(provider('POST', `/v1/placements/${discharged}/discharge`, { destination: 'home' }));

  const referralId = await newReferral();
  await ok(la('GET', '/v1/referrals'));
  await ok(provider('GET', '/v1/referrals'));
  await ok(provider('GET', `/v1/referrals/${referralId}`));
  await ok(provider('POST', `/v1/referrals/${await newReferral()}/decline`, { reason: 'staffing' }));
  await ok(provider('POST', `/v1/referrals/${referralId}/offer`, {}));
  await ok(la('POST', `/v1/referrals/${referralId}/accept`, {}));

  // The branches the first pass missed: a provider reading a request through its hold, its
  // placement and its referral; a withdrawal that withdraws live referrals with it.
  const held = await ok(la('GET', `/v1/holds/${await newHold()}`));
  await ok(provider('GET', `/v1/requests/${held.body.requestId}`));
  const referred = await ok(provider('GET', `/v1/referrals/${referralId}`));
  await ok(provider('GET', `/v1/requests/${referred.body.requestId}`));
  const open = await ok(provider('GET', `/v1/referrals/${await newReferral()}`));
  await ok(la('POST', `/v1/requests/${open.body.requestId}/withdraw`, { outcome: 'no_longer_needed' }));

  // Idempotency records: a retry reads the first answer back; work that fails deletes its record.
  const twice = async (send: (h: Record<string, string>) => Promise<Res>) => {
    const h = { 'idempotency-key': crypto.randomUUID() };
    await ok(send(h));
    await ok(send(h));
  };
  const body = requestBody({ homeLaCode: LA });
  await twice((h) => la('POST', '/v1/requests', body, h));
  const forHold = { requestId: await newRequest(), unitId: UNIT };
  await twice((h) => la('POST', '/v1/holds', forHold, h));
  await twice((h) => provider('POST', `/v1/units/${UNIT}/confirm`, {}, h));
  const order = {
    basis: 's25_order',
    from: new Date().toISOString(),
    until: new Date(Date.now() + 7_200_000).toISOString(),
  };
  await twice((h) => la('POST', `/v1/placements/${placementId}/legal-authority`, order, h));
  const failed = [
    await la('POST', `/v1/requests/${withdrawn}/withdraw`, { outcome: 'no_longer_needed' }),
    await provider('POST', `/v1/holds/${declined}/decline`, { reason: 'staffing' }),
    await provider('POST', '/v1/units/fx-exeter/confirm', {}),
    await provider('POST', `/v1/placements/${discharged}/discharge`, { destination: 'home' }),
  ];
  expect(failed.map((r) => r.status >= 400)).toEqual([true, true, true, true]);

  for (const p of ['/v1/capacity', '/v1/usage', '/v1/demand']) await ok(commissioner('GET', p));
  // Coordinators' national lists: the time index finds them, the records are read by key.
  for (const p of [
    '/v1/requests?status=open',
    '/v1/holds?status=declined',
    '/v1/placements?status=active',
    '/v1/referrals?status=pending',
  ])
    await ok(coordinator('GET', p));
  await ok(coordinator('GET', `/v1/audit?entity=${UNIT}`));
  await ok(coordinator('GET', `/v1/contacts/${PROVIDER}`));
  await ok(
    coordinator(
      'PUT',
      `/v1/contacts/${PROVIDER}`,
      { email: [{ address: 'duty@example.org' }] },
      { 'if-match': '"0"' },
    ),
  );

  // The sweeper, a day on: the live hold lapses, the legal authority has ended, requests go quiet.
  const quiet = { addMetric: () => undefined, publishStoredMetrics: () => undefined };
  const later = new Date(Date.now() + 2 * 86_400_000);
  const swept = await recorder.as('sweeper', () => sweepRun(store, quiet, undefined, later));
  expect(
    swept.expired + swept.authorityNotices + swept.requestsReminded + swept.requestsLapsed,
  ).toBeGreaterThan(0);
  // Usage, two days on: the epoch the external placement moved has settled, so closed nights are
  // kept (a ConditionCheck of the epoch and Puts, in commissioning's own partition).
  const days = { from: new Date().toISOString().slice(0, 10), to: later.toISOString().slice(0, 10) };
  const usage = await recorder.as('commissioning', () => store.usageDays.tally(days, later));
  expect(usage.readPlacements).toBe(true);
  // The notifier reads who to tell.
  await recorder.as('notify', () => store.contacts.get(PROVIDER));
}, 240_000);

afterAll(() => store.db.client.destroy());

const allowed = (access: TableAccess, t: Touch) =>
  (t.access === 'read'
    ? access.read
    : t.access === 'write'
      ? access.write
      : t.access === 'delete'
        ? (access.delete ?? [])
        : []
  ).some((p) => stringLike(p, t.leadingKey));

describe('each function’s table grant (infra/access.ts)', () => {
  it('the walk called every deployed route successfully', () => {
    expect(DEPLOYED_ROUTES.map(routeKey).filter((k) => !called.has(k))).toEqual([]);
  });

  it('allows every table call each function made, and nothing was a scan or a batch write', () => {
    const denied = recorder.touches
      .filter((t) => !allowed(TABLE_ACCESS[t.fn as keyof typeof TABLE_ACCESS], t))
      .map((t) => `${t.fn}: ${t.access} ${t.leadingKey} (${t.command})`);
    expect([...new Set(denied)]).toEqual([]);
    expect(recorder.touches.length).toBeGreaterThan(100);
  });

  it('names no partition no function touched (each grant is as narrow as the code)', () => {
    // Powertools Gets an idempotency record only if a failed conditional Put came back without
    // the old item, which DynamoDB always returns: granted for safety, never seen.
    const unused: string[] = [];
    for (const [fn, access] of Object.entries(TABLE_ACCESS)) {
      const mine = recorder.touches.filter((t) => t.fn === fn);
      for (const kind of ['read', 'write', 'delete'] as const) {
        for (const p of access[kind] ?? []) {
          if (kind === 'read' && p === IDEMPOTENCY) continue;
          if (!mine.some((t) => t.access === kind && stringLike(p, t.leadingKey)))
            unused.push(`${fn}: ${kind} ${p}`);
        }
      }
    }
    expect(unused).toEqual([]);
  });

  it('gives the console what every route function has, plus its sessions and signing secret', () => {
    for (const t of recorder.touches.filter((x) => x.fn !== 'sweeper' && x.fn !== 'notify')) {
      expect(allowed(CONSOLE_ACCESS, t), `${t.access} ${t.leadingKey}`).toBe(true);
    }
    const session = key.consoleSession('h').pk;
    expect(CONSOLE_ACCESS.read.some((p) => stringLike(p, session))).toBe(true);
    expect(CONSOLE_ACCESS.write.some((p) => stringLike(p, session))).toBe(true);
    expect((CONSOLE_ACCESS.delete ?? []).some((p) => stringLike(p, session))).toBe(true);
    expect(CONSOLE_ACCESS.write.some((p) => stringLike(p, key.consoleSecret().pk))).toBe(true);
    expect(CONSOLE_ACCESS.read).not.toContain('*');
  });

  it('grants every partition keys.ts defines to some function, and commissioning no child-level record', () => {
    const keys = [
      key.unit('u').pk,
      key.unitCounter('u').pk,
      key.poolRules.pk,
      key.request('r').pk,
      key.hold('h').pk,
      key.placement('p').pk,
      key.referral('f').pk,
      key.inbox('la#x', 't', 'i').pk,
      key.audit('e', 't', 'i').pk,
      key.contacts('o').pk,
      ...Object.values(index).map((v) => (typeof v === 'function' ? v('x') : v)),
    ];
    // `AUDITDAY#<day>` is read only locally (the outbox relay); deployed, the table's stream carries the events.
    const local = [index.auditByDay('x')];
    const granted = [...Object.values(TABLE_ACCESS).flatMap((a) => a.read), ...local];
    expect(keys.filter((k) => !granted.some((p) => stringLike(p, k)))).toEqual([]);
    for (const child of [
      key.request('r').pk,
      key.hold('h').pk,
      key.placement('p').pk,
      key.referral('f').pk,
    ]) {
      expect(
        TABLE_ACCESS.commissioning.read.some((p) => stringLike(p, child)),
        child,
      ).toBe(false);
    }
  });
});
