import type fc from 'fast-check';
import type { Role } from '../../../shared/contract/enums.js';
import { ROUTES } from '../../../shared/http/routes.js';
import type { RouteDef } from '../../../shared/http/types.js';
import type { Call } from './call.js';

// A mutation breaks a call in one way; each alone must be refused.

export type Mode = 'router' | 'http';
export type Patch = Partial<Omit<Call, 'headers'>> & { headers?: Record<string, string | undefined> };
export interface Mutation {
  name: string;
  applies(def: RouteDef, mode: Mode): boolean;
  arb(def: RouteDef, base: Call, mode: Mode): fc.Arbitrary<Patch>;
}

export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'FOO'];
export const ALL_ROLES: Role[] = ['la', 'provider', 'coordinator', 'commissioner'];
export const methodsOn = (def: RouteDef) =>
  ROUTES.filter((r) => r.path === def.path).map((r) => r.method as string);
export const isDotSegment = (raw: string) => /^(\.|%2e){1,2}$/i.test(raw);
