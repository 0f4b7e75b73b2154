import { CreateReferralBody, Referral, ReferralsQuery } from '../../contract/referrals.js';
import { AcceptBody, DeclineBody, IdPath, listOf, Placement } from '../../contract/schemas.js';
import { localAuthority } from '../../data/lookup.js';
import { mayActForRequest, mayReadRequest } from '../../domain/access.js';
import { NotFound, ValidationFailed } from '../../domain/errors.js';
import { placementFromOffer } from '../../domain/placements.js';
import { assertLiveOffer, assertOpenForOffer, referRound } from '../../domain/referral-rules.js';
import {
  mayAcceptReferral,
  mayAnswerReferral,
  mayReadReferral,
  referralStatusFilter,
} from '../../domain/referrals.js';
import { assertUnitOpen, assertUnitTakes } from '../../domain/unit-rules.js';
import type { PlacementItem, ReferralItem, UnitItem } from '../../store/records.js';
import { acceptReferral } from '../../store/referral-accept.js';
import { ReferralsChanged } from '../../store/referrals.js';
import { toPlacement } from '../mappers/placements.js';
import { toReferral } from '../mappers/referrals.js';
import { actorOf, besideOnce, by, page } from '../respond.js';
import { type Ctx, route } from '../types.js';
import { scopeOf } from './scope.js';

type AnyCtx = Ctx<unknown, unknown, unknown>;

/** The referral if this caller may see it and do this to it; otherwise 404, so ids don't leak. */
async function referralFor(ctx: AnyCtx, id: string, may: typeof mayReadReferral = mayReadReferral) {
  const referral = await ctx.deps.store.referrals.get(id);
  if (!referral || !mayReadReferral(ctx.principal, referral) || !may(ctx.principal, referral))
    throw new NotFound('No such referral');
  return referral;
}

const ref = (r: ReferralItem, ctx: AnyCtx) => toReferral(r, ctx.now, ctx.principal);

/**
 * One page of a request's referrals (oldest first, as the request keeps them): paged like every
 * list, `limit` and an opaque `cursor` naming the last one given (its createdAt and id).
 */
function pageOfRound(all: ReferralItem[], q: { limit: number; cursor?: string }) {
  const place = (r: ReferralItem) => `${r.createdAt}#${r.id}`;
  let after: string | undefined;
  if (q.cursor !== undefined) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(q.cursor, 'base64url').toString('utf8'));
      if (typeof (parsed as { after?: unknown })?.after === 'string')
        after = (parsed as { after: string }).after;
    } catch {
      // refused below
    }
    if (after === undefined)
      throw new ValidationFailed([{ field: 'cursor', message: 'is not a cursor this list gave out' }]);
  }
  const rest = after === undefined ? all : all.filter((r) => place(r) > (after as string));
  const items = rest.slice(0, q.limit);
  const last = items.at(-1);
  // No cursor on an exact last page: nothing would follow it.
  const nextCursor =
    rest.length > q.limit && last
      ? Buffer.from(JSON.stringify({ after: place(last) })).toString('base64url')
      : undefined;
  return { items, nextCursor };
}

/** 200 with the referral as it now is. */
const ok = (r: ReferralItem, ctx: AnyCtx) => ({ status: 200, body: ref(r, ctx) });

export const referralRoutes = [
  route({
    method: 'POST',
    path: '/v1/referrals',
    group: 'holds',
    policy: ['la', 'coordinator'],
    summary: 'Refer one request to 1–10 open units at once; no bed is held',
    description:
      'One referral per unit, all or none. Needs an Idempotency-Key (428 without). The request must be open (a lapsed one is refreshed first: 409 invalid_transition). A unit not on the register: 404 not_found. A unit that is paused or closed, or does not take the request’s stream or the child’s age and sex (also when paused or corrected while the round is written): 409 no_bed_available, as a hold there would be. A unit this request already has a live referral to (pending, or offered and not expired): 409 invalid_transition; once that referral has ended (declined, withdrawn, expired) the unit may be referred again. Either 409 names each unit it refuses in `errors` (field `body.unitIds.N`), so the client can send the rest again. Each provider is notified.',
    problems: ['not_found', 'invalid_transition', 'no_bed_available', 'precondition_required'],
    body: CreateReferralBody,
    response: listOf(Referral),
    successStatus: 201,
    idempotent: true,
    // A retried referral round must never reach the homes twice: the key is required (428).
    creates: true,
    handler: async (ctx) => {
      const { store } = ctx.deps;
      const [first, units] = await Promise.all([
        store.requests.get(ctx.body.requestId),
        Promise.all(ctx.body.unitIds.map((id) => store.units.getUnit(id))),
        ctx.once?.ready,
      ]);
      let request = first;
      if (!request || !mayActForRequest(ctx.principal, request)) throw new NotFound('No such request');
      const missing = ctx.body.unitIds.filter((_, i) => !units[i]);
      if (missing.length) throw new NotFound(`No such unit: ${missing.join(', ')}`);
      const found = units as UnitItem[];
      const replyOf = (made: ReferralItem[]) => ({
        status: 201,
        body: { items: made.map((r) => ref(r, ctx)) },
      });
      // Optimistic: the round is written only if no other round was written since the request's
      // referrals were read (the store's condition); when one was, read them again (bounded).
      for (let attempt = 1; ; attempt++) {
        const referrals = request.referralIds?.size ? await store.referrals.ofRequest(request) : [];
        referRound({ request, units: found, referrals, now: ctx.now });
        try {
          const made = await store.referrals.create(request, found, ...by(ctx, replyOf));
          ctx.deps.logger.info('referrals made', {
            requestId: request.id,
            referralIds: made.map((r) => r.id),
          });
          return replyOf(made);
        } catch (error) {
          if (!(error instanceof ReferralsChanged) || attempt >= 3) throw error;
          const again = await store.requests.get(request.id);
          if (!again) throw new NotFound('No such request');
          request = again;
        }
      }
    },
  }),
  route({
    method: 'GET',
    path: '/v1/referrals',
    group: 'holds',
    policy: ['la', 'provider', 'coordinator'],
    summary: 'Referrals you can see: an LA its own, a provider those to its units, a coordinator all',
    query: ReferralsQuery,
    response: listOf(Referral),
    handler: async (ctx) => {
      const { store } = ctx.deps;
      if (ctx.query.requestId) {
        // One request's referrals: the request keeps their ids, so read exactly those.
        const request = await store.requests.get(ctx.query.requestId);
        if (!request || !mayReadRequest(ctx.principal, request, [], ctx.now))
          return { status: 200, body: { items: [] } };
        const items = (await store.referrals.ofRequest(request))
          .filter((r) => mayReadReferral(ctx.principal, r))
          .filter(referralStatusFilter(ctx.query.status, ctx.now).matches);
        return { status: 200, body: page(pageOfRound(items, ctx.query), (r) => ref(r, ctx)) };
      }
      const p = await store.referrals.list(scopeOf(ctx.principal), ctx.query, ctx.now);
      return { status: 200, body: page(p, (r) => ref(r, ctx)) };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/referrals/{id}',
    group: 'holds',
    policy: ['la', 'provider', 'coordinator'],
    summary: 'One referral; an offer past its expiry reads as expired',
    params: IdPath,
    response: Referral,
    handler: async (ctx) => ({ status: 200, body: ref(await referralFor(ctx, ctx.params.id), ctx) }),
  }),
  route({
    method: 'POST',
    path: '/v1/referrals/{id}/offer',
    group: 'holds',
    policy: ['provider', 'coordinator'],
    summary: '"We would take this child now": an offer for OFFER_MINUTES; no bed is taken',
    description:
      'A unit that is paused or closed, or whose register no longer takes a child of this age and sex, can make no offer: 409 no_bed_available (decline the referral instead). A referral that is no longer pending: 409 invalid_transition.',
    problems: ['invalid_transition', 'no_bed_available'],
    params: IdPath,
    response: Referral,
    idempotent: true,
    handler: async (ctx) => {
      const referral = await besideOnce(ctx, referralFor(ctx, ctx.params.id, mayAnswerReferral));
      // An offer promises a bed: never from a unit that is not open or does not take this child.
      const unit = await ctx.deps.store.units.getUnit(referral.unitId);
      if (!unit) throw new NotFound('The referral’s unit no longer exists');
      assertUnitOpen(unit);
      assertUnitTakes(unit, referral);
      const out = await ctx.deps.store.referrals.offer(
        referral,
        ctx.deps.offerMinutes,
        ...by(ctx, (r: ReferralItem) => ok(r, ctx)),
      );
      return ok(out, ctx);
    },
  }),
  route({
    method: 'POST',
    path: '/v1/referrals/{id}/decline',
    group: 'holds',
    policy: ['provider', 'coordinator'],
    summary: 'Decline with a coded reason (the hold decline reasons)',
    problems: ['invalid_transition'],
    params: IdPath,
    body: DeclineBody,
    response: Referral,
    idempotent: true,
    handler: async (ctx) => {
      const referral = await besideOnce(ctx, referralFor(ctx, ctx.params.id, mayAnswerReferral));
      const out = await ctx.deps.store.referrals.decline(
        referral,
        ctx.body.reason,
        ctx.body.note,
        ...by(ctx, (r: ReferralItem) => ok(r, ctx)),
      );
      return ok(out, ctx);
    },
  }),
  route({
    method: 'POST',
    path: '/v1/referrals/{id}/accept',
    group: 'holds',
    policy: ['la', 'coordinator'],
    summary:
      'Accept a live offer: one conditional write takes a free bed at the unit and makes the placement; the request’s other referrals are withdrawn',
    description:
      'No free bed the child may take left at the unit, or the unit paused, closed or corrected (age, sex) since it offered: 409 no_bed_available, nothing changes and the offer stands. An offer past offerExpiresAt (or already decided): 409 invalid_transition. A live hold on the request: 409 hold_exists.',
    problems: ['not_found', 'no_bed_available', 'invalid_transition', 'hold_exists'],
    params: IdPath,
    body: AcceptBody,
    response: Placement,
    successStatus: 201,
    idempotent: true,
    handler: async (ctx) => {
      const { store } = ctx.deps;
      // Beside the first read: any earlier answer to this Idempotency-Key (which ends the call here).
      const referral = await besideOnce(ctx, referralFor(ctx, ctx.params.id, mayAcceptReferral));
      assertLiveOffer(referral, ctx.now);
      const [request, unit, { beds }, { rules }] = await Promise.all([
        store.requests.get(referral.requestId),
        store.units.getUnit(referral.unitId),
        store.holds.unitForHold(referral.unitId, ctx.now),
        store.poolRules.get(),
      ]);
      if (!request || !unit) throw new NotFound('The referral’s request or unit no longer exists');
      assertOpenForOffer(request);
      // Paused, closed or corrected since the offer: no placement there; the offer stands, unused.
      assertUnitOpen(unit);
      assertUnitTakes(unit, request);
      const home = localAuthority(request.homeLaCode);
      const once = ctx.once;
      const replyOf = (p: PlacementItem) => ({
        status: 201,
        body: toPlacement(p, ctx.now),
        headers: { location: `/v1/placements/${p.id}` },
      });
      const placed = await acceptReferral(store.db, store.referrals, {
        record: once && ((p) => once.record(replyOf(p))),
        referral,
        request,
        beds,
        rules,
        actor: actorOf(ctx),
        now: ctx.now,
        placement: placementFromOffer(referral, {
          request,
          unit,
          home,
          legalAuthorityEndsOn: ctx.body.legalAuthorityEndsOn,
          now: ctx.now,
        }),
      });
      ctx.deps.logger.info('offer accepted', { referralId: referral.id, placementId: placed.id });
      return replyOf(placed);
    },
  }),
];
