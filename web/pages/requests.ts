import { WithdrawOutcome } from '../../shared/contract/enums.js';
import { localAuthority } from '../../shared/data/lookup.js';
import { ApiProblem } from '../api.js';
import { errorsFromProblem, type FieldSpec, summaryOnly } from '../form-errors.js';
import {
  countOf,
  DECLINE_REASON_LABELS,
  formatAgo,
  formatDate,
  formatDateTime,
  formatDistance,
  labelOf,
  laName,
  REQUEST_STATUS_TAGS,
  STREAM_LABELS,
  tagOf,
} from '../format.js';
import { englandMap } from '../map.js';
import { backWithErrors, type PageRoute, page, redirect, withNotice } from '../page.js';
import { OUTCOME_LABELS } from '../referral-labels.js';
import { formBody, type Schemas, unlessRefused } from '../services/client.js';
import { holds, placeHold } from '../services/holds.js';
import { placements, placement as readPlacement } from '../services/placements.js';
import { referrals as listReferrals } from '../services/referrals.js';
import {
  matches as matchesOf,
  type Request,
  request as readRequest,
  requests,
  withdrawRequest,
} from '../services/requests.js';
import {
  expiryOf,
  formKey,
  holdTag,
  legalAuthorityWarnings,
  profileLine,
  profileRows,
  unitIndex,
  unitName,
} from './common.js';
import { answersPhrase, offerExpiry } from './referral-view.js';
import { declinesOf, matchCards, referralsOf } from './request-matches.js';

const byNeededBy = (a: Request, b: Request) => a.neededBy.localeCompare(b.neededBy);

const WITHDRAW_FIELDS: Record<string, FieldSpec> = {
  outcome: {
    id: 'outcome',
    label: 'What happened',
    missing: 'Select what happened to the child',
    invalid: 'Select what happened from the list',
  },
  note: {
    id: 'note',
    label: 'Note',
    missing: 'Enter a note',
    invalid: 'Note must be 500 characters or fewer, with no hidden characters',
  },
};

/** Matches on the request page: the first ten, then a link to the next ten. */
const MATCHES_PER_PAGE = 10;

export const requestPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/requests',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const [mine, held, placed, units, offers] = await Promise.all([
        requests(c.client),
        holds(c.client, { status: 'active' }),
        placements(c.client, { status: 'active' }),
        unitIndex(c.client),
        // What the navigation's count on "Requests" points at: offers to accept before they end.
        listReferrals(c.client, { status: 'offered' }),
      ]);
      const national = c.user.role === 'coordinator';
      const byId = new Map(mine.map((r) => [r.id, r]));
      const open = mine.filter((r) => r.status === 'open').sort(byNeededBy);
      const closed = mine.filter((r) => r.status !== 'open');
      const warned = placed.filter((p) => p.warnings.length > 0);
      return page('requests.njk', national ? 'Requests' : 'Your requests', {
        national,
        canStart: true,
        warnedPlacements: warned.length ? countOf(warned.length, 'placement') : undefined,
        offers: offers
          .filter((r) => r.status === 'offered')
          .sort((a, b) => (a.offerExpiresAt ?? '').localeCompare(b.offerExpiresAt ?? ''))
          .map((r) => ({
            href: `/requests/${r.requestId}/referrals`,
            childRef: byId.get(r.requestId)?.childRef ?? 'Request',
            unit: unitName(units, r.unitId),
            until: offerExpiry(r, c.now)?.until ?? '',
          })),
        open: open.map((r) => ({
          href: `/requests/${r.id}`,
          childRef: r.childRef,
          la: laName(r.laCode),
          profile: profileLine(r),
          neededBy: formatDate(r.neededBy),
          asked: formatAgo(r.createdAt, c.now),
          tag: r.activeHoldId
            ? { text: 'Bed held', classes: 'govuk-tag--yellow' }
            : tagOf(REQUEST_STATUS_TAGS, 'open'),
        })),
        holds: held
          .filter((h) => h.status === 'active')
          .map((h) => ({
            href: `/holds/${h.id}`,
            childRef: byId.get(h.requestId)?.childRef ?? 'Request',
            unit: unitName(units, h.unitId),
            until: expiryOf(h, c.now).until,
            tag: holdTag(h),
          })),
        closed: closed.slice(0, 50).map((r) => ({
          href: r.placementId ? `/placements/${r.placementId}` : `/requests/${r.id}`,
          childRef: r.childRef,
          la: laName(r.laCode),
          stream: labelOf(STREAM_LABELS, r.stream),
          updated: formatDate(r.updatedAt),
          tag: tagOf(REQUEST_STATUS_TAGS, r.status),
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/requests/:id',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const id = c.params.id ?? '';
      const [request, units, history, referrals] = await Promise.all([
        readRequest(c.client, id),
        unitIndex(c.client),
        holds(c.client, { requestId: id }),
        referralsOf(c.client, id),
      ]);
      // Homes already asked and still considering the child are not offered for referral again.
      const referred = new Set(
        referrals.filter((r) => r.status === 'pending' || r.status === 'offered').map((r) => r.unitId),
      );
      const typed = c.flash.values?.unitId;
      const chosen = new Set(Array.isArray(typed) ? typed : typed ? [typed] : []);
      const active = history.find((h) => h.status === 'active');
      const looking = request.status === 'open' && !active;
      // A page of matches at a time; `?matches=<cursor>` shows the next, so paging needs no script.
      const after = c.url.searchParams.get('matches') || undefined;
      const matchPage = looking
        ? await matchesOf(c.client, id, MATCHES_PER_PAGE, after)
        : { items: [], nextCursor: undefined };
      const matches = matchPage.items;
      const home = localAuthority(request.homeLaCode);
      const declines = declinesOf(history, referrals, units);
      const placement = request.placementId ? await readPlacement(c.client, request.placementId) : undefined;
      return page('request.njk', `Request for ${request.childRef}`, {
        // While looking, a small screen's first view is for the first unit that fits: the
        // navigation's "Requests" goes to the same list, so the back link steps aside there.
        backLink: { href: '/requests', text: 'All requests', classes: looking ? 'sb-wide-only' : undefined },
        request: {
          id: request.id,
          childRef: request.childRef,
          tag: active
            ? { text: 'Bed held', classes: 'govuk-tag--yellow' }
            : tagOf(REQUEST_STATUS_TAGS, request.status),
          rows: [
            ...profileRows(request),
            ...(c.user.role === 'coordinator'
              ? [{ key: { text: 'Asked by' }, value: { text: laName(request.laCode) } }]
              : []),
            { key: { text: 'Asked' }, value: { text: formatAgo(request.createdAt, c.now) } },
          ],
          open: request.status === 'open',
          line: profileLine(request),
        },
        active: active
          ? {
              href: `/holds/${active.id}`,
              unit: unitName(units, active.unitId),
              expiry: expiryOf(active, c.now),
            }
          : undefined,
        placement: placement
          ? {
              href: `/placements/${placement.id}`,
              unit: unitName(units, placement.unitId),
              since: formatDate(placement.startedAt),
              warnings: legalAuthorityWarnings(placement),
            }
          : undefined,
        looking,
        matchesFrom: after ? (matches[0]?.rank ?? 1) : undefined,
        moreMatches: matchPage.nextCursor
          ? `/requests/${request.id}?matches=${encodeURIComponent(matchPage.nextCursor)}#matches`
          : undefined,
        firstMatches: after ? `/requests/${request.id}#matches` : undefined,
        // The latest "no", said at the top while the worker is still looking for a bed.
        lastDecline: looking ? declines[0] : undefined,
        homeName: laName(request.homeLaCode),
        matches: matchCards(matches, units, declines).map((m) => ({
          ...m,
          referred: referred.has(m.unitId),
          chosen: chosen.has(m.unitId),
        })),
        referKey: formKey('refer'),
        referrals: referrals.length
          ? { href: `/requests/${id}/referrals`, phrase: answersPhrase(referrals), count: referrals.length }
          : undefined,
        lapsed: request.status === 'lapsed' ? { due: formatDateTime(request.refreshDueAt) } : undefined,
        map:
          matches.length > 0
            ? englandMap({
                id: 'matches-map',
                title: 'Map of units with a free bed that fits',
                description: `Numbered circles are the units listed, in rank order. The diamond is the child’s home local authority, ${laName(request.homeLaCode)}.`,
                markers: matches.map((m) => ({
                  lat: m.location.lat,
                  lon: m.location.lon,
                  label: String(m.rank),
                  title: `${m.rank}. ${m.name}, ${formatDistance(m.distanceKm)}`,
                })),
                home: home ? { lat: home.lat, lon: home.lon, title: `Home: ${home.name}` } : undefined,
              })
            : undefined,
        history: history
          .filter((h) => h.status !== 'active')
          .map((h) => ({
            href: `/holds/${h.id}`,
            unit: unitName(units, h.unitId),
            tag: holdTag(h),
            when: formatDate(h.decidedAt ?? h.expiresAt),
            reason: labelOf(DECLINE_REASON_LABELS, h.declineReason),
          })),
      });
    },
  },
  {
    method: 'POST',
    path: '/requests/:id/holds',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const id = c.params.id ?? '';
      const unitId = c.form.get('unitId');
      const held = await placeHold(c.client, { requestId: id, unitId }, c.form.get('idempotencyKey'));
      if (held.ok) {
        const hold = held.data;
        return withNotice(
          c,
          `/holds/${hold.id}`,
          'Bed held',
          'The unit has been asked to accept or decline. The bed is kept for nobody else until the hold ends.',
        );
      }
      const problem = held.problem;
      // A 404 names the request or the unit: the request gone (or not ours) is this page's own 404,
      // told apart by asking for the request rather than by reading the problem's words.
      if (held.kind === 'not_found') {
        const request = await unlessRefused(readRequest(c.client, id));
        if (!request) throw new ApiProblem(problem);
      }
      const text =
        problem.code === 'no_bed_available'
          ? 'That unit no longer has a free bed that fits: someone else has just taken it. Choose another unit.'
          : problem.code === 'hold_exists'
            ? 'A bed is already held for this request. Release it before holding another.'
            : problem.detail;
      return backWithErrors(c, `/requests/${id}`, summaryOnly({ text, href: '#matches' }));
    },
  },
  {
    method: 'GET',
    path: '/requests/:id/withdraw',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const request = await readRequest(c.client, c.params.id ?? '');
      if (request.status !== 'open' && request.status !== 'lapsed')
        return redirect(`/requests/${request.id}`);
      const typed = c.flash.values ?? {};
      return page('withdraw.njk', `Withdraw the request for ${request.childRef}`, {
        backLink: { href: `/requests/${request.id}` },
        childRef: request.childRef,
        outcomes: WithdrawOutcome.options.map((o) => ({
          value: o,
          text: OUTCOME_LABELS[o],
          checked: o === typed.outcome,
        })),
        note: typeof typed.note === 'string' ? typed.note : '',
        action: `/requests/${request.id}/withdraw`,
        cancel: `/requests/${request.id}`,
        idempotencyKey: formKey('withdraw'),
      });
    },
  },
  {
    method: 'POST',
    path: '/requests/:id/withdraw',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const sent = { outcome: c.form.get('outcome') || undefined, note: c.form.get('note') || undefined };
      const withdrawn = await withdrawRequest(
        c.client,
        c.params.id ?? '',
        formBody<Schemas['WithdrawBody']>(sent),
        c.form.get('idempotencyKey'),
      );
      if (!withdrawn.ok) {
        const p = withdrawn.problem;
        if (p.status === 404) throw new ApiProblem(p);
        const errors =
          p.code === 'validation_failed'
            ? errorsFromProblem(p, WITHDRAW_FIELDS, sent)
            : summaryOnly({ text: p.detail });
        return backWithErrors(c, `/requests/${c.params.id}/withdraw`, errors, {
          outcome: sent.outcome ?? '',
          note: sent.note ?? '',
        });
      }
      const request = withdrawn.data;
      return withNotice(
        c,
        '/requests',
        'Request withdrawn',
        `The request for ${request.childRef} is closed.`,
      );
    },
  },
];
