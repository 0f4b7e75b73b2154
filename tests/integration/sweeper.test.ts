import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepInstant, sweepRun } from '../../functions/sweeper.js';
import type { App } from '../../scripts/app.js';
import { METRIC } from '../../shared/observability/metrics.js';
import { as, type Client, requestBody, testApp } from '../support/app.js';

const HOLD_MINUTES = 10;
let app: App;
let now = new Date('2026-11-25T03:00:00Z');
let la: Client;

/** Records what the sweeper reports, as Powertools Metrics would publish it. */
class Recorder {
  readonly published: Record<string, number>[] = [];
  private pending: Record<string, number> = {};
  addMetric(name: string, _unit: unknown, value: number) {
    this.pending[name] = value;
  }
  publishStoredMetrics() {
    this.published.push(this.pending);
    this.pending = {};
  }
}

beforeAll(async () => {
  // The local server's own sweep waits a day: the test runs every sweep itself.
  app = await testApp({ clock: () => now, holdMinutes: HOLD_MINUTES, sweepEverySeconds: 86_400 });
  la = as(app, 'la', 'E08000025');
});
afterAll(() => app.stop());

const hold = async () => {
  const request = (await la.post('/v1/requests', requestBody())).body.id as string;
  const made = await la.post('/v1/holds', { requestId: request, unitId: 'fx-leeds' });
  expect(made.status).toBe(201);
  return made.body as { id: string; expiresAt: string };
};

const auditOf = async (holdId: string) => (await app.store.audit.forEntity(holdId, 100)).items;

describe('a sweeper run', () => {
  it('sweeps up to its scheduled time, never ahead of the clock', () => {
    const clock = new Date('2026-11-25T03:00:30Z');
    expect(sweepInstant({ scheduledTime: '2026-11-25T03:00:00Z' }, clock).toISOString()).toBe(
      '2026-11-25T03:00:00.000Z',
    );
    expect(sweepInstant({ scheduledTime: '2026-11-25T03:05:00Z' }, clock)).toEqual(clock);
    expect(sweepInstant({ scheduledTime: 'not a time' }, clock)).toEqual(clock);
    expect(sweepInstant(undefined, clock)).toEqual(clock);
  });

  it('is idempotent: the same run delivered twice expires each hold once and audits it once', async () => {
    const h = await hold();
    now = new Date(Date.parse(h.expiresAt) + 60_000);
    const event = { scheduledTime: now.toISOString() };
    const metrics = new Recorder();
    const [first, second] = [
      await sweepRun(app.store, metrics, event, now),
      await sweepRun(app.store, metrics, event, now),
    ];
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(second.expired).toBe(0);
    expect((await la.get(`/v1/holds/${h.id}`)).body.status).toBe('expired');
    expect((await auditOf(h.id)).filter((e) => e.action.includes('expire'))).toHaveLength(1);
    expect(metrics.published[0]?.[METRIC.holdsExpired]).toBe(first.expired);
    expect(metrics.published[1]?.[METRIC.holdsExpired]).toBe(0);
  });

  it('reports as lag how long the oldest lapsed hold it left behind has waited', async () => {
    const h = await hold();
    const lapsed = Date.parse(h.expiresAt);
    now = new Date(lapsed + 5 * 60_000);
    const metrics = new Recorder();
    // A run scheduled before the hold lapsed (a late delivery) leaves it for the next one.
    const late = await sweepRun(
      app.store,
      metrics,
      { scheduledTime: new Date(lapsed - 1000).toISOString() },
      now,
    );
    expect(late.lagSeconds).toBe(300);
    expect(metrics.published[0]?.[METRIC.sweepLagSeconds]).toBe(300);
    const caughtUp = await sweepRun(app.store, metrics, { scheduledTime: now.toISOString() }, now);
    expect(caughtUp.expired).toBe(1);
    expect(caughtUp.lagSeconds).toBe(0);
  });
});
