import { LEGAL_BASES_BY_STREAM } from '../../contract/enums.js';
import { CreateRequestBody, IdPath, listOf, Match, Request, RequestsQuery } from '../../contract/schemas.js';
import { localAuthority } from '../../data/lookup.js';
import { mayActForRequest, mayReadRequest } from '../../domain/access.js';
import { CHILD_REF_MESSAGES, childRefProblem } from '../../domain/child-ref.js';
import { NotFound, ValidationFailed } from '../../domain/errors.js';
import { rankMatches } from '../../domain/matching.js';
import type { RequestItem } from '../../store/records.js';
import { toRequest } from '../../store/requests.js';
import { effectiveCounts } from '../../store/units.js';
import { actorOf, page } from '../respond.js';
import { type Ctx, route } from '../types.js';
import { scopeOf } from './scope.js';

/** The request if this caller may read it; otherwise 404, so ids don't leak. */
export async function readableRequest(ctx: Ctx<unknown, unknown, unknown>, id: string): Promise<RequestItem> {
  const request = await ctx.deps.store.requests.get(id);
  if (!request || !mayReadRequest(ctx.principal, request)) throw new NotFound('No such request');
  return request;
}

export async function ownRequest(ctx: Ctx<unknown, unknown, unknown>, id: string): Promise<RequestItem> {
  const request = await ctx.deps.store.requests.get(id);
  if (!request || !mayActForRequest(ctx.principal, request)) throw new NotFound('No such request');
  return request;
}

function checkRequest(body: CreateRequestBody, ctxOrg: { role: string; org: string }) {
  const errors: { field: string; message: string }[] = [];
  const problem = childRefProblem(body.childRef);
  if (problem) errors.push({ field: 'body.childRef', message: CHILD_REF_MESSAGES[problem] });
  if (!LEGAL_BASES_BY_STREAM[body.stream].includes(body.legalBasis)) {
    errors.push({
      field: 'body.legalBasis',
      message: `is not a legal basis for the ${body.stream} stream (use ${LEGAL_BASES_BY_STREAM[body.stream].join(', ')})`,
    });
  }
  if (!localAuthority(body.homeLaCode))
    errors.push({
      field: 'body.homeLaCode',
      message: "is not one of England's children's services authorities",
    });
  if (ctxOrg.role === 'la' && !localAuthority(ctxOrg.org))
    errors.push({ field: 'org', message: 'your organisation is not a known local authority' });
  if (new Set(body.needs).size !== body.needs.length)
    errors.push({ field: 'body.needs', message: 'lists a need twice' });
  if (errors.length) throw new ValidationFailed(errors);
}

export const requestRoutes = [
  route({
    method: 'POST',
    path: '/v1/requests',
    group: 'requests',
    policy: ['la', 'coordinator'],
    summary: 'Ask for a secure bed for a child (pseudonymous)',
    creates: true,
    body: CreateRequestBody,
    response: Request,
    successStatus: 201,
    idempotent: true,
    handler: async (ctx) => {
      checkRequest(ctx.body, ctx.principal);
      const home = localAuthority(ctx.body.homeLaCode);
      const laCode = ctx.principal.role === 'la' ? ctx.principal.org : ctx.body.homeLaCode;
      const item = await ctx.deps.store.requests.create(
        {
          laCode,
          childRef: ctx.body.childRef,
          ageYears: ctx.body.ageYears,
          sex: ctx.body.sex,
          stream: ctx.body.stream,
          legalBasis: ctx.body.legalBasis,
          needs: ctx.body.needs,
          homeLaCode: ctx.body.homeLaCode,
          homeRegionCode: home?.regionCode ?? 'unknown',
          neededBy: ctx.body.neededBy,
          legalAuthorityEndsOn: ctx.body.legalAuthorityEndsOn ?? null,
        },
        actorOf(ctx),
        ctx.now,
      );
      return {
        status: 201,
        body: toRequest(item, ctx.now),
        headers: { location: `/v1/requests/${item.id}` },
      };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/requests',
    group: 'requests',
    policy: ['la', 'provider', 'coordinator'],
    summary: "Your organisation's requests (coordinator: all)",
    query: RequestsQuery,
    response: listOf(Request),
    handler: async (ctx) => {
      const p = await ctx.deps.store.requests.list(scopeOf(ctx.principal), ctx.query);
      return { status: 200, body: page(p, (r) => toRequest(r, ctx.now)) };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/requests/{id}',
    group: 'requests',
    policy: ['la', 'provider', 'coordinator'],
    summary: 'One request',
    params: IdPath,
    response: Request,
    handler: async (ctx) => {
      const request = await readableRequest(ctx, ctx.params.id);
      await ctx.deps.store.audit.recordRead({
        entity: request.id,
        entityType: 'request',
        action: 'request.read',
        actor: actorOf(ctx),
        at: ctx.now.toISOString(),
      });
      return { status: 200, body: toRequest(request, ctx.now) };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/requests/{id}/matches',
    group: 'requests',
    policy: ['la', 'coordinator'],
    summary: 'Units with a free bed that fits, ranked by fit then distance, with reasons',
    params: IdPath,
    response: listOf(Match),
    handler: async (ctx) => {
      const request = await ownRequest(ctx, ctx.params.id);
      const home = localAuthority(request.homeLaCode);
      const items = await ctx.deps.store.units.matchCandidates(request.stream, request);
      const matches = rankMatches(
        request,
        items.map((i) => ({ ...i, available: effectiveCounts(i, ctx.now).available })),
        home ?? { lat: 52.5, lon: -1.5 },
        ctx.now,
      );
      if (request.status === 'open')
        await ctx.deps.store.requests.recordMatchOutcome(request, matches.length > 0, ctx.now);
      return { status: 200, body: { items: matches } };
    },
  }),
  route({
    method: 'POST',
    path: '/v1/requests/{id}/withdraw',
    group: 'requests',
    policy: ['la', 'coordinator'],
    summary: 'Withdraw a request that no longer needs a bed',
    problems: ['invalid_transition'],
    params: IdPath,
    response: Request,
    idempotent: true,
    handler: async (ctx) => {
      const request = await ownRequest(ctx, ctx.params.id);
      const withdrawn = await ctx.deps.store.requests.withdraw(request, actorOf(ctx), ctx.now);
      return { status: 200, body: toRequest(withdrawn, ctx.now) };
    },
  }),
];
