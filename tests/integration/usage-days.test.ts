import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { REGIONS } from '../../shared/data/local-authorities.js';
import type { Period } from '../../shared/domain/usage.js';
import { summariseUsage } from '../../shared/domain/usage.js';
import { tallyOfPlacements, type UsageTallyRow } from '../../shared/domain/usage-days.js';
import { key } from '../../shared/store/keys.js';
import { fixtureUsers, requestBody, testApp } from '../support/app.js';

// Usage keeps each closed night in one item (decision 0015). These tests hold what it reads, and
// what it answers, to reading every placement afresh as it always did.

let now = new Date('2026-11-10T10:00:00Z');
let app: App;
const { la, provider, commissioner } = fixtureUsers(() => app);
const ENGLAND = REGIONS.map((r) => r.code);
const MONTH: Period = { from: '2026-11-01', to: '2026-11-30' };

beforeAll(async () => {
  app = await testApp({ clock: () => now });
});
afterAll(() => app.stop());

const at = (iso: string) => {
  now = new Date(iso);
};

/** A child placed in fx-leeds now (a request, a hold, the provider's acceptance); its placement id. */
async function place(): Promise<string> {
  const request = (await la.post('/v1/requests', requestBody())).body.id as string;
  const hold = await la.post('/v1/holds', { requestId: request, unitId: 'fx-leeds' });
  expect(hold.status).toBe(201);
  const accepted = await provider.post(`/v1/holds/${hold.body.id}/accept`, {});
  expect(accepted.status).toBe(201);
  const placements = (await provider.get('/v1/placements?status=active')).body.items as {
    id: string;
    requestId: string;
  }[];
  return (placements.find((p) => p.requestId === request) as { id: string }).id;
}

const sorted = (rows: readonly UsageTallyRow[]) =>
  [...rows].sort((a, b) =>
    `${a.stream}${a.regionCode}${a.contractedTo}`.localeCompare(
      `${b.stream}${b.regionCode}${b.contractedTo}`,
    ),
  );

async function keptNights(): Promise<string[]> {
  const out = await app.store.db.query({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': key.usageDay('x').pk },
    ConsistentRead: true,
  });
  return (out.Items ?? [])
    .map((i) => i.sk as string)
    .filter((sk) => sk !== key.usageEpoch.sk)
    .sort();
}

/**
 * The endpoint and its input both equal reading every placement afresh, for `period`; returns
 * whether the call read the placements at all, and the nights kept since.
 */
async function sameAsAfresh(period: Period) {
  const placements = await app.store.placements.startedBy(period.to);
  const res = await commissioner.get(`/v1/usage?from=${period.from}&to=${period.to}`);
  expect(res.status).toBe(200);
  const contractedBeds = Object.fromEntries(
    (res.body.byDepartment as { department: string; contractedBeds: number }[]).map((d) => [
      d.department,
      d.contractedBeds,
    ]),
  ) as Parameters<typeof summariseUsage>[0]['contractedBeds'];
  const expected = summariseUsage({
    placements,
    pooledPlaces: res.body.pooledPlaces,
    contractedBeds,
    period,
    regions: ENGLAND,
    now,
  });
  const { generatedAt: _g, sharesIllustrative: _s, ...served } = res.body;
  const figuresOnly = (b: unknown) =>
    JSON.parse(JSON.stringify(b), (k, v) => (k === 'regionName' ? undefined : v));
  expect(figuresOnly(served)).toEqual(figuresOnly(expected));
  // The inputs themselves, not only the (mostly withheld, small-number) figures.
  const read = await app.store.usageDays.tally(period, now);
  expect(sorted(read.rows)).toEqual(sorted(tallyOfPlacements(placements, period, now)));
  return { readPlacements: read.readPlacements, kept: await keptNights() };
}

describe('usage read from kept nights', () => {
  const ids: Record<string, string> = {};

  it('keeps every night over an hour ago, and answers from them alone the next time', async () => {
    at('2026-11-03T09:00:00Z');
    ids.a = await place();
    ids.b = await place();
    at('2026-11-04T23:50:00Z');
    ids.late = await place(); // arrives just before midnight: the 4th is its first night
    at('2026-11-05T08:00:00Z');
    expect((await provider.post(`/v1/placements/${ids.b}/discharge`, { destination: 'home' })).status).toBe(
      200,
    );
    at('2026-11-05T10:00:00Z');
    ids.sameDay = await place();
    expect(
      (await provider.post(`/v1/placements/${ids.sameDay}/discharge`, { destination: 'home' })).status,
    ).toBe(200); // arrived and left on the 5th: no night, in no figure
    at('2026-11-06T00:30:00Z');
    // The 5th ended half an hour ago: read afresh, not kept.
    let read = await sameAsAfresh(MONTH);
    expect(read.readPlacements).toBe(true);
    expect(read.kept).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
    at('2026-11-06T02:00:00Z');
    read = await sameAsAfresh(MONTH);
    expect(read.kept).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    // Every night before today is kept: the next read does not touch the placements.
    read = await sameAsAfresh(MONTH);
    expect(read.readPlacements).toBe(false);
  });

  it('stays exact across discharges and arrivals after a night was kept, for any period', async () => {
    at('2026-11-08T12:00:00Z');
    expect((await provider.post(`/v1/placements/${ids.a}/discharge`, { destination: 'home' })).status).toBe(
      200,
    );
    ids.c = await place();
    at('2026-11-12T03:00:00Z');
    for (const period of [
      MONTH,
      { from: '2026-11-04', to: '2026-11-04' },
      { from: '2026-11-05', to: '2026-11-09' },
      { from: '2026-10-01', to: '2026-11-12' },
      { from: '2026-11-12', to: '2026-11-20' }, // from today: no night is over yet
    ])
      await sameAsAfresh(period);
    expect((await sameAsAfresh(MONTH)).readPlacements).toBe(false);
  });

  it('retires kept nights when a placement is recorded with a start in the past, and keeps them again later', async () => {
    at('2026-11-12T09:00:00Z');
    const beds = (await provider.get('/v1/units/fx-leeds/beds')).body.items as {
      id: string;
      state: string;
      eligibleStreams: string[];
    }[];
    const bed = beds.find((b) => b.state === 'available') as (typeof beds)[number];
    const recorded = await provider.post('/v1/units/fx-leeds/external-placements', {
      bedId: bed.id,
      stream: bed.eligibleStreams[0],
      since: '2026-11-02',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    // The nights kept before it lacked this child: none of them is used now, and none is kept
    // again while the index may not yet show the placement.
    const read = await sameAsAfresh(MONTH);
    expect(read.readPlacements).toBe(true);
    expect((await sameAsAfresh(MONTH)).readPlacements).toBe(true);
    // Two hours on, the endpoint's read keeps them again (under the new epoch), and the check's own
    // read after it finds every night kept.
    at('2026-11-12T11:00:00Z');
    expect((await sameAsAfresh(MONTH)).readPlacements).toBe(false);
  });

  it('answers a year from kept nights as it answers a month', async () => {
    at('2026-11-13T09:00:00Z');
    const year = { from: '2025-11-14', to: '2026-11-13' };
    // At most 99 nights are kept a call (each check here calls twice), so the first reads the
    // placements; within a few calls every night is kept and none does.
    const reads: boolean[] = [];
    for (let i = 0; i < 3; i++) reads.push((await sameAsAfresh(year)).readPlacements);
    expect(reads).toEqual([true, true, false]);
    const read = { kept: await keptNights() };
    expect(read.kept.filter((d) => d >= year.from && d <= year.to)).toHaveLength(364); // every night but tonight's
  });
});
