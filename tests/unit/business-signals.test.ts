import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { DEPLOYED_ROUTES } from '../../shared/http/routes.js';
import { businessSignals, recordSignals, SIGNAL_ROUTES } from '../../shared/observability/business.js';
import { METRIC } from '../../shared/observability/metrics.js';

const answered = (method: string, route: string, status: number, body: unknown = {}) => ({
  method,
  route,
  status,
  body: JSON.stringify(body),
});

describe('business signals from API calls', () => {
  it('are named for routes that exist', () => {
    const routes = DEPLOYED_ROUTES.map((r) => `${r.method} ${r.path}`);
    for (const r of SIGNAL_ROUTES) expect(routes, r).toContain(r);
  });

  it('count a change only when it succeeded', () => {
    expect(businessSignals(answered('POST', '/v1/holds', 201))).toEqual([
      { name: METRIC.holdsPlaced, value: 1 },
    ]);
    expect(businessSignals(answered('POST', '/v1/holds', 409))).toEqual([]);
    expect(businessSignals(answered('POST', '/v1/holds/{id}/decline', 200))).toEqual([
      { name: METRIC.holdsDeclined, value: 1 },
    ]);
    expect(businessSignals(answered('POST', '/v1/holds/{id}/decline', 404))).toEqual([]);
    expect(businessSignals(answered('GET', '/v1/holds', 200))).toEqual([]);
  });

  it('count each referral made, and a match lookup that found no unit as unmet', () => {
    expect(businessSignals(answered('POST', '/v1/referrals', 201, { items: [{}, {}, {}] }))).toEqual([
      { name: METRIC.referralsMade, value: 3 },
    ]);
    expect(businessSignals(answered('GET', '/v1/requests/{id}/matches', 200, { items: [] }))).toEqual([
      { name: METRIC.unmetRequests, value: 1 },
    ]);
    expect(businessSignals(answered('GET', '/v1/requests/{id}/matches', 200, { items: [{}] }))).toEqual([]);
  });

  it('read a concrete path as its route (the console calls the router in process)', () => {
    expect(businessSignals(answered('POST', '/v1/holds/hld_1/accept', 201))).toEqual([
      { name: METRIC.placementsMade, value: 1 },
    ]);
  });

  it('publish only when there is something to count', () => {
    const published: Record<string, number>[] = [];
    let pending: Record<string, number> = {};
    const sink = {
      addMetric: (n: string, _u: unknown, v: number) => {
        pending[n] = v;
      },
      publishStoredMetrics: () => {
        published.push(pending);
        pending = {};
      },
    };
    const event = (path: string) => ({ httpMethod: 'POST', path, resource: path }) as APIGatewayProxyEvent;
    recordSignals(sink, event('/v1/requests'), { statusCode: 201, body: '{}' });
    recordSignals(sink, event('/v1/requests'), { statusCode: 400, body: '{}' });
    expect(published).toEqual([{ [METRIC.requestsCreated]: 1 }]);
  });
});
