import { LEGAL_BASES_BY_STREAM } from '../../contract/enums.js';
import {
  CreateRequestBody,
  IdPath,
  listOf,
  Match,
  Paging,
  RefreshBody,
  Request,
  RequestsQuery,
  WithdrawBody,
} from '../../contract/schemas.js';
import { localAuthority } from '../../data/lookup.js';
import {
  mayActForRequest,
  mayReadRequest,
  type ProviderLink,
  providerMayReadRequest,
} from '../../domain/access.js';
import { CHILD_REF_MESSAGES, childRefProblem } from '../../domain/child-ref.js';
import { InvalidTransition, NotFound, ValidationFailed } from '../../domain/errors.js';
import { mayWithdraw, needsSosApproval, SOS_APPROVAL_UNDER } from '../../domain/requests.js';
import { matchPage } from '../../store/match-page.js';
import type { RequestItem } from '../../store/records.js';
import { withdrawReferralItems } from '../../store/referral-items.js';
import { toRequest } from '../mappers/requests.js';
import { actorOf, besideOnce, by, page, recorder } from '../respond.js';
import { type Ctx, route } from '../types.js';
import { scopeOf } from './scope.js';

/** The request if this caller may read it; otherwise 404, so ids don't leak. */
async function readableRequest(ctx: Ctx<unknown, unknown, unknown>, id: string): Promise<RequestItem> {
  const request = await ctx.deps.store.requests.get(id);
  const links = request && ctx.principal.role === 'provider' ? await providerLinks(ctx, request) : [];
  if (!request || !mayReadRequest(ctx.principal, request, links, ctx.now))
    throw new NotFound('No such request');
  return request;
}

/** The request's current hold and its placement, as links for the access rule (read only for providers). */
async function providerLinks(
  ctx: Ctx<unknown, unknown, unknown>,
  request: RequestItem,
): Promise<ProviderLink[]> {
  const [hold, placement, referrals] = await Promise.all([
    request.holdId ? ctx.deps.store.holds.get(request.holdId) : undefined,
    request.placementId ? ctx.deps.store.placements.get(request.placementId) : undefined,
    request.referralIds?.size ? ctx.deps.store.referrals.ofRequest(request) : [],
  ]);
  const links: ProviderLink[] = referrals.map((r) => ({
    kind: 'referral',
    providerId: r.providerId,
    status: r.status,
    endsAt: r.status === 'offered' ? (r.offerExpiresAt ?? null) : null,
  }));
  if (hold)
    links.push({ kind: 'hold', providerId: hold.providerId, status: hold.status, endsAt: hold.expiresAt });
  if (placement)
    links.push({ kind: 'placement', providerId: placement.providerId, status: placement.status });
  return links;
}

/** From a listed request alone: the hold it points at (it lists under that hold's provider) or its placement. */
function linksOfListed(r: RequestItem, providerId: string): ProviderLink[] {
  const links: ProviderLink[] = [];
  if (r.holdId) links.push({ kind: 'hold', providerId, status: 'active', endsAt: r.holdUntil ?? null });
  if (r.placementId && r.status === 'placed') links.push({ kind: 'placement', providerId, status: 'active' });
  return links;
}

async function ownRequest(ctx: Ctx<unknown, unknown, unknown>, id: string): Promise<RequestItem> {
  const request = await ctx.deps.store.requests.get(id);
  if (!request || !mayActForRequest(ctx.principal, request)) throw new NotFound('No such request');
  return request;
}

/** Whether any unit has a free bed that fits the request now (the first match, as the matches route finds it). */
async function anythingFits(ctx: Ctx<unknown, unknown, unknown>, request: RequestItem): Promise<boolean> {
  const { store } = ctx.deps;
  const home = localAuthority(request.homeLaCode);
  const [{ rules }, units] = await Promise.all([store.poolRules.get(), store.units.matchFacts.units()]);
  const first = await matchPage(store.db, units, request, home ?? { lat: 52.5, lon: -1.5 }, rules, ctx.now, {
    limit: 1,
  });
  return first.items.length > 0;
}

/**
 * A new request that no unit fits is unmet demand from its first moment: coordinators hear of it
 * at once (SPEC, Notifications), not only once someone reads its matches. The request is already
 * made, so a failure here is logged, not answered: the next read of its matches records it.
 */
async function recordFitOnCreate(ctx: Ctx<unknown, unknown, unknown>, request: RequestItem): Promise<void> {
  try {
    if (!(await anythingFits(ctx, request)))
      await ctx.deps.store.requests.recordMatchOutcome(request, false, ctx.now);
  } catch (error) {
    ctx.deps.logger.warn('could not check a new request for a fit', {
      requestId: request.id,
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
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
  if (needsSosApproval(body.stream, body.ageYears) && !body.sosApprovalRef)
    errors.push({
      field: 'body.sosApprovalRef',
      message: `is needed for a welfare placement of a child under ${SOS_APPROVAL_UNDER} (the Secretary of State's approval)`,
    });
  if (body.profile?.riskFlags && new Set(body.profile.riskFlags).size !== body.profile.riskFlags.length)
    errors.push({ field: 'body.profile.riskFlags', message: 'lists a flag twice' });
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
      const replyOf = (item: RequestItem) => ({
        status: 201,
        body: toRequest(item, ctx.now),
        headers: { location: `/v1/requests/${item.id}` },
      });
      // Nothing to read first: the key's look-up runs beside this one write, whose record refuses
      // it if an earlier call with the key was answered (then this call answers as that one did).
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
          ...(ctx.body.profile ? { profile: ctx.body.profile } : {}),
          ...(ctx.body.sosApprovalRef ? { sosApprovalRef: ctx.body.sosApprovalRef } : {}),
        },
        ...by(ctx, replyOf),
      );
      await recordFitOnCreate(ctx, item);
      return replyOf(item);
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
      const p = await ctx.deps.store.requests.list(scopeOf(ctx.principal), ctx.query, ctx.now);
      if (ctx.principal.role === 'provider') {
        // A provider's list holds the requests whose latest hold was on its beds; it keeps only
        // those where that hold is still live or became a placement (the rule of readableRequest).
        const org = ctx.principal.org;
        p.items = p.items.filter((r) => providerMayReadRequest(org, linksOfListed(r, org), ctx.now));
      }
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
    summary:
      'Open units with a free bed that fits, ranked by fit band (all, some or none of the child’s needs) then distance within a band, with reasons; a page at a time',
    params: IdPath,
    query: Paging,
    response: listOf(Match),
    handler: async (ctx) => {
      const request = await ownRequest(ctx, ctx.params.id);
      const home = localAuthority(request.homeLaCode);
      const { store } = ctx.deps;
      const [{ rules }, units] = await Promise.all([store.poolRules.get(), store.units.matchFacts.units()]);
      const matches = await matchPage(
        store.db,
        units,
        request,
        home ?? { lat: 52.5, lon: -1.5 },
        rules,
        ctx.now,
        ctx.query,
      );
      // The first page says whether anything fits at all: no fit is unmet demand.
      if (request.status === 'open' && ctx.query.cursor === undefined)
        await store.requests.recordMatchOutcome(request, matches.items.length > 0, ctx.now);
      return { status: 200, body: matches };
    },
  }),
  route({
    method: 'POST',
    path: '/v1/requests/{id}/withdraw',
    group: 'requests',
    policy: ['la', 'coordinator'],
    summary:
      'Withdraw a request, saying what happened to the child (outcome); its live referrals are withdrawn with it',
    problems: ['invalid_transition'],
    params: IdPath,
    body: WithdrawBody,
    response: Request,
    idempotent: true,
    handler: async (ctx) => {
      const { store } = ctx.deps;
      const actor = actorOf(ctx);
      const replyOf = (r: RequestItem) => ({ status: 200, body: toRequest(r, ctx.now) });
      // A home may answer a referral meanwhile: read them again and retry, a few times.
      for (let attempt = 1; ; attempt++) {
        const request = await besideOnce(ctx, ownRequest(ctx, ctx.params.id));
        const referrals = await store.referrals.ofRequest(request);
        try {
          const withdrawn = await store.requests.withdraw(
            request,
            ctx.body,
            actor,
            ctx.now,
            withdrawReferralItems(referrals, actor, ctx.now.toISOString(), 'request_withdrawn'),
            recorder(ctx, replyOf),
          );
          return replyOf(withdrawn);
        } catch (error) {
          if (!(error instanceof InvalidTransition) || attempt >= 3) throw error;
          const current = await store.requests.get(request.id);
          if (!current || !mayWithdraw(current, ctx.now)) throw error;
        }
      }
    },
  }),
  route({
    method: 'POST',
    path: '/v1/requests/{id}/refresh',
    group: 'requests',
    policy: ['la', 'coordinator'],
    summary:
      '"Still needed": moves refreshDueAt on 14 days (and reviewDueAt 3 months with {"reviewed": true}); a lapsed request is open again',
    problems: ['invalid_transition'],
    params: IdPath,
    body: RefreshBody,
    response: Request,
    idempotent: true,
    handler: async (ctx) => {
      const request = await besideOnce(ctx, ownRequest(ctx, ctx.params.id));
      const replyOf = (r: RequestItem) => ({ status: 200, body: toRequest(r, ctx.now) });
      const out = await ctx.deps.store.requests.refresh(
        request,
        ctx.body.reviewed === true,
        ...by(ctx, replyOf),
      );
      return replyOf(out);
    },
  }),
];
