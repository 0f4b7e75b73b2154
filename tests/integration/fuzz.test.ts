import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import fc from 'fast-check';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../../scripts/app.js';
import type { Role } from '../../shared/contract/enums.js';
import { londonDate } from '../../shared/domain/london-time.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../shared/http/auth.js';
import { createRouter, MAX_BODY_BYTES, type Router } from '../../shared/http/router.js';
import { ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';
import { as, requestBody, testApp } from '../support/app.js';
import { type Answer, expectProblem, expectSecurityHeaders, snapshot } from '../support/hardening.js';

/**
 * Throws malformed calls at every route of the route table (a new route is fuzzed as soon as it
 * is in ROUTES) through the real router and the real store: each generated call starts from a
 * call the route would accept and breaks it in one to three ways that must each be refused. The
 * answer must be a 4xx problem+json that gives nothing away, and the table must not change.
 */

let app: App;
let router: Router;
const fx = { openRequest: '', hold: '', placement: '' };
const tokens = {} as Record<Role, string>;
let forgedTokens: string[] = [];
const realCursors = new Map<string, string>();

const ORG_OF: Record<Role, string> = {
  la: 'E08000025',
  provider: 'fx-provider-a',
  coordinator: 'national',
  commissioner: 'DfE',
};

beforeAll(async () => {
  app = await testApp({ sweepEverySeconds: 3600 });
  router = createRouter(ROUTES, app.deps);
  const la = as(app, 'la', ORG_OF.la);
  const provider = as(app, 'provider', ORG_OF.provider);
  const minted = app.deps.localTokens;
  if (!minted) throw new Error('the local server mints tokens');
  for (const role of Object.keys(ORG_OF) as Role[])
    tokens[role] = await minted.mint({ role, org: ORG_OF[role] });

  fx.openRequest = (await la.post('/v1/requests', requestBody())).body.id;
  const held = (await la.post('/v1/requests', requestBody())).body.id;
  fx.hold = (await la.post('/v1/holds', { requestId: held, unitId: 'fx-leeds' })).body.id;
  const placed = (await la.post('/v1/requests', requestBody())).body.id;
  const hold = (await la.post('/v1/holds', { requestId: placed, unitId: 'fx-leeds' })).body.id;
  fx.placement = (await provider.post(`/v1/holds/${hold}/accept`, {})).body.id;
  expect(Object.values(fx).every(Boolean)).toBe(true);

  forgedTokens = await forgeries(tokens.coordinator, minted.mint.bind(minted));
  // A real cursor of each list, to break in ways only a list's own cursor can be broken.
  for (const def of ROUTES.filter((r) => r.method === 'GET' && 'cursor' in (shapeOf(r.query) ?? {}))) {
    const base = baseline(def);
    const page = await viaRouter({ ...base, query: [...base.query, ['limit', '1']] });
    const next = (JSON.parse(page.body) as { nextCursor?: string }).nextCursor;
    if (next) realCursors.set(key(def), next);
  }
});
afterAll(() => app.stop());

// ---------------------------------------------------------------- the call a route would accept

interface Call {
  method: string;
  /** Raw, as it arrives: may carry %-escapes the router has to decode. */
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body?: string | Buffer;
}

const key = (def: RouteDef) => `${def.method} ${def.path}`;

/** Valid bodies for the routes that take one (a new body route without a sample starts from `{}`). */
const SAMPLE_BODY: Record<string, () => unknown> = {
  'POST /local/token': () => ({ role: 'la', org: 'E08000025' }),
  'POST /v1/requests': () => requestBody({ legalAuthorityEndsOn: '2027-01-31' }),
  'POST /v1/holds': () => ({ requestId: fx.openRequest, unitId: 'fx-exeter' }),
  'POST /v1/holds/{id}/accept': () => ({ legalAuthorityEndsOn: '2027-01-31' }),
  'POST /v1/holds/{id}/decline': () => ({ reason: 'staffing', note: 'no night staff' }),
  'POST /v1/placements/{id}/step-down-ready': () => ({
    readyFrom: londonDate(new Date()),
    plannedDestination: 'foster_care',
  }),
  'POST /v1/placements/{id}/discharge': () => ({ destination: 'home' }),
  'PUT /v1/units/{unitId}/beds/{bedId}': () => ({ state: 'closed', reason: 'staffing' }),
  'PUT /v1/units/{unitId}/beds': () => ({
    beds: [{ bedId: 'fx-leeds-j02', etag: '"1"', state: 'closed', reason: 'maintenance' }],
  }),
};
const SAMPLE_QUERY: Record<string, () => [string, string][]> = {
  'GET /v1/audit': () => [['entity', fx.openRequest]],
};

/** Path ids that exist: the fixture unit's justice beds are never held, so their version stays 1. */
function paramValue(def: RouteDef, name: string): string {
  if (name === 'unitId') return 'fx-leeds';
  if (name === 'bedId') return 'fx-leeds-j01';
  if (def.group === 'requests') return fx.openRequest;
  if (def.group === 'holds') return fx.hold;
  if (def.group === 'placements') return fx.placement;
  return 'fx-unknown-1';
}

const paramNames = (def: RouteDef) => [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
const fillPath = (def: RouteDef, values: Record<string, string>) =>
  def.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');

/** The principal the baseline calls as: a coordinator where allowed (may do everything), else the first role. */
function roleFor(def: RouteDef): Role | undefined {
  if (def.policy === 'public') return undefined;
  return def.policy.includes('coordinator') ? 'coordinator' : def.policy[0];
}

function baseline(def: RouteDef): Call {
  const params = Object.fromEntries(paramNames(def).map((n) => [n, paramValue(def, n)]));
  const role = roleFor(def);
  const headers: Record<string, string> = {};
  if (role) headers.authorization = `Bearer ${tokens[role]}`;
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

// ---------------------------------------------------------------- zod shapes, read from the route table

type Shape = Record<string, z.ZodType>;
const shapeOf = (schema: z.ZodType | undefined): Shape | undefined =>
  schema instanceof z.ZodObject ? (schema.shape as Shape) : undefined;

/** Paths into a body where a value can be put: every field, and every field of objects in arrays. */
function fieldPaths(schema: z.ZodType | undefined, value: unknown, at: (string | number)[] = []) {
  const out: (string | number)[][] = [];
  const shape = shapeOf(schema);
  if (!shape) return out;
  for (const [name, field] of Object.entries(shape)) {
    out.push([...at, name]);
    const inner = unwrap(field);
    const v = (value as Record<string, unknown> | undefined)?.[name];
    if (inner instanceof z.ZodArray && Array.isArray(v) && v.length > 0)
      out.push(...fieldPaths(inner.element as z.ZodType, v[0], [...at, name, 0]));
  }
  return out;
}
function unwrap(t: z.ZodType): z.ZodType {
  const inner = (t.def as { innerType?: z.ZodType }).innerType;
  return inner ? unwrap(inner) : t;
}
function setAt(value: unknown, path: (string | number)[], v: unknown): unknown {
  const copy: unknown = structuredClone(value ?? {});
  let cursor = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) cursor = cursor[step] as Record<string | number, unknown>;
  cursor[path[path.length - 1] as string | number] = v;
  return copy;
}
/** What the server will see after JSON (NaN → null, -0 → 0, undefined keys dropped). */
const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');
const rejects = (schema: z.ZodType | undefined, v: unknown) => !!schema && !schema.safeParse(v).success;

// ---------------------------------------------------------------- generators of bad values

const ODD_STRINGS = [
  '',
  ' ',
  '..',
  '.',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil',
  'a\u200bb',
  '\ufeffbom',
  '\u2028',
  '😀',
  '👩‍👩‍👧',
  'ﷺ',
  'מזהה-1',
  '𝕏𝕐',
  'İı',
  '\r\nset-cookie: x=1',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '$' + '{jndi:ldap://x/a}',
  '{{7*7}}',
  '../../etc/passwd',
  '=cmd|"/c calc"!A1',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e999',
  'true',
  '__proto__',
  'constructor',
];
const oddString = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.integer({ min: 101, max: 6000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 65, max: 3000 }).map((n) => '𝕏'.repeat(n)),
);
const oddNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0, 7, 19, 1e308, -1e308, 5e-324, 2 ** 53 + 2, 14.5, 0.1, -2147483649),
  fc.double(),
  fc.integer(),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  oddNumber,
  fc.constantFrom(null, true, false, [], {}, [null], ['self_harm', 'self_harm'], { $gt: '' }),
  fc.jsonValue({ maxDepth: 2 }),
);

function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const BAD_SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%00',
  'a%00b',
  '%2F',
  'a%2Fb',
  '%2f..%2f..%2fetc',
  '%5C',
  '%ZZ',
  '%',
  '%E0%A4%A',
  '%C0%AE',
  '%ED%A0%80',
  '%F0%9F%98%80',
  '%E2%80%AE',
  'hold%20id',
  '%3F',
  '%23',
  "'--",
  '*',
  'x'.repeat(101),
  'y'.repeat(5000),
];
const badSegment = fc.oneof(
  fc.constantFrom(...BAD_SEGMENTS),
  oddString.map((s) => encodeSegment(s)),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }).map((s) => s.replace(/[/?#]/g, '%2F')),
);
/** Percent-encodes a string's UTF-8 bytes the way a browser would (lone surrogates become U+FFFD). */
function encodeSegment(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '\u0000';
  }
}

const BAD_CURSORS: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '!!!', 'null', '%00', 'e30', 'W10', 'bnVsbA', 'MTIz', 'x'.repeat(2049)),
  fc.string({ maxLength: 40 }),
  // Plausible cursors: base64url JSON naming this table's keys, each with a defect that must be refused.
  fc
    .tuple(
      fc.constantFrom(
        'UNITS',
        'REQS',
        'HOLDS',
        'PLACEMENTS',
        'LA#E08000025#REQ',
        'LA#E08000025#HOLD',
        'LA#E08000025#PLACEMENT',
      ),
      fc.constantFrom('gsi1pk', 'gsi2pk', 'gsi3pk', 'pk'),
      fc.oneof(
        fc.constant({}),
        fc.constant({ sk: 'X' }),
        fc.constant({ foo: 'bar' }),
        fc.constant({ sk: '' }),
        fc.constant({ sk: 7 }),
        fc.constant({ sk: { S: 'x' } }),
        fc.constant({ sk: 'x'.repeat(1025) }),
        fc.constant({ __proto__: 'x', sk: 'x' }),
        fc.constant({ a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' }),
      ),
    )
    .map(([value, attr, rest]) =>
      Buffer.from(JSON.stringify({ [attr]: value, ...rest })).toString('base64url'),
    ),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
);

/**
 * A list's own cursor with one defect: a key dropped or added, a value DynamoDB would refuse,
 * or the partition swapped for another org's. (Another position in the same partition is a
 * valid cursor, so values are never merely changed.)
 */
function brokenCursor(real: string | undefined): fc.Arbitrary<string> {
  if (!real) return BAD_CURSORS;
  const start = JSON.parse(Buffer.from(real, 'base64url').toString()) as Record<string, unknown>;
  const names = Object.keys(start);
  const partition = names.find((n) => n.endsWith('pk') && n !== 'pk') ?? 'pk';
  return fc
    .oneof(
      fc.constantFrom(...names).map((drop) => {
        const { [drop]: _dropped, ...rest } = start;
        return rest;
      }),
      fc
        .tuple(
          fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi3sk', 'gsi4pk', 'foo', 'Item'),
          oddValue,
        )
        .filter(([name]) => !names.includes(name))
        .map(([name, value]) => ({ ...start, [name]: value })),
      fc
        .tuple(
          fc.constantFrom(...names),
          fc.constantFrom('', 7, null, { S: 'x' }, ['x'], 'x'.repeat(1025), '\ud800'),
        )
        .map(([name, value]) => ({ ...start, [name]: value })),
      fc
        .constantFrom('LA#E09000001#REQ', 'PROV#fx-provider-b#HOLD', 'UNITS', 'REQS', 'AUDIT#other')
        .filter((p) => p !== start[partition])
        .map((p) => ({ ...start, [partition]: p })),
    )
    .map((broken) => Buffer.from(JSON.stringify(broken)).toString('base64url'));
}

/** Tokens that must never pass: another key, alg none, HS256, a tampered payload, expired, claims that don't fit. */
async function forgeries(
  good: string,
  mint: (p: { role: Role; org: string }, ttl?: number) => Promise<string>,
): Promise<string[]> {
  const { privateKey } = await generateKeyPair('ES256');
  const claims = { role: 'coordinator', org: 'national' };
  const otherKey = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setExpirationTime('1h')
    .sign(privateKey);
  const hs256 = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('a-guessable-shared-secret-of-32b'));
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const [header, payload, signature] = good.split('.');
  const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
  const tampered = [header, b64({ ...decoded, org: 'E09000001', role: 'la' }), signature].join('.');
  const none = [b64({ alg: 'none', typ: 'JWT' }), b64({ ...decoded }), ''].join('.');
  const stripped = [header, payload, ''].join('.');
  const expired = await mint({ role: 'coordinator', org: 'national' }, -3600);
  const misfit = await mint({ role: 'la', org: 'national' });
  const wrongRole = await mint({ role: 'superuser' as Role, org: 'national' });
  return [otherKey, hs256, tampered, none, stripped, expired, misfit, wrongRole];
}

// ---------------------------------------------------------------- mutations: each alone must be refused

type Mode = 'router' | 'http';
type Patch = Partial<Omit<Call, 'headers'>> & { headers?: Record<string, string | undefined> };
interface Mutation {
  name: string;
  applies(def: RouteDef, mode: Mode): boolean;
  arb(def: RouteDef, base: Call, mode: Mode): fc.Arbitrary<Patch>;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'FOO'];
const ALL_ROLES: Role[] = ['la', 'provider', 'coordinator', 'commissioner'];
const methodsOn = (def: RouteDef) => ROUTES.filter((r) => r.path === def.path).map((r) => r.method as string);
const bodyText = (base: Call) => (typeof base.body === 'string' ? base.body : '{}');
const baseBody = (base: Call): unknown => JSON.parse(bodyText(base));
const isDotSegment = (raw: string) => /^(\.|%2e){1,2}$/i.test(raw);
const jsonHeaders = { 'content-type': 'application/json' };

/** Bodies a route must refuse: any schema-invalid JSON; for routes without a body, anything but `{}`. */
const bodyRefused = (def: RouteDef, text: string) => {
  if (!def.body) return text.trim() !== '' && text.trim() !== '{}';
  try {
    return rejects(def.body, JSON.parse(text));
  } catch {
    return true;
  }
};

const MUTATIONS: Mutation[] = [
  {
    name: 'bad credentials',
    applies: (def) => def.policy !== 'public',
    arb: () =>
      fc
        .oneof(
          fc.constant(undefined),
          fc.constantFrom(...forgedTokens).map((t) => `Bearer ${t}`),
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
        .map((role) => ({ headers: { authorization: `Bearer ${tokens[role]}` } })),
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
        .oneof(BAD_CURSORS, brokenCursor(realCursors.get(key(def))))
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
  {
    name: 'a body that is not JSON by its content type',
    applies: (def) => !!def.body,
    arb: (_def, base) =>
      fc
        .oneof(
          fc.constant(undefined),
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/jsonx',
            'application/json-patch+json',
            'text/json',
            'application/xml',
            '*/*',
            '',
          ),
          fc.string({ maxLength: 30 }),
        )
        .filter((t) => (t ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json')
        .map((type) => ({ headers: { 'content-type': type }, body: bodyText(base) })),
  },
  {
    name: 'malformed JSON',
    applies: () => true,
    arb: (_def, base) =>
      fc
        .oneof(
          fc.nat().map((n) => bodyText(base).slice(0, n % Math.max(1, bodyText(base).length))),
          fc
            .tuple(fc.nat(), fc.constantFrom('}', '{', ',', '"', ':', ']', '\\', '\u0000', "'", 'NaN'))
            .map(([n, c]) => {
              const t = bodyText(base);
              const i = n % (t.length + 1);
              return `${t.slice(0, i)}${c}${t.slice(i)}`;
            }),
          fc.constantFrom(
            `\ufeff${bodyText(base)}`,
            `${bodyText(base)},`,
            `${bodyText(base)}{}`,
            bodyText(base).replaceAll('"', "'"),
            '{"a":1,}',
            '{a:1}',
            '/* */{}',
            'undefined',
            '{"a": NaN}',
            '{"a": Infinity}',
            '{"a": 0x10}',
            '{"a": 01}',
          ),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
        )
        .filter((text) => {
          if (text.trim() === '' || text.trim() === '{}') return false;
          try {
            JSON.parse(text);
            return false;
          } catch {
            return true;
          }
        })
        .map((body) => ({ headers: jsonHeaders, body })),
  },
  {
    name: 'a body over 64 KiB',
    applies: () => true,
    arb: (_def, base) =>
      fc
        .tuple(
          fc.constantFrom('ascii', 'multibyte', 'whitespace', 'array'),
          fc.integer({ min: 1, max: 4096 }),
        )
        .map(([how, extra]) => {
          const over = MAX_BODY_BYTES + extra;
          const body =
            how === 'ascii'
              ? JSON.stringify({ pad: 'x'.repeat(over) })
              : how === 'multibyte'
                ? JSON.stringify({ pad: '€'.repeat(Math.ceil(over / 3)) }) // fewer characters than bytes
                : how === 'whitespace'
                  ? `${bodyText(base)}${' '.repeat(over)}`
                  : JSON.stringify(Array.from({ length: Math.ceil(over / 2) }, () => 0));
          return { headers: jsonHeaders, body };
        }),
  },
  {
    name: 'deep nesting',
    applies: () => true,
    arb: (def, base) =>
      fc
        .tuple(
          fc.constantFrom(...(fieldPaths(def.body, baseBody(base)).map((p) => p[0]) as string[]), 'nest'),
          fc.integer({ min: 200, max: 9000 }),
          fc.constantFrom('array' as const, 'object' as const),
        )
        .map(([field, depth, kind]) => {
          const marker = '"__DEEP__"';
          const body = JSON.stringify({ ...(baseBody(base) as object), [field]: '__DEEP__' }).replace(
            marker,
            nested(depth, kind),
          );
          return { headers: jsonHeaders, body };
        })
        .filter((p) => bodyRefused(def, p.body)),
  },
  {
    name: 'a field the schema does not know',
    applies: () => true,
    arb: (def, base) =>
      fc
        .tuple(
          fc.oneof(
            oddString,
            fc.constantFrom(
              '__proto__',
              'constructor',
              'prototype',
              'id',
              'status',
              'laCode',
              'role',
              'admin',
            ),
          ),
          oddValue,
        )
        .filter(([name]) => !(name in (shapeOf(def.body) ?? {})))
        .map(([name, value]) => {
          const body = JSON.stringify(baseBody(base))
            .replace(/^\{/, `{${JSON.stringify(name)}:${JSON.stringify(value) ?? 'null'},`)
            .replace(/,\}$/, '}');
          return { headers: jsonHeaders, body };
        })
        .filter((p) => bodyRefused(def, p.body)),
  },
  {
    name: 'a value of the wrong type, range or shape',
    applies: (def, _mode) => !!shapeOf(def.body),
    arb: (def, base) => {
      const paths = fieldPaths(def.body, baseBody(base));
      return fc
        .tuple(fc.constantFrom(...paths), oddValue)
        .map(([path, value]) => roundTrip(setAt(baseBody(base), path, value)))
        .filter((body) => rejects(def.body, body))
        .map((body) => ({ headers: jsonHeaders, body: JSON.stringify(body) }));
    },
  },
  {
    name: 'a number JSON cannot hold or a bare token',
    applies: (def) => !!shapeOf(def.body),
    arb: (def, base) =>
      fc
        .tuple(
          fc.constantFrom(...fieldPaths(def.body, baseBody(base))),
          fc.constantFrom(
            'NaN',
            'Infinity',
            '-Infinity',
            '1e999',
            '-1e999',
            '0x10',
            '01',
            '.5',
            '+1',
            '1.',
            'undefined',
            'True',
            "'x'",
          ),
        )
        .map(([path, token]) => ({
          headers: jsonHeaders,
          body: JSON.stringify(setAt(baseBody(base), path, '__RAW__')).replace('"__RAW__"', token),
        }))
        .filter((p) => bodyRefused(def, p.body)),
  },
  {
    name: 'a body where none is taken',
    applies: (def) => !def.body,
    arb: (def) =>
      fc
        .jsonValue({ maxDepth: 2 })
        .map((v) => JSON.stringify(v))
        .filter((text) => bodyRefused(def, text))
        .map((body) => ({ headers: jsonHeaders, body })),
  },
  {
    name: 'bytes that are not UTF-8',
    applies: () => true,
    arb: (_def, base) =>
      fc
        .constantFrom(
          [0xff],
          [0xc0, 0xaf],
          [0xed, 0xa0, 0x80],
          [0xe2, 0x82],
          [0xf8, 0x88, 0x80, 0x80, 0x80],
          [0x80],
        )
        .map((bad) => {
          // Inside the first string value, so a lenient decoder would turn it into an accepted U+FFFD.
          const text = bodyText(base);
          const at = text.indexOf('":"') + 3;
          const cut = at > 2 ? at + 2 : 1;
          return {
            headers: jsonHeaders,
            body: Buffer.concat([
              Buffer.from(text.slice(0, cut)),
              Buffer.from(bad),
              Buffer.from(text.slice(cut)),
            ]),
          };
        }),
  },
  {
    name: 'a bad Idempotency-Key',
    applies: (def) => !!def.idempotent,
    arb: () =>
      fc
        .oneof(oddString, fc.constantFrom('', ' ', 'a b', 'k/1', 'k?1', 'x'.repeat(129), 'ключ', 'k\t1'))
        .filter((k) => !/^[A-Za-z0-9._:-]{1,128}$/.test(k))
        .map((k) => ({ headers: { 'idempotency-key': k } })),
  },
  {
    name: 'a bad If-Match',
    applies: (def) => !!def.ifMatch,
    arb: () =>
      fc
        .oneof(
          fc.constant(undefined),
          fc.constantFrom(
            '',
            ' ',
            '*',
            '"2"',
            'W/"2"',
            '"0"',
            '"999999999"',
            '"1234567890"',
            '"-1"',
            '"1", "2"',
            'W/ "1"',
            '"1',
            '1"2',
            '"0x1"',
            '"1.0"',
            '"١"',
          ),
          oddString,
        )
        .filter((v) => {
          const m = v === undefined ? null : /^(?:W\/)?"?(\d{1,9})"?$/.exec(v.trim());
          return !m || Number(m[1]) !== 1;
        })
        .map((v) => ({ headers: { 'if-match': v } })),
  },
  {
    name: 'a stale or garbage ETag in the body',
    applies: (def, _mode) =>
      fieldPaths(def.body, SAMPLE_BODY[key(def)]?.()).some((p) => p[p.length - 1] === 'etag'),
    arb: (def, base) =>
      fc
        .tuple(
          fc.constantFrom(...fieldPaths(def.body, baseBody(base)).filter((p) => p[p.length - 1] === 'etag')),
          fc.oneof(
            fc.constantFrom('"2"', 'W/"7"', '*', '"x"', '"0"', '"1', 'abc'),
            fc.string({ minLength: 1, maxLength: 40 }),
          ),
        )
        .filter(([, etag]) => {
          const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(etag.trim());
          return !m || Number(m[1]) !== 1;
        })
        .map(([path, etag]) => ({
          headers: jsonHeaders,
          body: JSON.stringify(setAt(baseBody(base), path, etag)),
        })),
  },
];

function applyPatch(call: Call, patch: Patch): Call {
  const headers = { ...call.headers };
  for (const [k, v] of Object.entries(patch.headers ?? {})) {
    if (v === undefined) delete headers[k];
    else headers[k] = v;
  }
  return { ...call, ...patch, headers };
}

/** A call to `def` broken by each of `mutations` (each alone must be refused). */
function brokenBy(
  def: RouteDef,
  mutations: Mutation[],
  mode: Mode,
): fc.Arbitrary<{ call: Call; broken: string[] }> {
  const base = baseline(def);
  return fc.tuple(...mutations.map((m) => m.arb(def, base, mode))).map((patches) => ({
    call: patches.reduce(applyPatch, { ...base, headers: { ...base.headers } }),
    broken: mutations.map((m) => m.name),
  }));
}

const usable = (def: RouteDef, mode: Mode) => MUTATIONS.filter((m) => m.applies(def, mode));

/** A call to `def` broken in one to three ways, chosen at random. */
function brokenCall(def: RouteDef, mode: Mode): fc.Arbitrary<{ call: Call; broken: string[] }> {
  return fc
    .uniqueArray(fc.constantFrom(...usable(def, mode)), {
      minLength: 1,
      maxLength: 3,
      selector: (m) => m.name,
    })
    .chain((chosen) => brokenBy(def, chosen, mode));
}

// ---------------------------------------------------------------- two ways in: the router, and real HTTP

/** As API Gateway builds it (parsed from JSON, so even `__proto__` is a parameter of its own). */
function toEvent(call: Call): APIGatewayProxyEvent {
  const single = Object.fromEntries(call.query);
  const grouped = new Map<string, string[]>();
  for (const [k, v] of call.query) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  const multi = Object.fromEntries(grouped);
  const binary = Buffer.isBuffer(call.body);
  return {
    httpMethod: call.method,
    path: call.path,
    resource: call.path,
    headers: call.headers,
    multiValueHeaders: {},
    queryStringParameters: call.query.length ? single : null,
    multiValueQueryStringParameters: call.query.length ? multi : null,
    pathParameters: null,
    stageVariables: null,
    body:
      call.body === undefined
        ? null
        : binary
          ? (call.body as Buffer).toString('base64')
          : (call.body as string),
    isBase64Encoded: binary,
    requestContext: {
      requestId: randomUUID(),
      identity: { sourceIp: '203.0.113.7' },
    } as APIGatewayProxyEvent['requestContext'],
  };
}

async function viaRouter(call: Call): Promise<Answer> {
  const result = await router.handle(toEvent(call));
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  return { status: result.statusCode, headers, body: result.body };
}

const encodeQuery = (query: [string, string][]) =>
  query.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&');
/** Escapes what an HTTP request line cannot carry, keeping the %-escapes the generator chose. */
const encodePath = (path: string) => path.replace(/[^\x21-\x7e]|[?#]/gu, (c) => encodeSegment(c));

/**
 * HTTP can only carry some header values, and Node's own parser answers a request line and
 * headers over 16 KiB (431) before the app sees them; the rest are the router's to meet.
 */
const httpSafe = (call: Call) =>
  Object.entries(call.headers).every(([, v]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v) && v === v.trim()) &&
  encodePath(call.path).length + encodeQuery(call.query).length + JSON.stringify(call.headers).length <
    12 * 1024;

function viaHttp(call: Call): Promise<Answer> {
  const q = encodeQuery(call.query);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: app.port,
        method: call.method,
        path: `${encodePath(call.path)}${q ? `?${q}` : ''}`,
        // Framed explicitly: Node sends a GET body unframed otherwise, and the server would read it as a second request.
        headers:
          call.body === undefined
            ? call.headers
            : { ...call.headers, 'content-length': String(Buffer.byteLength(call.body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = String(v);
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

function expectRefused(answer: Answer, broken: string[]): void {
  expect(answer.status, `${broken.join(' + ')}: ${answer.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, `${broken.join(' + ')}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
  expectSecurityHeaders(answer.headers);
  expectProblem(answer, app.store.db.tableName);
}

// ---------------------------------------------------------------- the properties

const NAMED = ROUTES.map((def) => [key(def), def] as const);
/**
 * Tuned for two cores: about 1 300 router calls (each followed by a table scan) and 80 over
 * HTTP. FUZZ_SCALE=10 multiplies them all, for a longer hunt before a release.
 */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const RUNS_PER_KIND = 3 * SCALE;
const RUNS_MIXED = 10 * SCALE;
const RUNS_HTTP = 80 * SCALE;

describe('malformed calls through the router', () => {
  it('every baseline the fuzzer breaks is a call its route accepts', () => {
    for (const def of ROUTES) {
      const base = baseline(def);
      if (def.body && SAMPLE_BODY[key(def)])
        expect(def.body.safeParse(JSON.parse(bodyText(base))).success, key(def)).toBe(true);
      if (def.query) expect(def.query.safeParse(Object.fromEntries(base.query)).success, key(def)).toBe(true);
      const values = Object.fromEntries(paramNames(def).map((n) => [n, paramValue(def, n)]));
      if (def.params) expect(def.params.safeParse(values).success, key(def)).toBe(true);
    }
  });

  it.each(NAMED)(
    '%s refuses every broken call with a 4xx problem and changes nothing',
    async (_name, def) => {
      // One scan per call: each is compared with the table as the call before left it, so a
      // call that changes it fails alone, and fast-check's shrinking is judged fairly after it.
      let table = await snapshot(app);
      const refusedAndUnchanged = async ({ call, broken }: { call: Call; broken: string[] }) => {
        const before = table;
        try {
          expectRefused(await viaRouter(call), broken);
        } finally {
          table = await snapshot(app);
        }
        expect(table, `${broken.join(' + ')} changed the table`).toEqual(before);
      };
      // Every kind of breakage on its own, so none is left to chance; then a few together.
      for (const mutation of usable(def, 'router')) {
        await fc.assert(fc.asyncProperty(brokenBy(def, [mutation], 'router'), refusedAndUnchanged), {
          numRuns: RUNS_PER_KIND,
        });
      }
      await fc.assert(fc.asyncProperty(brokenCall(def, 'router'), refusedAndUnchanged), {
        numRuns: RUNS_MIXED,
      });
      const health = await viaRouter({ method: 'GET', path: '/health', query: [], headers: {} });
      expect(health.status).toBe(200);
    },
    60_000 * SCALE,
  );
});

describe('malformed calls over real HTTP', () => {
  it(
    'the local server refuses broken calls to any route with a 4xx problem and changes nothing',
    async () => {
      const before = await snapshot(app);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ROUTES).chain((def) => brokenCall(def, 'http')),
          async ({ call, broken }) => {
            fc.pre(httpSafe(call));
            expectRefused(await viaHttp(call), broken);
          },
        ),
        { numRuns: RUNS_HTTP },
      );
      expect(await snapshot(app)).toEqual(before);
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
    },
    60_000 * SCALE,
  );

  it('a body streamed past 64 KiB is cut off with 413 before it is read in full', async () => {
    const answer = await viaHttp({
      method: 'POST',
      path: '/v1/requests',
      query: [],
      headers: { authorization: `Bearer ${tokens.la}`, 'content-type': 'application/json' },
      body: Buffer.alloc(4 * MAX_BODY_BYTES, 0x20),
    });
    expect(answer.status).toBe(413);
    expectProblem(answer, app.store.db.tableName);
  });
});

describe('odd but valid text', () => {
  it('a childRef of any printable script or emoji is stored and read back exactly, never a 5xx', async () => {
    const la = as(app, 'la', ORG_OF.la);
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .map((s) => `${s.replace(/[\s\p{C}]/gu, '')}-7`)
      .filter((s) => s.length <= 64);
    await fc.assert(
      fc.asyncProperty(printable, async (childRef) => {
        const created = await la.post('/v1/requests', requestBody({ childRef }));
        expect(created.status, created.text).toBeLessThan(500);
        if (created.status !== 201) {
          expectProblem(viaFetch(created), app.store.db.tableName);
          return;
        }
        const read = await la.get(`/v1/requests/${created.body.id}`);
        expect(read.body.childRef).toBe(childRef);
      }),
      { numRuns: 15 },
    );
  });
});

function viaFetch(r: { status: number; headers: Headers; text: string }): Answer {
  return { status: r.status, headers: Object.fromEntries(r.headers.entries()), body: r.text };
}
