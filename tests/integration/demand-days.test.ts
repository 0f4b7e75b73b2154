import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { REGIONS } from '../../shared/data/local-authorities.js';
import { summariseDemand } from '../../shared/domain/demand.js';
import { REFRESH_DAYS } from '../../shared/domain/requests.js';
import { DAY_MS } from '../../shared/domain/time.js';
import type { Period } from '../../shared/domain/usage.js';
import { key } from '../../shared/store/keys.js';
import { isServicePlacement } from '../../shared/store/records.js';
import { fixtureUsers, requestBody, testApp } from '../support/app.js';

// Demand keeps each closed day whose requests are all settled in one item (decision 0013). These
// tests hold what it reads, and what it answers, to reading every day afresh as it always did.

const HOLD_MINUTES = 30;
let now = new Date('2026-11-20T10:00:00Z');
let app: App;
const { la, provider, commissioner } = fixtureUsers(() => app);
const ENGLAND = REGIONS.map((r) => r.code);
const PERIOD: Period = { from: '2026-11-19', to: '2026-11-24' };

beforeAll(async () => {
  app = await testApp({ clock: () => now, holdMinutes: HOLD_MINUTES });
});
afterAll(() => app.stop());

const at = (iso: string) => {
  now = new Date(iso);
};
const newRequest = async () => (await la.post('/v1/requests', requestBody())).body.id as string;
const hold = async (requestId: string) =>
  (await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' })).body.id as string;

/** Every day read afresh: what GET /v1/demand read before days were kept. */
async function afresh(period: Period) {
  const { store } = app;
  const holdsSince = new Date(
    Date.parse(`${period.from}T00:00:00Z`) - Math.max(HOLD_MINUTES * 60_000, DAY_MS),
  ).toISOString();
  const referralsSince = new Date(
    Date.parse(`${period.from}T00:00:00Z`) - REFRESH_DAYS * DAY_MS,
  ).toISOString();
  const [requests, holds, referrals] = await Promise.all([
    store.requests.createdBetween(period.from, period.to),
    store.holds.createdBetween(holdsSince, period.to),
    store.referrals.createdBetween(referralsSince, period.to),
  ]);
  const declines = [...holds, ...referrals].flatMap((h) =>
    h.status === 'declined' && h.declineReason && h.decidedAt
      ? [
          {
            stream: h.stream,
            homeRegionCode: h.homeRegionCode,
            declineReason: h.declineReason,
            decidedAt: h.decidedAt,
          },
        ]
      : [],
  );
  return { requests, declines };
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
const byTime = <T extends { decidedAt: string }>(xs: T[]) =>
  [...xs].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
const inPeriod = (iso: string) => iso.slice(0, 10) >= PERIOD.from && iso.slice(0, 10) <= PERIOD.to;

async function keptDays(): Promise<string[]> {
  const out = await app.store.db.query({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': key.demandDay('x').pk },
    ConsistentRead: true,
  });
  return (out.Items ?? []).map((i) => i.sk as string).sort();
}

/** The endpoint and its inputs both equal reading every day afresh; returns the days kept since. */
async function sameAsAfresh() {
  const before = await afresh(PERIOD);
  const res = await commissioner.get(`/v1/demand?from=${PERIOD.from}&to=${PERIOD.to}`);
  expect(res.status).toBe(200);
  const placements = (await app.store.placements.startedBy(now.toISOString().slice(0, 10))).filter(
    isServicePlacement,
  );
  const expected = summariseDemand({ ...before, placements, period: PERIOD, regions: ENGLAND, now });
  const { generatedAt: _g, ...served } = res.body;
  const figuresOnly = (b: unknown) =>
    JSON.parse(JSON.stringify(b), (k, v) => (k === 'regionName' || k === 'department' ? undefined : v));
  expect(figuresOnly(served)).toEqual(figuresOnly(expected));
  // The inputs themselves, not only the (mostly withheld, small-number) figures.
  const read = await app.store.demandDays.inputs(PERIOD, now, HOLD_MINUTES);
  expect(byId(read.requests)).toEqual(byId(before.requests.filter((r) => inPeriod(r.createdAt))));
  expect(byTime(read.declines)).toEqual(byTime(before.declines.filter((d) => inPeriod(d.decidedAt))));
  return keptDays();
}

describe('demand read from kept days', () => {
  const ids: Record<string, string> = {};

  it('keeps nothing while every day with requests is open, or not closed an hour', async () => {
    at('2026-11-20T10:00:00Z');
    ids.placed = await newRequest();
    ids.withdrawn = await newRequest();
    ids.open = await newRequest();
    const h = await hold(ids.placed);
    expect((await provider.post(`/v1/holds/${h}/accept`, {})).status).toBe(201);
    expect(
      (await la.post(`/v1/requests/${ids.withdrawn}/withdraw`, { outcome: 'no_longer_needed' })).status,
    ).toBe(200);
    // Made just before midnight, held and placed just after: the day it counts in is the day made.
    at('2026-11-20T23:50:00Z');
    ids.lateNight = await newRequest();
    at('2026-11-21T00:10:00Z');
    const late = await hold(ids.lateNight);
    expect((await provider.post(`/v1/holds/${late}/accept`, {})).status).toBe(201);
    // A decline on the 21st.
    at('2026-11-21T09:00:00Z');
    ids.declined = await newRequest();
    const d = await hold(ids.declined);
    expect((await provider.post(`/v1/holds/${d}/decline`, { reason: 'staffing' })).status).toBeLessThan(300);
    expect(
      (await la.post(`/v1/requests/${ids.declined}/withdraw`, { outcome: 'placed_secure_elsewhere' })).status,
    ).toBe(200);
    // 00:30 on the 22nd: the 21st ended less than an hour ago.
    at('2026-11-22T00:30:00Z');
    // The 19th (empty, closed) is kept; the 20th has an open request; the 21st is not settled an hour.
    expect(await sameAsAfresh()).toEqual(['2026-11-19']);
  });

  it('keeps a day once it has been over an hour and all its requests are settled', async () => {
    at('2026-11-22T01:00:00Z');
    expect(await sameAsAfresh()).toEqual(['2026-11-19', '2026-11-21']);
  });

  it('keeps the day of a request still open only once it is settled, and answers the same before and after', async () => {
    at('2026-11-22T09:00:00Z');
    expect(await sameAsAfresh()).toEqual(['2026-11-19', '2026-11-21']);
    expect((await la.post(`/v1/requests/${ids.open}/withdraw`, { outcome: 'other' })).status).toBe(200);
    expect(await sameAsAfresh()).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
    // Read again from the kept days alone.
    expect(await sameAsAfresh()).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
  });

  it('stays exact when a kept day’s placement is stepped down and discharged late', async () => {
    at('2026-11-23T11:00:00Z');
    const placements = (await provider.get('/v1/placements?status=active')).body.items as {
      id: string;
      requestId: string;
    }[];
    const placed = placements.find((p) => p.requestId === ids.placed);
    expect(placed).toBeDefined();
    const id = (placed as { id: string }).id;
    expect(
      (
        await la.post(`/v1/placements/${id}/step-down-ready`, {
          readyFrom: '2026-11-20',
          plannedDestination: 'foster_care',
        })
      ).status,
    ).toBe(200);
    expect(await sameAsAfresh()).toContain('2026-11-20');
    expect((await la.post(`/v1/placements/${id}/discharge`, { destination: 'foster_care' })).status).toBe(
      200,
    );
    expect(await sameAsAfresh()).toContain('2026-11-22');
  });

  it('counts the open current day at once and never keeps it', async () => {
    at('2026-11-24T08:00:00Z');
    const before = (await afresh(PERIOD)).requests.length;
    ids.today = await newRequest();
    const kept = await sameAsAfresh();
    expect((await afresh(PERIOD)).requests.length).toBe(before + 1);
    expect(kept).not.toContain('2026-11-24');
    expect(kept).toEqual(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
  });
});
