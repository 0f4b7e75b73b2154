import type { Referral } from '../../shared/contract/referrals.js';
import {
  countOf,
  DECLINE_REASON_LABELS,
  formatDateTime,
  labelOf,
  laName,
  NEED_LABELS,
  tagOf,
} from '../format.js';
import { CARE_STATUS_LABELS, CURRENT_LOCATION_LABELS, REFERRAL_STATUS_TAGS } from '../referral-labels.js';
import { childFactRows, countdown } from './common.js';

export const referralTag = (r: Referral) => tagOf(REFERRAL_STATUS_TAGS, r.status);

/** An offer's end, as words and as the instant console.mjs counts down to. */
export function offerExpiry(r: Referral, now: Date) {
  return r.offerExpiresAt ? countdown(r.offerExpiresAt, now, 15 * 60_000) : undefined;
}

const yesNo = (v: boolean | undefined) => (v === undefined ? 'Not given' : v ? 'Yes' : 'No');

/** What a home decides on: coded facts only, never the case reference. */
export function referralProfileRows(r: Referral) {
  const referredBy = { key: { text: 'Referred by' }, value: { text: laName(r.laCode) } };
  const { ageYears, sex, legalBasis, needs } = r;
  // A home whose referral has ended no longer gets the child's facts from the API.
  if (ageYears === undefined || sex === undefined || legalBasis === undefined || needs === undefined)
    return [
      {
        key: { text: 'Child' },
        value: { text: 'No longer shared with your home: this referral has ended' },
      },
      referredBy,
    ];
  const p = r.profile ?? {};
  return [
    ...childFactRows({ ageYears, sex, legalBasis, stream: r.stream }),
    {
      key: { text: 'Needs' },
      value: { text: needs.map((n) => labelOf(NEED_LABELS, n)).join(', ') || 'None given' },
    },
    {
      key: { text: 'Where the child is now' },
      value: { text: p.currentLocation ? CURRENT_LOCATION_LABELS[p.currentLocation] : 'Not given' },
    },
    {
      key: { text: 'Care status' },
      value: { text: p.careStatus ? CARE_STATUS_LABELS[p.careStatus] : 'Not given' },
    },
    { key: { text: 'Youth offending team involved' }, value: { text: yesNo(p.yotInvolved) } },
    { key: { text: 'Education, health and care plan' }, value: { text: yesNo(p.ehcp) } },
    { key: { text: 'CAMHS involved' }, value: { text: yesNo(p.camhsInvolved) } },
    {
      key: { text: 'Risk flags' },
      value: { text: (p.riskFlags ?? []).map((n) => labelOf(NEED_LABELS, n)).join(', ') || 'None given' },
    },
    referredBy,
  ];
}

/** How a home answered, in a sentence for the local authority. */
export function answerOf(r: Referral, now: Date): string {
  switch (r.status) {
    case 'pending':
      return Date.parse(r.respondBy) <= now.getTime()
        ? `No answer yet: it was due by ${formatDateTime(r.respondBy)}. Phone the home.`
        : `Not answered yet. Due by ${formatDateTime(r.respondBy)}.`;
    case 'offered':
      return 'The home would take the child now. No bed is kept until you accept.';
    case 'declined':
      return `Declined: ${labelOf(DECLINE_REASON_LABELS, r.declineReason)}.`;
    case 'accepted':
      return 'You accepted this offer: the child is placed here.';
    case 'withdrawn':
      return 'Withdrawn: the home has been told it is no longer needed.';
    default:
      return `The offer ended at ${formatDateTime(r.offerExpiresAt)} without being accepted.`;
  }
}

/** The answers in one phrase, the status watch's value: it changes whenever any home answers. */
export function answersPhrase(referrals: Referral[]): string {
  const n = (s: Referral['status']) => referrals.filter((r) => r.status === s).length;
  const parts = [
    n('offered') && countOf(n('offered'), 'offer'),
    n('declined') && countOf(n('declined'), 'decline'),
    n('pending') && `${n('pending')} waiting`,
    n('accepted') && 'accepted',
    n('expired') && countOf(n('expired'), 'expired offer'),
  ].filter(Boolean);
  return parts.join(', ') || 'no live referrals';
}

/** What happens next, for the local authority waiting on several homes. */
export function referralNextSteps(referrals: Referral[], open: boolean): string[] {
  if (!open) {
    return referrals.some((r) => r.status === 'accepted')
      ? [
          'The child is placed. Agree transport and hand-over with the home’s duty contact.',
          'Every other home has been told that the referral is withdrawn.',
        ]
      : ['The request is closed. The homes still considering it were told.'];
  }
  const offers = referrals.filter((r) => r.status === 'offered').length;
  return [
    offers
      ? 'Accept the offer that suits the child best before it ends. Accepting takes a free bed at that home and places the child at once.'
      : 'Each home has been told. They offer or decline; this page says so as soon as they do.',
    'When you accept one offer, every other referral is withdrawn and those homes are told.',
    'An offer keeps no bed: if the home fills before you accept, you are told and the offer stands for when a bed frees.',
    'If it is urgent, phone a home’s duty contact below.',
  ];
}
