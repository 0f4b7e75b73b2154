import { randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/contract/enums.js';
import { londonDate } from '../../../shared/domain/london-time.js';
import type { RouteDef } from '../../../shared/http/types.js';
import { requestBody } from '../app.js';
import { world } from './world.js';

// The call a route would accept: each mutation breaks it in one way that must be refused.

export interface Call {
  method: string;
  /** Raw, as it arrives: may carry %-escapes the router has to decode. */
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body?: string | Buffer;
}

export const key = (def: RouteDef) => `${def.method} ${def.path}`;

/** Valid bodies for the routes that take one (a new body route without a sample starts from `{}`). */
export const SAMPLE_BODY: Record<string, () => unknown> = {
  'POST /local/token': () => ({ role: 'la', org: 'E08000025' }),
  'POST /v1/requests': () => requestBody({ legalAuthorityEndsOn: '2027-01-31' }),
  'POST /v1/holds': () => ({ requestId: world.fx.openRequest, unitId: 'fx-exeter' }),
  'POST /v1/holds/{id}/accept': () => ({ legalAuthorityEndsOn: '2027-01-31' }),
  'POST /v1/holds/{id}/decline': () => ({ reason: 'staffing', note: 'no night staff' }),
  'POST /v1/placements/{id}/step-down-ready': () => ({
    readyFrom: londonDate(new Date()),
    plannedDestination: 'foster_care',
  }),
  'POST /v1/placements/{id}/discharge': () => ({ destination: 'home' }),
  'PUT /v1/units/{unitId}/beds/{bedId}': () => ({ state: 'closed', reason: 'staffing' }),
  'PUT /v1/units/{unitId}/beds': () => ({
    beds: [{ id: 'fx-leeds-j02', etag: '"1"', state: 'closed', reason: 'maintenance' }],
  }),
};
const SAMPLE_QUERY: Record<string, () => [string, string][]> = {
  'GET /v1/audit': () => [['entity', world.fx.openRequest]],
};

/** Path ids that exist: the fixture unit's justice beds are never held, so their version stays 1. */
export function paramValue(def: RouteDef, name: string): string {
  if (name === 'unitId') return 'fx-leeds';
  if (name === 'bedId') return 'fx-leeds-j01';
  if (def.group === 'requests') return world.fx.openRequest;
  if (def.group === 'holds') return world.fx.hold;
  if (def.group === 'placements') return world.fx.placement;
  return 'fx-unknown-1';
}

export const paramNames = (def: RouteDef) => [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
export const fillPath = (def: RouteDef, values: Record<string, string>) =>
  def.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');

/** The principal the baseline calls as: a coordinator where allowed (may do everything), else the first role. */
function roleFor(def: RouteDef): Role | undefined {
  if (def.policy === 'public') return undefined;
  return def.policy.includes('coordinator') ? 'coordinator' : def.policy[0];
}

export function baseline(def: RouteDef): Call {
  const params = Object.fromEntries(paramNames(def).map((n) => [n, paramValue(def, n)]));
  const role = roleFor(def);
  const headers: Record<string, string> = {};
  if (role) headers.authorization = `Bearer ${world.tokens[role]}`;
  if (def.idempotent) headers['idempotency-key'] = `fuzz-${randomUUID()}`;
  if (def.ifMatch) headers['if-match'] = '"1"';
  let body: string | undefined;
  if (def.body) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(SAMPLE_BODY[key(def)]?.() ?? {});
  }
  return {
    method: def.method,
    path: fillPath(def, params),
    query: SAMPLE_QUERY[key(def)]?.() ?? [],
    headers,
    body,
  };
}

export const bodyText = (base: Call) => (typeof base.body === 'string' ? base.body : '{}');
export const baseBody = (base: Call): unknown => JSON.parse(bodyText(base));
export const jsonHeaders = { 'content-type': 'application/json' };
