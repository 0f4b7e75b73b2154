import { ApiProblem } from '../api.js';
import { COORDINATION, dutyContactView } from '../duty-contact.js';
import { fieldError, summaryOnly } from '../form-errors.js';
import { countOf, formatDate, formatDateTime, REQUEST_STATUS_TAGS, tagOf } from '../format.js';
import { backWithErrors, type PageRoute, page, redirect, withNotice } from '../page.js';
import {
  acceptOffer,
  type Referral,
  referral as readReferral,
  refer,
  referrals,
} from '../services/referrals.js';
import { request as readRequest, refreshRequest } from '../services/requests.js';
import { formKey, unitIndex, unitName } from './common.js';
import { answerOf, answersPhrase, offerExpiry, referralNextSteps, referralTag } from './referral-view.js';

/** SPEC: one referral round reaches at most ten units. */
const MOST_UNITS = 10;

/** Offers first (they end), then homes still to answer, then the rest. */
const ORDER: Record<Referral['status'], number> = {
  offered: 0,
  accepted: 1,
  pending: 2,
  declined: 3,
  expired: 4,
  withdrawn: 5,
};

const LA_ROLES = ['la', 'coordinator'] as const;

/** The local authority's side of referrals: refer to several homes, see each answer, accept one offer. */
export const laReferralPages: PageRoute[] = [
  {
    method: 'POST',
    path: '/requests/:id/referrals',
    roles: LA_ROLES,
    handle: async (c) => {
      const id = c.params.id ?? '';
      const unitIds = [...new Set(c.form.all('unitId'))];
      if (unitIds.length === 0)
        return backWithErrors(
          c,
          `/requests/${id}`,
          fieldError('refer-units', 'Select at least one home to refer to'),
        );
      if (unitIds.length > MOST_UNITS)
        return backWithErrors(
          c,
          `/requests/${id}`,
          fieldError('refer-units', `Select no more than ${MOST_UNITS} homes at once`),
          { unitId: unitIds },
        );
      const referred = await refer(c.client, { requestId: id, unitIds }, c.form.get('idempotencyKey'));
      if (referred.ok) {
        const made = referred.data.items;
        return withNotice(
          c,
          `/requests/${id}/referrals`,
          `Referred to ${countOf(made.length, 'home')}`,
          'Each home has been told and will offer or decline. No bed is kept until you accept an offer.',
        );
      }
      const p = referred.problem;
      if (p.status === 404) throw new ApiProblem(p);
      const text =
        p.code === 'validation_failed'
          ? 'One of the homes you chose can no longer take referrals. Choose again from the list.'
          : p.code === 'invalid_transition' && p.errors?.length
            ? 'You have already referred this child to one of the homes you chose, and it has not answered yet or its offer still stands. Choose other homes.'
            : p.detail;
      return backWithErrors(c, `/requests/${id}`, summaryOnly({ text, href: '#refer-units' }), {
        unitId: unitIds,
      });
    },
  },
  {
    method: 'GET',
    path: '/requests/:id/referrals',
    roles: LA_ROLES,
    handle: async (c) => {
      const id = c.params.id ?? '';
      const [request, sent, units] = await Promise.all([
        readRequest(c.client, id),
        referrals(c.client, { requestId: id }),
        unitIndex(c.client),
      ]);
      const open = request.status === 'open';
      const sorted = [...sent].sort(
        (a, b) => ORDER[a.status] - ORDER[b.status] || a.unitName.localeCompare(b.unitName),
      );
      const phrase = answersPhrase(sent);
      return page('referral-answers.njk', `Referrals for ${request.childRef}`, {
        backLink: { href: `/requests/${id}`, text: 'Back to the request' },
        childRef: request.childRef,
        requestHref: `/requests/${id}`,
        requestTag: tagOf(REQUEST_STATUS_TAGS, request.status),
        open,
        watch:
          open && sent.some((r) => r.status === 'pending' || r.status === 'offered') ? phrase : undefined,
        watchHref: `/requests/${id}/referrals`,
        summary: sent.length ? `${countOf(sent.length, 'home')} referred: ${phrase}.` : undefined,
        nextSteps: referralNextSteps(sent, open),
        coordination: COORDINATION,
        placementHref: request.placementId ? `/placements/${request.placementId}` : undefined,
        answers: sorted.map((r) => ({
          id: r.id,
          unit: unitName(units, r.unitId),
          tag: referralTag(r),
          answer: answerOf(r, c.now),
          note: r.status === 'declined' ? r.declineNote : undefined,
          offer: r.status === 'offered' ? offerExpiry(r, c.now) : undefined,
          asked: formatDateTime(r.createdAt),
          contact: dutyContactView(units.get(r.unitId)?.dutyContact),
          acceptHref: open && r.status === 'offered' ? `/referrals/${r.id}/accept` : undefined,
          placementHref: r.placementId ? `/placements/${r.placementId}` : undefined,
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/referrals/:id/accept',
    roles: LA_ROLES,
    handle: async (c) => {
      const referral = await readReferral(c.client, c.params.id ?? '');
      const back = `/requests/${referral.requestId}/referrals`;
      if (referral.status !== 'offered') return redirect(back);
      const [request, siblings] = await Promise.all([
        readRequest(c.client, referral.requestId),
        referrals(c.client, { requestId: referral.requestId }).then((all) =>
          all.filter((r) => r.id !== referral.id && (r.status === 'pending' || r.status === 'offered')),
        ),
      ]);
      const expiry = offerExpiry(referral, c.now);
      return page('confirm.njk', `Accept the offer from ${referral.unitName}?`, {
        backLink: { href: back },
        heading: `Accept the offer from ${referral.unitName} for ${request.childRef}?`,
        body: [
          `This places ${request.childRef} at ${referral.unitName} now: a free bed there is taken for the child and the home is told.`,
          siblings.length
            ? `The other ${countOf(siblings.length, 'referral')} still open for this child ${siblings.length === 1 ? 'is' : 'are'} withdrawn, and those homes are told.`
            : 'No other referral for this child is still open.',
          expiry ? `The offer stands until ${expiry.until}.` : '',
        ].filter(Boolean),
        action: `/referrals/${referral.id}/accept`,
        hidden: { idempotencyKey: formKey('accept-offer') },
        confirmText: 'Yes, accept and place the child',
        cancel: { href: back, text: 'No, go back to the answers' },
      });
    },
  },
  {
    method: 'POST',
    path: '/referrals/:id/accept',
    roles: LA_ROLES,
    handle: async (c) => {
      const id = c.params.id ?? '';
      const accepted = await acceptOffer(c.client, id, c.form.get('idempotencyKey'));
      if (accepted.ok) {
        const placement = accepted.data;
        return withNotice(
          c,
          `/placements/${placement.id}`,
          'Child placed',
          `${placement.childRef} is placed from ${formatDate(placement.startedAt)}. The home has been told, and the other referrals are withdrawn.`,
        );
      }
      const p = accepted.problem;
      if (p.status === 404) throw new ApiProblem(p);
      const referral = await readReferral(c.client, id);
      const text =
        p.code === 'no_bed_available'
          ? `${referral.unitName} has no free bed left for the child right now: someone else has just taken it. The offer still stands; accept another offer or phone the home.`
          : p.code === 'hold_exists'
            ? 'A bed is held for this child. Release the hold before accepting an offer.'
            : `This offer can no longer be accepted: ${p.detail.charAt(0).toLowerCase()}${p.detail.slice(1)}.`;
      return backWithErrors(c, `/requests/${referral.requestId}/referrals`, summaryOnly({ text }));
    },
  },
  {
    method: 'POST',
    path: '/requests/:id/refresh',
    roles: LA_ROLES,
    handle: async (c) => {
      const id = c.params.id ?? '';
      const request = await refreshRequest(c.client, id);
      return withNotice(
        c,
        `/requests/${id}`,
        'Request kept open',
        `It stays open until ${formatDateTime(request.refreshDueAt)}; confirm again by then if the child still needs a bed.`,
      );
    },
  },
];
