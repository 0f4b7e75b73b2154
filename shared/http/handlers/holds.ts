import {
  AcceptBody,
  CreateHoldBody,
  DeclineBody,
  Hold,
  HoldsQuery,
  IdPath,
  listOf,
  Placement,
} from '../../contract/schemas.js';
import { localAuthority } from '../../data/lookup.js';
import { mayActForRequest, mayDecideHold, mayReadHold, mayReleaseHold } from '../../domain/access.js';
import { NotFound } from '../../domain/errors.js';
import {
  acceptHold,
  declineHold,
  holdListCreatedSince,
  isReleaseRepeat,
  placeHold,
} from '../../domain/holds.js';
import { placementFromHold } from '../../domain/placements.js';
import type { HoldItem, ServicePlacementItem } from '../../store/records.js';
import { toHold } from '../mappers/holds.js';
import { toPlacement } from '../mappers/placements.js';
import { actorOf, besideOnce, by, page } from '../respond.js';
import { type Ctx, route } from '../types.js';
import { scopeOf } from './scope.js';

async function holdFor(
  ctx: Ctx<unknown, unknown, unknown>,
  id: string,
  may: (c: typeof ctx.principal, h: HoldItem) => boolean,
) {
  const hold = await ctx.deps.store.holds.get(id);
  if (!hold || !mayReadHold(ctx.principal, hold)) throw new NotFound('No such hold');
  // Can see it but may not do this to it (e.g. an LA accepting its own hold): the role's limit, 404-free.
  if (!may(ctx.principal, hold)) throw new NotFound('No such hold');
  return hold;
}

export const holdRoutes = [
  route({
    method: 'POST',
    path: '/v1/holds',
    group: 'holds',
    policy: ['la', 'coordinator'],
    summary: 'Hold one free bed of the request’s stream at a unit, for HOLD_MINUTES',
    problems: ['not_found', 'no_bed_available', 'hold_exists', 'invalid_transition'],
    creates: true,
    body: CreateHoldBody,
    response: Hold,
    successStatus: 201,
    idempotent: true,
    handler: async (ctx) => {
      const { store, holdMinutes } = ctx.deps;
      // Round trip 1, in parallel: the request, the unit with its beds that are free now, the pool
      // rules, and any earlier answer to this Idempotency-Key (which ends the call here).
      const [request, { unit, beds }, { rules }] = await Promise.all([
        store.requests.get(ctx.body.requestId),
        store.holds.unitForHold(ctx.body.unitId, ctx.now),
        store.poolRules.get(),
        ctx.once?.ready,
      ]);
      if (!request || !mayActForRequest(ctx.principal, request)) throw new NotFound('No such request');
      if (!unit) throw new NotFound('No such unit');
      const decision = placeHold({ request, unit, beds, rules, now: ctx.now, holdMinutes });
      const replyOf = (hold: HoldItem) => ({
        status: 201,
        body: toHold(hold, ctx.now),
        headers: { location: `/v1/holds/${hold.id}` },
      });
      const once = ctx.once;
      // Round trip 2: one conditional transaction takes the first bed still free, in the pool's
      // order, with the key's record of the answer.
      const hold = await store.holds.claim({
        request,
        unit,
        decision,
        actor: actorOf(ctx),
        now: ctx.now,
        record: once && ((h) => once.record(replyOf(h))),
      });
      ctx.deps.logger.info('hold created', {
        holdId: hold.id,
        unitId: unit.id,
        requestId: request.id,
        notify: `provider:${unit.providerId}`,
      });
      return replyOf(hold);
    },
  }),
  route({
    method: 'GET',
    path: '/v1/holds',
    group: 'holds',
    policy: ['la', 'provider', 'coordinator'],
    summary: 'Holds you can see, by request and status',
    query: HoldsQuery,
    response: listOf(Hold),
    handler: async (ctx) => {
      let scope = scopeOf(ctx.principal);
      if (ctx.query.requestId && scope.kind === 'all') {
        // A coordinator asking about one request reads that LA's partition, not every hold ever made.
        const request = await ctx.deps.store.requests.get(ctx.query.requestId);
        if (!request) return { status: 200, body: { items: [] } };
        scope = { kind: 'la', org: request.laCode };
      }
      // Live holds are read from their window alone, never the partition's history (the
      // navigation counts them on every page).
      const createdSince = holdListCreatedSince(ctx.query.status, ctx.deps.holdMinutes, ctx.now);
      const p = await ctx.deps.store.holds.list(scope, { ...ctx.query, createdSince }, ctx.now);
      return { status: 200, body: page(p, (h) => toHold(h, ctx.now)) };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/holds/{id}',
    group: 'holds',
    policy: ['la', 'provider', 'coordinator'],
    summary: 'One hold; past its expiry it reads as expired',
    params: IdPath,
    response: Hold,
    handler: async (ctx) => ({
      status: 200,
      body: toHold(await holdFor(ctx, ctx.params.id, () => true), ctx.now),
    }),
  }),
  route({
    method: 'POST',
    path: '/v1/holds/{id}/accept',
    group: 'holds',
    policy: ['provider', 'coordinator'],
    summary: 'Accept the child: the hold becomes a placement and the bed is occupied',
    description:
      'The request is placed: any referrals of it still pending or offered are withdrawn, each home told.',
    problems: ['invalid_transition'],
    params: IdPath,
    body: AcceptBody,
    response: Placement,
    successStatus: 201,
    idempotent: true,
    handler: async (ctx) => {
      const hold = await besideOnce(ctx, holdFor(ctx, ctx.params.id, mayDecideHold));
      const [request, unit] = await Promise.all([
        ctx.deps.store.requests.get(hold.requestId),
        ctx.deps.store.units.getUnit(hold.unitId),
      ]);
      if (!request || !unit) throw new NotFound('The hold’s request or unit no longer exists');
      const placement = placementFromHold(hold, {
        request,
        unit,
        home: localAuthority(request.homeLaCode),
        legalAuthorityEndsOn: ctx.body.legalAuthorityEndsOn,
        now: ctx.now,
      });
      const decision = acceptHold(hold, ctx.now);
      const replyOf = (p: ServicePlacementItem) => ({
        status: 201,
        body: toPlacement(p, ctx.now),
        headers: { location: `/v1/placements/${p.id}` },
      });
      const placed = await ctx.deps.store.holds.accept(hold, decision, placement, ...by(ctx, replyOf));
      ctx.deps.logger.info('hold accepted', {
        holdId: hold.id,
        placementId: placed.id,
        notify: `la:${hold.laCode}`,
      });
      // The child is placed: homes still considering a referral for them are told it is withdrawn.
      // After the placement, not in its transaction, so a home answering at that moment never
      // refuses the bed; should this fail, those referrals can no longer be accepted anyway.
      if (request.referralIds?.size)
        await ctx.deps.store.referrals
          .withdrawLive(request, actorOf(ctx), ctx.now, 'placed_elsewhere')
          .catch((error: unknown) =>
            ctx.deps.logger.warn('referrals of a placed request not withdrawn', {
              requestId: request.id,
              placementId: placed.id,
              error: error instanceof Error ? error.name : 'unknown',
            }),
          );
      return replyOf(placed);
    },
  }),
  route({
    method: 'POST',
    path: '/v1/holds/{id}/decline',
    group: 'holds',
    policy: ['provider', 'coordinator'],
    summary: 'Decline with a coded reason: the bed is free again',
    problems: ['invalid_transition'],
    params: IdPath,
    body: DeclineBody,
    response: Hold,
    idempotent: true,
    handler: async (ctx) => {
      const hold = await besideOnce(ctx, holdFor(ctx, ctx.params.id, mayDecideHold));
      const decision = declineHold(hold, 'declined', ctx.now, ctx.body.reason, ctx.body.note);
      const replyOf = (h: HoldItem) => ({ status: 200, body: toHold(h, ctx.now) });
      const out = await ctx.deps.store.holds.end(hold, decision, ...by(ctx, replyOf));
      ctx.deps.logger.info('hold declined', {
        holdId: hold.id,
        reason: ctx.body.reason,
        notify: `la:${hold.laCode}`,
      });
      return replyOf(out);
    },
  }),
  route({
    method: 'DELETE',
    path: '/v1/holds/{id}',
    group: 'holds',
    policy: ['la', 'coordinator'],
    summary: 'Release a hold: the bed is free again',
    problems: ['invalid_transition'],
    params: IdPath,
    response: Hold,
    handler: async (ctx) => {
      const hold = await holdFor(ctx, ctx.params.id, mayReleaseHold);
      // Idempotent (SPEC): releasing a released hold answers the same hold, changes nothing.
      if (isReleaseRepeat(hold)) return { status: 200, body: toHold(hold, ctx.now) };
      const out = await ctx.deps.store.holds.end(
        hold,
        declineHold(hold, 'released', ctx.now),
        actorOf(ctx),
        ctx.now,
      );
      ctx.deps.logger.info('hold released', { holdId: hold.id, notify: `provider:${hold.providerId}` });
      return { status: 200, body: toHold(out, ctx.now) };
    },
  }),
];
