import {
  DischargeBody,
  IdPath,
  LegalAuthorityBody,
  listOf,
  Placement,
  PlacementsQuery,
  StepDownBody,
} from '../../contract/schemas.js';
import { mayActForRequest, mayReadHold } from '../../domain/access.js';
import { type FieldError, NotFound, ValidationFailed } from '../../domain/errors.js';
import { dischargePlacement, recordLegalOrder, recordStepDown } from '../../domain/placements.js';
import type { PlacementItem } from '../../store/records.js';
import { toPlacement } from '../mappers/placements.js';
import { actorOf, besideOnce, by, page } from '../respond.js';
import { type Ctx, route } from '../types.js';
import { scopeOf } from './scope.js';

/** Reading, step-down and discharge: the placing LA, the unit's provider, or a coordinator. */
async function placementFor(ctx: Ctx<unknown, unknown, unknown>, id: string): Promise<PlacementItem> {
  const p = await ctx.deps.store.placements.get(id);
  if (!p || !mayReadHold(ctx.principal, p)) throw new NotFound('No such placement');
  return p;
}

/** The domain names fields bare; the problem's `errors` name where they sit in the call. */
const inBody = (errors: FieldError[]) =>
  new ValidationFailed(errors.map((e) => ({ field: `body.${e.field}`, message: e.message })));

const WHO = ['la', 'provider', 'coordinator'] as const;

/** 200 with the placement as it now is. */
const ok = (p: PlacementItem, now: Date) => ({ status: 200, body: toPlacement(p, now) });

export const placementRoutes = [
  route({
    method: 'GET',
    path: '/v1/placements',
    group: 'placements',
    policy: WHO,
    summary: 'Placements you can see',
    query: PlacementsQuery,
    response: listOf(Placement),
    handler: async (ctx) => {
      const p = await ctx.deps.store.placements.list(scopeOf(ctx.principal), ctx.query);
      return { status: 200, body: page(p, (x) => toPlacement(x, ctx.now)) };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/placements/{id}',
    group: 'placements',
    policy: WHO,
    summary: 'One placement, with its legal authority now, every order, and step-down waits',
    params: IdPath,
    response: Placement,
    handler: async (ctx) => {
      const p = await placementFor(ctx, ctx.params.id);
      await ctx.deps.store.audit.recordRead({
        entity: p.id,
        entityType: 'placement',
        action: 'placement.read',
        actor: actorOf(ctx),
        at: ctx.now.toISOString(),
      });
      return { status: 200, body: toPlacement(p, ctx.now) };
    },
  }),
  route({
    method: 'POST',
    path: '/v1/placements/{id}/legal-authority',
    group: 'placements',
    policy: ['la', 'coordinator'],
    summary:
      'Record a new order (interim, first up to 3 months, renewal up to 6): kept in the history; a welfare order over 6 months, or a statutory period exceeded, is 400',
    params: IdPath,
    body: LegalAuthorityBody,
    response: Placement,
    successStatus: 201,
    idempotent: true,
    handler: async (ctx) => {
      const p = await besideOnce(ctx, placementFor(ctx, ctx.params.id));
      // The placing LA or a coordinator: the provider may read the placement but not its orders' record.
      if (!mayActForRequest(ctx.principal, p)) throw new NotFound('No such placement');
      const checked = recordLegalOrder(p, ctx.body, ctx.now);
      if ('errors' in checked) throw inBody(checked.errors);
      const replyOf = (x: PlacementItem) => ({
        status: 201,
        body: toPlacement(x, ctx.now),
        headers: { location: `/v1/placements/${x.id}` },
      });
      const out = await ctx.deps.store.placements.recordOrder(p, checked.order, ...by(ctx, replyOf));
      return replyOf(out);
    },
  }),
  route({
    method: 'POST',
    path: '/v1/placements/{id}/step-down-ready',
    group: 'placements',
    policy: WHO,
    summary:
      'The child no longer needs secure care: count "ready but still here" days from readyFrom, with why and when they will leave; again to correct it',
    problems: ['invalid_transition'],
    params: IdPath,
    body: StepDownBody,
    response: Placement,
    idempotent: true,
    handler: async (ctx) => {
      const p = await besideOnce(ctx, placementFor(ctx, ctx.params.id));
      const checked = recordStepDown(p, ctx.body);
      if ('errors' in checked) throw inBody(checked.errors);
      const out = await ctx.deps.store.placements.stepDownReady(
        p,
        checked.stepDown,
        ...by(ctx, (x: PlacementItem) => ok(x, ctx.now)),
      );
      return ok(out, ctx.now);
    },
  }),
  route({
    method: 'POST',
    path: '/v1/placements/{id}/discharge',
    group: 'placements',
    policy: WHO,
    summary: 'The child leaves (on a day, default today): the bed is free and the step-down wait ends',
    problems: ['invalid_transition'],
    params: IdPath,
    body: DischargeBody,
    response: Placement,
    idempotent: true,
    handler: async (ctx) => {
      const p = await besideOnce(ctx, placementFor(ctx, ctx.params.id));
      const checked = dischargePlacement(p, ctx.body, ctx.now);
      if ('errors' in checked) throw inBody(checked.errors);
      const out = await ctx.deps.store.placements.discharge(
        p,
        checked.destination,
        checked.on,
        ...by(ctx, (x: PlacementItem) => ok(x, ctx.now)),
      );
      return ok(out, ctx.now);
    },
  }),
];
