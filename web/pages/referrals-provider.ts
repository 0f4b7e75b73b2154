import { COORDINATION } from '../duty-contact.js';
import { summaryOnly } from '../form-errors.js';
import { DECLINE_REASON_LABELS, formatDateTime, labelOf, laName } from '../format.js';
import { backWithErrors, type PageRoute, page, withNotice } from '../page.js';
import { formBody, type Schemas } from '../services/client.js';
import { declineReferral, offer, type Referral, referral, referrals } from '../services/referrals.js';
import { formKey, profileLine } from './common.js';
import { declineFormView, declineRefused, declineTyped } from './decline-form.js';
import { answerOf, offerExpiry, referralProfileRows, referralTag } from './referral-view.js';

const problemText = (code: string, detail: string) =>
  code === 'invalid_transition'
    ? `This referral can no longer be answered: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}.`
    : detail;

/** What the home should do now, by the referral's state. */
function homeNextSteps(r: Referral, until: string | undefined): string[] {
  switch (r.status) {
    case 'pending':
      return [
        'Read what the local authority has told you about the child and decide whether the home could take them now.',
        `Offer or decline by ${formatDateTime(r.respondBy)}. Offering keeps no bed: the local authority may accept while you still have one free.`,
        'Decline with the reason: the local authority sees it at once, and reasons are counted nationally.',
      ];
    case 'offered':
      return [
        `Your offer stands until ${until}. If the local authority accepts, a free bed is taken and you are told.`,
        'If you fill the bed meanwhile, the local authority is told there is no bed when it tries to accept.',
      ];
    case 'accepted':
      return ['The child is placed with you. Agree transport and hand-over with the local authority.'];
    default:
      return ['Nothing more is needed from you on this referral.'];
  }
}

/** The home's side: referrals waiting for an answer, each with the pseudonymous profile, offer or decline. */
export const providerReferralPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/referrals',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const [pending, offered] = await Promise.all([
        referrals(c.client, { status: 'pending' }),
        referrals(c.client, { status: 'offered' }),
      ]);
      const row = (r: Referral, action: string) => ({
        href: `/referrals/${r.id}`,
        action,
        unit: r.unitName,
        child: profileLine(r),
        la: laName(r.laCode),
        due: formatDateTime(r.status === 'offered' ? r.offerExpiresAt : r.respondBy),
        late: r.status === 'pending' && Date.parse(r.respondBy) <= c.now.getTime(),
      });
      const byDue = (a: Referral, b: Referral) => a.respondBy.localeCompare(b.respondBy);
      return page('referrals.njk', 'Referrals waiting for an answer', {
        national: c.user.role === 'coordinator',
        waiting: pending
          .filter((r) => r.status === 'pending')
          .sort(byDue)
          .map((r) => row(r, 'Answer')),
        offered: offered
          .filter((r) => r.status === 'offered')
          .sort(byDue)
          .map((r) => row(r, 'View')),
      });
    },
  },
  {
    method: 'GET',
    path: '/referrals/:id',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const r = await referral(c.client, c.params.id ?? '');
      const role = c.user.role;
      const expiry = offerExpiry(r, c.now);
      const live = r.status === 'pending' || r.status === 'offered';
      return page('referral.njk', `Referral to ${r.unitName}`, {
        backLink:
          role === 'la'
            ? { href: `/requests/${r.requestId}/referrals`, text: 'Back to the answers' }
            : { href: '/referrals' },
        heading: `Referral to ${r.unitName}`,
        tag: referralTag(r),
        status: r.status,
        watch: live,
        answer: answerOf(r, c.now),
        declineNote: r.status === 'declined' ? r.declineNote : undefined,
        offer: r.status === 'offered' ? expiry : undefined,
        nextSteps: role === 'la' ? undefined : homeNextSteps(r, expiry?.until),
        coordination: COORDINATION,
        rows: [
          { key: { text: 'Unit' }, value: { text: r.unitName } },
          { key: { text: 'Referred' }, value: { text: formatDateTime(r.createdAt) } },
          { key: { text: 'Answer by' }, value: { text: formatDateTime(r.respondBy) } },
        ],
        childRows: referralProfileRows(r),
        answersHref: role !== 'provider' ? `/requests/${r.requestId}/referrals` : undefined,
        placementHref: r.placementId ? `/placements/${r.placementId}` : undefined,
        canAnswer: r.status === 'pending' && role !== 'la',
        canDecline: live && role !== 'la',
        referralId: r.id,
        offerKey: formKey('offer'),
        declineKey: formKey('decline-referral'),
        ...declineFormView(c),
      });
    },
  },
  {
    method: 'POST',
    path: '/referrals/:id/offer',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const offered = await offer(c.client, c.params.id ?? '', c.form.get('idempotencyKey'));
      if (!offered.ok) {
        const p = offered.problem;
        return backWithErrors(
          c,
          `/referrals/${c.params.id}`,
          summaryOnly({ text: problemText(p.code, p.detail) }),
        );
      }
      const r = offered.data;
      return withNotice(
        c,
        `/referrals/${r.id}`,
        'Offer sent',
        `${laName(r.laCode)} has been told. Your offer stands until ${formatDateTime(r.offerExpiresAt)}; no bed is kept for it.`,
      );
    },
  },
  {
    method: 'POST',
    path: '/referrals/:id/decline',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const typed = declineTyped(c);
      const sent = formBody<Schemas['DeclineBody']>(typed);
      const declined = await declineReferral(c.client, c.params.id ?? '', sent, c.form.get('idempotencyKey'));
      if (!declined.ok) {
        const p = declined.problem;
        return declineRefused(c, `/referrals/${c.params.id}`, p, typed, problemText(p.code, p.detail));
      }
      const r = declined.data;
      return withNotice(
        c,
        '/referrals',
        'Referral declined',
        `${laName(r.laCode)} has been told: ${labelOf(DECLINE_REASON_LABELS, r.declineReason).toLowerCase()}.`,
      );
    },
  },
];
