import type { RouteGroup } from './types.js';

/**
 * Which API Lambda serves each deployed route group: the one list that the entries in functions/
 * (each checks at start that it was given only its own groups' routes) and the API's method
 * integrations (infra/api.ts) are read from, pinned by tests/unit/lambda-entries.test.ts. `local`
 * has no Lambda on purpose: POST /local/token exists only in the local server.
 */
export const FUNCTION_FOR_GROUP = {
  health: 'system',
  audit: 'system',
  contacts: 'system',
  units: 'units',
  requests: 'requests',
  holds: 'holds',
  placements: 'placements',
  commissioning: 'commissioning',
  fhir: 'fhir',
} as const satisfies Record<Exclude<RouteGroup, 'local'>, string>;

export type ApiFunction = (typeof FUNCTION_FOR_GROUP)[keyof typeof FUNCTION_FOR_GROUP];

/** The API Lambda a route's group belongs to, or undefined for a local-only group. */
export function functionForGroup(group: RouteGroup): ApiFunction | undefined {
  return group === 'local' ? undefined : FUNCTION_FOR_GROUP[group];
}
