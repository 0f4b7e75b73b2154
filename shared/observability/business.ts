import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { METRIC, type MetricSink, MetricUnit } from './metrics.js';

/** One answered API call, as the Lambda entry sees it: the route template, status and JSON body. */
interface Answered {
  method: string;
  /** The route's path template (API Gateway's `resource`) or the path itself (the console's in-process calls). */
  route: string;
  status: number;
  body: string | null | undefined;
}

const itemsOf = (body: Answered['body']): unknown[] | undefined => {
  try {
    const parsed = JSON.parse(body ?? '') as { items?: unknown };
    return Array.isArray(parsed.items) ? parsed.items : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The business signals a successful call carries, by route: each counted where the change it
 * names succeeded (a 2xx), so a refused or failed call counts nothing. A replayed idempotent
 * call counts again (Powertools answers it from the record, with the same status): these are
 * operational trends, not the figures; the figures are recounted from the records (/v1/usage).
 * Legal authority lapsing is no API call: the notifier counts it from the sweeper's events.
 */
const SIGNALS: Record<string, { status: number; metric: string; count?: (a: Answered) => number }> = {
  'POST /v1/requests': { status: 201, metric: METRIC.requestsCreated },
  'POST /v1/holds': { status: 201, metric: METRIC.holdsPlaced },
  'POST /v1/holds/{id}/decline': { status: 200, metric: METRIC.holdsDeclined },
  'POST /v1/holds/{id}/accept': { status: 201, metric: METRIC.placementsMade },
  'POST /v1/referrals': {
    status: 201,
    metric: METRIC.referralsMade,
    count: (a) => itemsOf(a.body)?.length ?? 0,
  },
  'POST /v1/referrals/{id}/decline': { status: 200, metric: METRIC.referralsDeclined },
  'POST /v1/referrals/{id}/accept': { status: 201, metric: METRIC.placementsMade },
  // A request for which no unit in England fits now: the coordinators are told (pattern 8).
  'GET /v1/requests/{id}/matches': {
    status: 200,
    metric: METRIC.unmetRequests,
    count: (a) => (itemsOf(a.body)?.length === 0 ? 1 : 0),
  },
};

const MATCHERS = Object.entries(SIGNALS).map(([k, signal]) => {
  const [method, template = ''] = k.split(' ');
  return { method, template, pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/{}]+')}$`), signal };
});

export function businessSignals(a: Answered): { name: string; value: number }[] {
  const signal = MATCHERS.find(
    (m) => m.method === a.method && (m.template === a.route || m.pattern.test(a.route)),
  )?.signal;
  if (!signal || a.status !== signal.status) return [];
  const value = signal.count ? signal.count(a) : 1;
  return value > 0 ? [{ name: signal.metric, value }] : [];
}

/** The routes that carry a signal (a test checks each is a real route). */
export const SIGNAL_ROUTES = Object.keys(SIGNALS);

/** Counts what a successful call changed (shared/observability/business.ts), and publishes it at once. */
export function recordSignals(
  metrics: MetricSink,
  event: APIGatewayProxyEvent,
  reply: APIGatewayProxyResult,
): void {
  const signals = businessSignals({
    method: event.httpMethod,
    route: event.resource ?? event.path,
    status: reply.statusCode,
    body: reply.body,
  });
  if (!signals.length) return;
  for (const s of signals) metrics.addMetric(s.name, MetricUnit.Count, s.value);
  metrics.publishStoredMetrics();
}
