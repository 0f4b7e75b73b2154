import fc from 'fast-check';
import type { Role } from '../../../shared/contract/enums.js';
import { fillPath, key, paramNames, paramValue } from './call.js';
import { ALL_ROLES, isDotSegment, METHODS, type Mutation, methodsOn } from './mutation.js';
import { rejects, shapeOf } from './shapes.js';
import { BAD_CURSORS, badSegment, brokenCursor, decodeSegment, oddString } from './values.js';
import { world } from './world.js';

/** Breakages of who calls and what they ask for: credentials, role, method, path, query. */
export const REQUEST_LINE_MUTATIONS: Mutation[] = [
  {
    name: 'bad credentials',
    applies: (def) => def.policy !== 'public',
    arb: () =>
      fc
        .oneof(
          fc.constant(undefined),
          fc.constantFrom(...world.forgedTokens).map((t) => `Bearer ${t}`),
          fc.constantFrom(
            'Bearer',
            'Bearer ',
            'Basic YWRtaW46YWRtaW4=',
            'bearer a.b.c',
            'Bearer a.b',
            'Token x',
          ),
          fc.string({ maxLength: 300 }).map((s) => `Bearer ${s}`),
          fc.base64String({ minLength: 4, maxLength: 400 }).map((s) => `Bearer ${s}.${s}.${s}`),
          oddString.map((s) => `Bearer ${s}`),
        )
        .map((authorization) => ({ headers: { authorization } })),
  },
  {
    name: 'a role the route is not for',
    applies: (def) => def.policy !== 'public' && ALL_ROLES.some((r) => !(def.policy as Role[]).includes(r)),
    arb: (def) =>
      fc
        .constantFrom(...ALL_ROLES.filter((r) => !(def.policy as Role[]).includes(r)))
        .map((role) => ({ headers: { authorization: `Bearer ${world.tokens[role]}` } })),
  },
  {
    name: 'a method the path does not have',
    applies: () => true,
    arb: (def, _base, mode) =>
      fc
        // Node's own HTTP parser turns away unknown methods before the app sees them.
        .constantFrom(
          ...METHODS.filter((m) => !methodsOn(def).includes(m) && (mode === 'router' || m !== 'FOO')),
        )
        .map((method) => ({ method })),
  },
  {
    name: 'a mangled path',
    applies: (def) => def.path.split('/').length > 2,
    arb: (_def, base) =>
      fc.constantFrom('double-slash', 'upper').map((how) => {
        const [, first, ...rest] = base.path.split('/');
        return {
          path:
            how === 'double-slash'
              ? `/${first}//${rest.join('/')}`
              : `/${first}/${rest.join('/').toUpperCase()}`,
        };
      }),
  },
  {
    name: 'a bad path id',
    applies: (def) => paramNames(def).length > 0,
    arb: (def, _base, mode) =>
      fc
        .tuple(fc.constantFrom(...paramNames(def)), badSegment)
        .filter(([name, raw]) => {
          if (raw === '' || raw.includes('/') || raw.includes('?') || raw.includes('#')) return false;
          if (mode === 'http' && isDotSegment(raw)) return false; // URL normalisation resolves these
          const field = shapeOf(def.params)?.[name];
          return rejects(field, decodeSegment(raw));
        })
        .map(([name, raw]) => {
          const values = Object.fromEntries(paramNames(def).map((n) => [n, paramValue(def, n)]));
          return { path: fillPath(def, { ...values, [name]: raw }) };
        }),
  },
  {
    name: 'an unknown query parameter',
    applies: () => true,
    arb: (def, base) =>
      fc
        .tuple(
          fc.oneof(oddString, fc.constantFrom('foo', 'LIMIT', 'limit[]', 'cursor ', '__proto__')),
          oddString,
        )
        .filter(([name]) => !(name in (shapeOf(def.query) ?? {})))
        .map(([name, value]) => ({ query: [...base.query, [name, value] as [string, string]] })),
  },
  {
    name: 'a query value its schema refuses',
    applies: (def) => Object.keys(shapeOf(def.query) ?? {}).length > 0,
    arb: (def, base) => {
      const shape = shapeOf(def.query) ?? {};
      const values = fc.constantFrom(
        '0',
        '101',
        '1e9',
        '1.5',
        '-3',
        'NaN',
        'Infinity',
        ' ',
        'TRUE',
        'yes',
        '2026-13-01',
      );
      return fc
        .tuple(fc.constantFrom(...Object.keys(shape)), fc.oneof(oddString, values))
        .filter(([name, value]) => rejects(shape[name], value))
        .map(([name, value]) => ({
          query: [...base.query.filter(([k]) => k !== name), [name, value] as [string, string]],
        }));
    },
  },
  {
    // Which of two values wins differs between layers (WAF, API Gateway, handler), so neither may.
    name: 'a query parameter given twice',
    applies: (def) => Object.keys(shapeOf(def.query) ?? {}).length > 0,
    arb: (def, base) =>
      fc
        .tuple(
          fc.constantFrom(...Object.keys(shapeOf(def.query) ?? {})),
          fc.constantFrom('5', '50', 'true', 'welfare', 'open', 'active', 'E12000003', 'E08000025', 'x1'),
          fc.constantFrom('5', '50', 'true', 'welfare', 'open', 'active', 'E12000003', 'E08000025', 'x1'),
        )
        .map(([name, a, b]) => ({
          query: [...base.query.filter(([k]) => k !== name), [name, a], [name, b]],
        })),
  },
  {
    name: 'a bad cursor',
    applies: (def) => 'cursor' in (shapeOf(def.query) ?? {}),
    arb: (def, base) =>
      fc
        .oneof(BAD_CURSORS, brokenCursor(world.realCursors.get(key(def))))
        .map((c) => ({ query: [...base.query, ['cursor', c] as [string, string]] })),
  },
  {
    name: 'an absurd limit',
    applies: (def) => 'limit' in (shapeOf(def.query) ?? {}),
    arb: (def, base) =>
      fc
        .oneof(
          fc.integer().map(String),
          fc.double().map(String),
          fc.constantFrom('0', '101', '-1', '1e400', '99999999999999999999'),
        )
        .filter((v) => rejects(shapeOf(def.query)?.limit, v))
        .map((v) => ({ query: [...base.query, ['limit', v] as [string, string]] })),
  },
];
