import { Logger } from '@aws-lambda-powertools/logger';
import { lambdaMetrics, METRIC, type MetricSink, MetricUnit } from '../shared/observability/metrics.js';
import { Store } from '../shared/store/index.js';
import { sweepRequestRhythm } from '../shared/store/request-rhythm.js';
import { sweepExpiredHolds, sweepLegalAuthority } from '../shared/store/sweep.js';

/** What EventBridge Scheduler sends (infra/sweeper.ts): the run's scheduled time, `<aws.scheduler.scheduled-time>`. */
interface SweepEvent {
  scheduledTime?: string;
}

/**
 * The instant a run sweeps up to. It is the schedule's own time, not the clock, so a run that is
 * delivered twice sweeps the same instant twice: every expiry is a conditional write on an
 * active, lapsed hold, so the second delivery finds nothing left to do and writes nothing.
 * A missing or unreadable time (a manual invoke) falls back to now; a time in the future never
 * sweeps ahead of the clock.
 */
export function sweepInstant(event: SweepEvent | undefined, now: Date): Date {
  const at = Date.parse(event?.scheduledTime ?? '');
  return Number.isFinite(at) && at <= now.getTime() ? new Date(at) : now;
}

/** One run: expire what lapsed by the run's instant, then measure what is still left behind. */
export async function sweepRun(
  store: Store,
  metrics: MetricSink,
  event: SweepEvent | undefined,
  now: Date,
): Promise<{
  expired: number;
  lagSeconds: number;
  authorityNotices: number;
  requestsReminded: number;
  requestsLapsed: number;
}> {
  const at = sweepInstant(event, now);
  const expired = await sweepExpiredHolds(store, at);
  // Legal authority ending soon or lapsed: announced once each (a marker on the placement), so a
  // repeated run announces nothing twice; the status itself is computed whenever it is read.
  const authorityNotices = await sweepLegalAuthority(store, at);
  // Requests: a reminder before one lapses, a notice when it has; each sent once (conditional moves in a sparse index).
  const rhythm = await sweepRequestRhythm(store, at);
  // Lag: how long the oldest lapsed hold still marked active has waited, measured against the
  // clock. A healthy sweeper keeps this under a couple of minutes; the alarm (infra/monitoring.ts)
  // also fires when the metric stops arriving, i.e. when the sweeper stops running.
  const [oldest] = await store.holds.activeExpiringBefore(now.toISOString(), 1);
  const lagSeconds = oldest
    ? Math.max(0, Math.round((now.getTime() - Date.parse(oldest.expiresAt)) / 1000))
    : 0;
  metrics.addMetric(METRIC.holdsExpired, MetricUnit.Count, expired);
  metrics.addMetric(METRIC.sweepLagSeconds, MetricUnit.Seconds, lagSeconds);
  metrics.publishStoredMetrics();
  return {
    expired,
    lagSeconds,
    authorityNotices,
    requestsReminded: rhythm.reminded,
    requestsLapsed: rhythm.lapsed,
  };
}

const logger = new Logger({ serviceName: 'secure-beds-sweeper' });
const metrics = lambdaMetrics('secure-beds-sweeper');
const store = new Store({ tableName: process.env.TABLE_NAME ?? 'secure-beds' });

/**
 * Scheduled every minute (reserved concurrency 1, no retries: a missed run is made up by the
 * next). Nothing depends on it for correctness; a lapsed hold's bed is claimable at once.
 */
export const handler = async (event?: SweepEvent): Promise<Awaited<ReturnType<typeof sweepRun>>> => {
  const result = await sweepRun(store, metrics, event, new Date());
  logger.info('sweep', { ...result, scheduledTime: event?.scheduledTime });
  return result;
};
