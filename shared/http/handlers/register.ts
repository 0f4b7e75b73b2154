import type { Stream } from '../../contract/enums.js';
import { CreateUnitBody, ExternalPlacementBody, UnitPatchBody } from '../../contract/register.js';
import { Placement, Unit, UnitPath } from '../../contract/schemas.js';
import { mayManageUnit } from '../../domain/access.js';
import { assertMayRecordExternal, versionFromEtag } from '../../domain/beds.js';
import { NotFound, ValidationFailed } from '../../domain/errors.js';
import { assertExternalRecordFits, assertUnitRecords } from '../../domain/external-placement.js';
import type { PoolRules } from '../../domain/pool.js';
import { unitFactProblems } from '../../domain/unit-facts.js';
import { assertMayPatchUnit, patchUnit } from '../../domain/unit-patch.js';
import type { ClaimableBed } from '../../store/bed-claim.js';
import { claimableOf, recordExternalPlacement } from '../../store/external-placements.js';
import type { BedItem, PlacementItem } from '../../store/records.js';
import { createUnit, type NewUnit } from '../../store/register-create.js';
import { toPlacement } from '../mappers/placements.js';
import { toUnit } from '../mappers/units.js';
import { actorOf, besideOnce, by, recorder } from '../respond.js';
import { route } from '../types.js';

/** The bed as a claim sees it, once the domain has said it may take this child now. */
function refuseUnlessClaimable(bed: BedItem, stream: Stream, rules: PoolRules, now: Date): ClaimableBed {
  const claimable = claimableOf(bed);
  assertMayRecordExternal(bed, claimable, stream, rules, now);
  return claimable;
}

export const registerRoutes = [
  route({
    method: 'POST',
    path: '/v1/units',
    group: 'units',
    policy: ['coordinator'],
    summary:
      'Add a unit to the register with its beds (each free, with the streams it may serve and who commissions it); audited',
    body: CreateUnitBody,
    response: Unit,
    successStatus: 201,
    idempotent: true,
    creates: true,
    problems: ['invalid_transition'],
    handler: async (ctx) => {
      const { store } = ctx.deps;
      const problems = unitFactProblems(ctx.body);
      if (problems.length) throw new ValidationFailed(problems);
      // The rules before the write, so that the answer (with the counter as written) can be
      // recorded in the same transaction.
      const [{ rules }] = await Promise.all([store.poolRules.get(), ctx.once?.ready]);
      const replyOf = ({ unit, counter }: NewUnit) => {
        const out = toUnit(unit, counter, rules, ctx.now);
        return { status: 201, body: out, headers: { etag: out.etag, location: `/v1/units/${unit.id}` } };
      };
      return replyOf(await createUnit(store.db, ctx.body, actorOf(ctx), ctx.now, recorder(ctx, replyOf)));
    },
  }),
  route({
    method: 'PATCH',
    path: '/v1/units/{unitId}',
    group: 'units',
    policy: ['provider', 'coordinator'],
    summary:
      "Correct a unit's facts, status, provenance or duty contact (If-Match: the unit's ETag); a provider may change only its own units' dutyContact",
    params: UnitPath,
    body: UnitPatchBody,
    response: Unit,
    ifMatch: true,
    problems: ['forbidden'],
    handler: async (ctx) => {
      const { store } = ctx.deps;
      const unit = await store.units.getUnit(ctx.params.unitId);
      if (!unit || !mayManageUnit(ctx.principal, unit)) throw new NotFound('No such unit');
      assertMayPatchUnit(ctx.principal, ctx.body);
      // An LA moved without its region (or the other way) would file the unit in the wrong place.
      if (ctx.body.laCode !== undefined || ctx.body.regionCode !== undefined) {
        const problems = unitFactProblems({ laCode: unit.laCode, regionCode: unit.regionCode, ...ctx.body });
        if (problems.length) throw new ValidationFailed(problems);
      }
      const version = versionFromEtag(ctx.headers['if-match']);
      const decision = patchUnit(unit, ctx.body, version, ctx.now);
      const next = await store.register.patchUnit(unit, decision, actorOf(ctx), ctx.now);
      const [counter, { rules }] = await Promise.all([
        store.units.getCounter(next.id),
        store.poolRules.get(),
      ]);
      const out = toUnit(next, counter, rules, ctx.now);
      return { status: 200, body: out, headers: { etag: out.etag } };
    },
  }),
  route({
    method: 'POST',
    path: '/v1/units/{unitId}/external-placements',
    group: 'units',
    policy: ['provider', 'coordinator'],
    summary:
      'Record a child placed outside this service (the YCS, an NHS access assessment, before go-live): the bed becomes occupied by an external placement, with no childRef',
    description:
      'This records where a child already is; it offers nothing. A closed unit has no children: 409 invalid_transition. A paused unit may still record a child it holds (pausing stops new matches, referrals and holds, not the record of who is in a bed). A `sex` or `ageYears` the unit does not take by its register: 400 naming the field (correct the register first if it is wrong). A bed that is not free: 409 no_bed_available.',
    params: UnitPath,
    body: ExternalPlacementBody,
    response: Placement,
    successStatus: 201,
    idempotent: true,
    creates: true,
    problems: ['no_bed_available', 'invalid_transition'],
    handler: async (ctx) => {
      const { store } = ctx.deps;
      const unit = await besideOnce(ctx, store.units.getUnit(ctx.params.unitId));
      if (!unit || !mayManageUnit(ctx.principal, unit)) throw new NotFound('No such unit');
      assertUnitRecords(unit);
      const bed = await store.units.getBed(unit.id, ctx.body.bedId);
      if (!bed) throw new NotFound(`No bed ${ctx.body.bedId} at this unit`);
      assertExternalRecordFits(unit, bed, ctx.body, ctx.now);
      const { rules } = await store.poolRules.get();
      const claimable = refuseUnlessClaimable(bed, ctx.body.stream, rules, ctx.now);
      const replyOf = (p: PlacementItem) => ({
        status: 201,
        body: toPlacement(p, ctx.now),
        headers: { location: `/v1/placements/${p.id}` },
      });
      const p = await recordExternalPlacement(store.db, unit, claimable, ctx.body, ...by(ctx, replyOf));
      return replyOf(p);
    },
  }),
];
