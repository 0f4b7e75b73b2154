import { PoolRules, PoolRulesBody } from '../../contract/pool.js';
import {
  Bed,
  BedPath,
  BedUpdateBody,
  BulkBedUpdateBody,
  EmptyQuery,
  listOf,
  Paging,
  Unit,
  UnitPath,
  UnitsQuery,
} from '../../contract/schemas.js';
import { mayManageUnit } from '../../domain/access.js';
import { versionFromEtag } from '../../domain/beds.js';
import { NotFound } from '../../domain/errors.js';
import { DEPARTMENTS } from '../../domain/pool.js';
import type { StoredPoolRules } from '../../store/pool-rules.js';
import type { UnitItem } from '../../store/records.js';
import { toBed, toUnit, toUnitPage } from '../mappers/units.js';
import { actorOf, besideOnce, by, page } from '../respond.js';
import { type Ctx, route } from '../types.js';

const ALL = ['la', 'provider', 'coordinator', 'commissioner'] as const;

const poolRulesBody = (r: StoredPoolRules) => ({
  rules: DEPARTMENTS.map((d) => r.rules[d]),
  version: r.version,
  updatedAt: r.updatedAt,
});

async function unitOr404(ctx: Ctx<unknown, unknown, unknown>, unitId: string): Promise<UnitItem> {
  const unit = await ctx.deps.store.units.getUnit(unitId);
  if (!unit) throw new NotFound('No such unit');
  return unit;
}

/** A provider may change only its own units: anyone else's answer as if they did not exist. */
async function managedUnit(ctx: Ctx<unknown, unknown, unknown>, unitId: string): Promise<UnitItem> {
  const unit = await unitOr404(ctx, unitId);
  if (!mayManageUnit(ctx.principal, unit)) throw new NotFound('No such unit');
  return unit;
}

export const unitRoutes = [
  route({
    method: 'GET',
    path: '/v1/units',
    group: 'units',
    policy: ALL,
    summary: 'The national register with live availability and freshness',
    query: UnitsQuery,
    response: listOf(Unit),
    handler: async (ctx) => {
      const { rules } = await ctx.deps.store.poolRules.get();
      const page = await ctx.deps.store.units.listUnits(ctx.query);
      return { status: 200, body: toUnitPage(page, rules, ctx.now, ctx.query) };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/units/{unitId}',
    group: 'units',
    policy: ALL,
    summary: 'One unit of the register',
    params: UnitPath,
    response: Unit,
    handler: async (ctx) => {
      const unit = await unitOr404(ctx, ctx.params.unitId);
      const [counter, { rules }] = await Promise.all([
        ctx.deps.store.units.getCounter(unit.id),
        ctx.deps.store.poolRules.get(),
      ]);
      const out = toUnit(unit, counter, rules, ctx.now);
      return { status: 200, body: out, headers: { etag: out.etag } };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/units/{unitId}/beds',
    group: 'units',
    policy: ALL,
    summary: "A unit's beds, each with its ETag, a page at a time (by bed id)",
    params: UnitPath,
    query: Paging,
    response: listOf(Bed),
    handler: async (ctx) => {
      await unitOr404(ctx, ctx.params.unitId);
      const beds = await ctx.deps.store.units.bedsPage(ctx.params.unitId, ctx.query);
      return { status: 200, body: page(beds, toBed) };
    },
  }),
  route({
    method: 'PUT',
    path: '/v1/units/{unitId}/beds/{bedId}',
    group: 'units',
    policy: ['provider', 'coordinator'],
    summary: 'Set a bed available or closed (If-Match required)',
    problems: ['invalid_transition'],
    params: BedPath,
    body: BedUpdateBody,
    response: Bed,
    ifMatch: true,
    handler: async (ctx) => {
      const unit = await managedUnit(ctx, ctx.params.unitId);
      const version = versionFromEtag(ctx.headers['if-match']);
      const [bed] = await ctx.deps.store.units.updateBeds(
        unit,
        [{ bedId: ctx.params.bedId, version, state: ctx.body.state, reason: ctx.body.reason }],
        actorOf(ctx),
        ctx.now,
      );
      const out = toBed(bed as NonNullable<typeof bed>);
      return { status: 200, body: out, headers: { etag: out.etag } };
    },
  }),
  route({
    method: 'PUT',
    path: '/v1/units/{unitId}/beds',
    group: 'units',
    policy: ['provider', 'coordinator'],
    summary: 'Change several beds at once: all or nothing, each with its ETag',
    problems: ['invalid_transition', 'version_mismatch'],
    params: UnitPath,
    body: BulkBedUpdateBody,
    response: listOf(Bed),
    handler: async (ctx) => {
      const unit = await managedUnit(ctx, ctx.params.unitId);
      const changes = ctx.body.beds.map((b) => ({
        bedId: b.id,
        version: versionFromEtag(b.etag),
        state: b.state,
        reason: b.reason,
      }));
      const beds = await ctx.deps.store.units.updateBeds(unit, changes, actorOf(ctx), ctx.now);
      return { status: 200, body: { items: beds.map(toBed) } };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/pool-rules',
    group: 'units',
    policy: ALL,
    summary:
      'The departments’ pool rules: whether each lends its free contracted beds to the others’ children',
    query: EmptyQuery,
    response: PoolRules,
    handler: async (ctx) => ({ status: 200, body: poolRulesBody(await ctx.deps.store.poolRules.get()) }),
  }),
  route({
    method: 'PUT',
    path: '/v1/pool-rules',
    group: 'units',
    policy: ['coordinator'],
    summary: 'Set departments’ pool rules (always, after_hours with afterHours, or never); audited',
    body: PoolRulesBody,
    response: PoolRules,
    handler: async (ctx) => {
      const saved = await ctx.deps.store.poolRules.put(ctx.body.rules, actorOf(ctx), ctx.now);
      ctx.deps.logger.info('pool rules updated', { version: saved.version });
      return { status: 200, body: poolRulesBody(saved) };
    },
  }),
  route({
    method: 'POST',
    path: '/v1/units/{unitId}/confirm',
    group: 'units',
    policy: ['provider', 'coordinator'],
    summary: '"Nothing has changed": stamps lastConfirmedAt',
    params: UnitPath,
    response: Unit,
    idempotent: true,
    handler: async (ctx) => {
      const unit = await besideOnce(ctx, managedUnit(ctx, ctx.params.unitId));
      // Read before the write, not after: a read failing once the confirmation is stored would
      // answer 503 ("nothing was changed") for a change that was made. Confirming moves no bed.
      const [counter, { rules }] = await Promise.all([
        ctx.deps.store.units.getCounter(unit.id),
        ctx.deps.store.poolRules.get(),
      ]);
      const replyOf = (u: UnitItem) => ({ status: 200, body: toUnit(u, counter, rules, ctx.now) });
      const confirmed = await ctx.deps.store.units.confirm(unit, ...by(ctx, replyOf));
      return replyOf(confirmed);
    },
  }),
];
