import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import type { App } from '../../scripts/app.js';
import { Problem } from '../../shared/contract/schemas.js';
import { SECURITY_HEADERS } from '../../shared/http/router.js';
import { IDEMPOTENCY_PK, key } from '../../shared/store/keys.js';
import type { BedItem, HoldItem, PlacementItem, RequestItem } from '../../shared/store/records.js';
import type { Client } from './app.js';

type Item = Record<string, unknown>;

/**
 * Every item of the test's own table, idempotency records left out, sorted by key. Test-only:
 * a Scan straight through the document client, so it neither meets injected faults nor counts
 * as one of the operation's store calls.
 */
export async function snapshot(app: App): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await app.store.db.doc.send(
      new ScanCommand({ TableName: app.store.db.tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items
    .filter((i) => i.pk !== IDEMPOTENCY_PK)
    .sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

/**
 * Items in `after` that were not in `before` (by key). The usage epoch is left out: one item per
 * table, made by the first change that moves it and only updated after, so whether a call "adds"
 * it says which call came first, not what the call did.
 */
export function added(before: Item[], after: Item[]): Item[] {
  const seen = new Set(before.map((i) => `${i.pk}|${i.sk}`));
  const epoch = `${key.usageEpoch.pk}|${key.usageEpoch.sk}`;
  return after.filter((i) => !seen.has(`${i.pk}|${i.sk}`) && `${i.pk}|${i.sk}` !== epoch);
}

/** The SPEC's error table: each stable code and the one status it comes with. */
export const STATUS_OF_CODE: Record<string, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  no_bed_available: 409,
  invalid_transition: 409,
  hold_exists: 409,
  version_mismatch: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  idempotency_in_progress: 409,
  precondition_required: 428,
  rate_limited: 429,
  unavailable: 503,
  // Not in the SPEC's table: anything unexpected, answered with a fixed body that says nothing.
  internal: 500,
};

/** Text that would tell an attacker how the service is built: stack frames, SDK errors, file paths. */
const INTERNALS = [
  /^\s*at\s/m,
  /\(\S+:\d+:\d+\)/,
  /Exception\b/,
  /ConditionalCheckFailed|TransactionCanceled|TransactionConflict|ThrottlingError|ValidationError/,
  /ProvisionedThroughput|TimeoutError|DynamoDB|dynamodb|aws-sdk|powertools/i,
  /node_modules|\/work\/|file:\/\//,
  /\bTypeError\b|\bSyntaxError\b|\bReferenceError\b|Unexpected token/,
];

export interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

/** Asserts the headers every API response carries (SPEC: no sniffing, framing or caching). */
export function expectSecurityHeaders(headers: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cache-control']).toContain('no-store');
  expect(headers['content-security-policy']).toMatch(/default-src 'none'/);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(headers['referrer-policy']).toBe('no-referrer');
}

/** Asserts an error answer is RFC 9457 problem+json in the SPEC's shape and gives nothing away. */
export function expectProblem(answer: Answer, tableName: string): Problem {
  expect(answer.headers['content-type']).toBe('application/problem+json');
  const problem = Problem.parse(JSON.parse(answer.body));
  expect(problem.status).toBe(answer.status);
  expect(STATUS_OF_CODE[problem.code], `code ${problem.code}`).toBe(answer.status);
  expect(problem.type).toMatch(/^https:\/\//);
  expect(problem.title.length).toBeGreaterThan(0);
  expect(problem.detail.length).toBeGreaterThan(0);
  if (answer.status === 400) expect(problem.errors?.length ?? 0).toBeGreaterThan(0);
  expectNoInternals(answer.body, tableName);
  return problem;
}

export function expectNoInternals(text: string, tableName: string): void {
  for (const pattern of INTERNALS) expect(text, `leaks ${pattern}`).not.toMatch(pattern);
  expect(text).not.toContain(tableName);
}

/**
 * The store's own story must hang together, whatever failed on the way (over `table`, a
 * snapshot just taken, or a fresh one): every live hold has its
 * bed held for it and its request pointing at it, every active placement has its bed occupied,
 * requests point only at what exists, and every audit event is about something that exists.
 */
export async function expectConsistent(app: App, now: Date, table?: Item[]): Promise<void> {
  const items = table ?? (await snapshot(app));
  const byKey = new Map(items.map((i) => [`${i.pk}|${i.sk}`, i]));
  const of = <T>(type: string) => items.filter((i) => i.type === type) as unknown as T[];
  const beds = items.filter((i) => typeof i.pk === 'string' && String(i.sk).startsWith('BED#'));
  const bed = (unitId: string, bedId: string) =>
    byKey.get(`UNIT#${unitId}|BED#${bedId}`) as unknown as BedItem | undefined;
  const holds = new Map(of<HoldItem>('hold').map((h) => [h.id, h]));
  const placements = new Map(of<PlacementItem>('placement').map((p) => [p.id, p]));
  const live = (h: HoldItem) => h.status === 'active' && Date.parse(h.expiresAt) > now.getTime();

  for (const h of holds.values()) {
    if (!live(h)) continue;
    const b = bed(h.unitId, h.bedId);
    expect(b?.state, `bed of live hold ${h.id}`).toBe('held');
    expect(b?.holdId, `bed of live hold ${h.id}`).toBe(h.id);
  }
  for (const b of beds as unknown as BedItem[]) {
    if (b.state === 'held' && b.heldUntil && Date.parse(b.heldUntil) > now.getTime()) {
      const h = holds.get(b.holdId ?? '');
      expect(h && live(h), `hold behind held bed ${b.bedId}`).toBe(true);
    }
    if (b.state === 'occupied' && b.placementId) {
      expect(placements.get(b.placementId)?.status, `placement in bed ${b.bedId}`).toBe('active');
    }
  }
  for (const p of placements.values()) {
    if (p.status !== 'active') continue;
    const b = bed(p.unitId, p.bedId);
    expect(b?.state, `bed of placement ${p.id}`).toBe('occupied');
    expect(b?.placementId, `bed of placement ${p.id}`).toBe(p.id);
    // A placement came from a hold (accepted), an accepted referral, or outside the service.
    if (p.holdId) expect(holds.get(p.holdId)?.status, `hold of placement ${p.id}`).toBe('accepted');
  }
  for (const r of of<RequestItem>('request')) {
    if (r.holdId && r.holdUntil && Date.parse(r.holdUntil) > now.getTime()) {
      const h = holds.get(r.holdId);
      expect(h && live(h) && h.requestId === r.id, `live hold of request ${r.id}`).toBe(true);
    }
    if (r.status === 'placed') {
      expect(placements.get(r.placementId ?? '')?.requestId, `placement of request ${r.id}`).toBe(r.id);
      expect(r.holdId, `placed request ${r.id} still points at a hold`).toBeUndefined();
    } else {
      expect(r.placementId, `unplaced request ${r.id}`).toBeUndefined();
    }
  }
  for (const h of holds.values()) {
    if (live(h)) {
      const r = byKey.get(`REQ#${h.requestId}|REQ`) as unknown as RequestItem | undefined;
      expect(r?.holdId, `request of live hold ${h.id}`).toBe(h.id);
    }
  }
  for (const e of items.filter((i) => i.type === 'audit')) {
    const entity = String(e.entity);
    const exists =
      e.entityType === 'request'
        ? byKey.has(`REQ#${entity}|REQ`)
        : e.entityType === 'hold'
          ? holds.has(entity)
          : e.entityType === 'placement'
            ? placements.has(entity)
            : e.entityType === 'unit'
              ? byKey.has(`UNIT#${entity}|UNIT`)
              : e.entityType === 'referral'
                ? byKey.has(`REF#${entity}|REF`)
                : beds.some((b) => b.sk === `BED#${entity}`);
    expect(exists, `audit event ${String(e.action)} about ${entity}`).toBe(true);
  }
}

/**
 * `calls` concurrent POST /v1/holds for one request, all with one Idempotency-Key: exactly one
 * hold is made and every call answers 201 with it (the record commits with the hold, so no call
 * is left "in progress"), and the table still adds up.
 */
export async function expectOneHoldForOneKey(app: App, client: Client, requestId: string, calls: number) {
  const headers = { 'idempotency-key': `one-${randomUUID()}` };
  const before = await snapshot(app);
  const answers = await Promise.all(
    Array.from({ length: calls }, () => client.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, headers)),
  );
  const holds = added(before, await snapshot(app)).filter((i) => i.type === 'hold');
  expect(holds).toHaveLength(1);
  for (const a of answers) {
    expect(a.status, a.text).toBe(201);
    expect(a.body.id).toBe(holds[0]?.id);
  }
  await expectConsistent(app, new Date());
}
