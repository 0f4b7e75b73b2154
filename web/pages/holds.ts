import { coordinationView, dutyContactView } from '../duty-contact.js';
import { summaryOnly } from '../form-errors.js';
import { DECLINE_REASON_LABELS, formatDateTime, labelOf, laName } from '../format.js';
import { backWithErrors, type PageContext, type PageRoute, page, withNotice } from '../page.js';
import { formBody, type Schemas, type TypedClient, unlessRefused } from '../services/client.js';
import { acceptHold, declineHold, holds, hold as readHold, releaseHold } from '../services/holds.js';
import { type Request, request } from '../services/requests.js';
import { expiryOf, formKey, holdTag, profileLine, profileRows, unitIndex, unitName } from './common.js';
import { declineFormView, declineRefused, declineTyped } from './decline-form.js';
import { holdHeading, holdNextSteps } from './hold-next.js';

/** The request behind a hold, if this user may read it (a provider sees it only while it has a hold). */
function requestOf(client: TypedClient, id: string): Promise<Request | undefined> {
  return unlessRefused(request(client, id));
}

/** What has already happened to a hold that can no longer be changed, said once (the API's detail repeats it). */
const SETTLED: Record<string, string> = {
  accepted: 'The home has already accepted this child, so the hold can no longer be changed.',
  declined: 'The home has already declined this hold, so it can no longer be changed.',
  released: 'This hold has already been released, so it can no longer be changed.',
  expired: 'This hold has already ended: nobody decided in time, and the bed is free again.',
};

/** A refused decision in plain words: an `invalid_transition` says what the hold is now, from a fresh read. */
async function problemText(c: PageContext, code: string, detail: string): Promise<string> {
  if (code !== 'invalid_transition') return detail;
  const now = await unlessRefused(readHold(c.client, c.params.id ?? ''));
  return (now && SETTLED[now.status]) ?? detail;
}

export const holdPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/holds',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const [active, units] = await Promise.all([holds(c.client, { status: 'active' }), unitIndex(c.client)]);
      // Read back as expired once past expiresAt, whatever the sweeper has done: show only live ones.
      const live = active
        .filter((h) => h.status === 'active')
        .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
      const requests = await Promise.all(live.map((h) => requestOf(c.client, h.requestId)));
      const deciding = c.user.role !== 'la';
      return page('holds.njk', deciding ? 'Holds waiting for a decision' : 'Beds held', {
        deciding,
        holds: live.map((h, i) => {
          const r = requests[i];
          const expiry = expiryOf(h, c.now);
          return {
            href: `/holds/${h.id}`,
            action: deciding ? 'Decide' : 'View',
            unit: unitName(units, h.unitId),
            child: r ? `${r.childRef}: ${profileLine(r)}` : 'Request not available',
            la: laName(h.laCode),
            until: expiry.until,
            left: expiry.left,
            soon: expiry.soon,
          };
        }),
      });
    },
  },
  {
    method: 'GET',
    path: '/holds/:id',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const hold = await readHold(c.client, c.params.id ?? '');
      const [request, units] = await Promise.all([requestOf(c.client, hold.requestId), unitIndex(c.client)]);
      const unit = unitName(units, hold.unitId);
      const active = hold.status === 'active';
      const role = c.user.role;
      const heading = holdHeading(hold, unit, role);
      return page('hold.njk', heading, {
        backLink:
          role === 'la'
            ? { href: `/requests/${hold.requestId}`, text: 'Back to the request' }
            : { href: '/holds' },
        heading,
        tag: holdTag(hold),
        status: hold.status,
        nextSteps: holdNextSteps(hold, role),
        coordination: coordinationView(),
        // The home's own line is for the local authority and coordination; the home knows it.
        showDuty: role !== 'provider',
        duty: dutyContactView(units.get(hold.unitId)?.dutyContact),
        unit,
        expiry: active ? expiryOf(hold, c.now) : undefined,
        outcome: active
          ? undefined
          : hold.status === 'declined'
            ? `Reason: ${labelOf(DECLINE_REASON_LABELS, hold.declineReason)}.`
            : hold.status === 'accepted'
              ? 'The unit accepted the child.'
              : hold.status === 'released'
                ? 'The hold was released and the bed is free again.'
                : `The hold ended at ${formatDateTime(hold.expiresAt)} without a decision. The bed is free again.`,
        declineNote: hold.status === 'declined' ? (hold.declineNote ?? undefined) : undefined,
        placementHref: hold.placementId ? `/placements/${hold.placementId}` : undefined,
        requestHref: role !== 'provider' ? `/requests/${hold.requestId}` : undefined,
        holdRows: [
          { key: { text: 'Unit' }, value: { text: unit } },
          { key: { text: 'Bed' }, value: { text: hold.bedId } },
          { key: { text: 'Held by' }, value: { text: laName(hold.laCode) } },
          { key: { text: 'Held at' }, value: { text: formatDateTime(hold.createdAt) } },
        ],
        childRows: request ? profileRows(request) : undefined,
        // A home sees the child only while the hold is its to decide (or the child is placed with it).
        childGone: !request && role === 'provider' && hold.status !== 'accepted',
        canRelease: active && role !== 'provider',
        canDecide: active && role !== 'la',
        holdId: hold.id,
        acceptKey: formKey('accept'),
        declineKey: formKey('decline'),
        ...declineFormView(c),
      });
    },
  },
  {
    method: 'GET',
    path: '/holds/:id/release',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const hold = await readHold(c.client, c.params.id ?? '');
      const unit = unitName(await unitIndex(c.client), hold.unitId);
      return page('confirm.njk', 'Release this hold?', {
        backLink: { href: `/holds/${hold.id}` },
        heading: `Release the bed held at ${unit}?`,
        body: [
          'The bed goes back to the register at once and another local authority may take it.',
          'You cannot undo this: to have this bed again you would need to hold it again, if it is still free.',
        ],
        action: `/holds/${hold.id}/release`,
        confirmText: 'Yes, release the hold',
        cancel: { href: `/holds/${hold.id}`, text: 'No, keep the hold' },
        warning: true,
      });
    },
  },
  {
    method: 'POST',
    path: '/holds/:id/release',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const released = await releaseHold(c.client, c.params.id ?? '');
      if (!released.ok) {
        const p = released.problem;
        return backWithErrors(
          c,
          `/holds/${c.params.id}`,
          summaryOnly({ text: await problemText(c, p.code, p.detail) }),
        );
      }
      const hold = released.data;
      return withNotice(
        c,
        `/requests/${hold.requestId}`,
        'Hold released',
        'The bed is free for others again.',
      );
    },
  },
  {
    method: 'POST',
    path: '/holds/:id/accept',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const accepted = await acceptHold(c.client, c.params.id ?? '', c.form.get('idempotencyKey'));
      if (!accepted.ok) {
        const p = accepted.problem;
        return backWithErrors(
          c,
          `/holds/${c.params.id}`,
          summaryOnly({ text: await problemText(c, p.code, p.detail) }),
        );
      }
      const placement = accepted.data;
      return withNotice(
        c,
        `/placements/${placement.id}`,
        'Child accepted',
        `${placement.childRef} is placed. The local authority has been told.`,
      );
    },
  },
  {
    method: 'POST',
    path: '/holds/:id/decline',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const typed = declineTyped(c);
      const sent = formBody<Schemas['DeclineBody']>(typed);
      const declined = await declineHold(c.client, c.params.id ?? '', sent, c.form.get('idempotencyKey'));
      if (!declined.ok) {
        const p = declined.problem;
        return declineRefused(c, `/holds/${c.params.id}`, p, typed, await problemText(c, p.code, p.detail));
      }
      return withNotice(
        c,
        '/holds',
        'Hold declined',
        'The bed is free again and the local authority has been told why.',
      );
    },
  },
];
