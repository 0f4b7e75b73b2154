import {
  DischargeBody,
  IdPath,
  listOf,
  Placement,
  PlacementsQuery,
  StepDownBody,
} from '../../contract/schemas.js';
import { mayReadHold } from '../../domain/access.js';
import { NotFound } from '../../domain/errors.js';
import { toPlacement } from '../../store/placements.js';
import type { PlacementItem } from '../../store/records.js';
import { actorOf, page } from '../respond.js';
import { type Ctx, route } from '../types.js';
import { scopeOf } from './scope.js';

/** Reading, step-down and discharge: the placing LA, the unit's provider, or a coordinator. */
async function placementFor(ctx: Ctx<unknown, unknown, unknown>, id: string): Promise<PlacementItem> {
  const p = await ctx.deps.store.placements.get(id);
  if (!p || !mayReadHold(ctx.principal, p)) throw new NotFound('No such placement');
  return p;
}

const WHO = ['la', 'provider', 'coordinator'] as const;

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
    summary: 'One placement, with legal authority warnings',
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
    path: '/v1/placements/{id}/step-down-ready',
    group: 'placements',
    policy: WHO,
    summary: 'The child no longer needs secure care: start counting "ready but still here" days',
    problems: ['invalid_transition'],
    params: IdPath,
    body: StepDownBody,
    response: Placement,
    idempotent: true,
    handler: async (ctx) => {
      const p = await placementFor(ctx, ctx.params.id);
      const out = await ctx.deps.store.placements.stepDownReady(
        p,
        ctx.body.readyFrom,
        ctx.body.plannedDestination,
        actorOf(ctx),
        ctx.now,
      );
      return { status: 200, body: toPlacement(out, ctx.now) };
    },
  }),
  route({
    method: 'POST',
    path: '/v1/placements/{id}/discharge',
    group: 'placements',
    policy: WHO,
    summary: 'The child leaves: the bed is free and the step-down wait ends',
    problems: ['invalid_transition'],
    params: IdPath,
    body: DischargeBody,
    response: Placement,
    idempotent: true,
    handler: async (ctx) => {
      const p = await placementFor(ctx, ctx.params.id);
      const out = await ctx.deps.store.placements.discharge(p, ctx.body.destination, actorOf(ctx), ctx.now);
      return { status: 200, body: toPlacement(out, ctx.now) };
    },
  }),
];
