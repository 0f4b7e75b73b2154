import type { Hold, Placement, Request } from '../../shared/contract/schemas.js';
import { type Api, asProblem } from '../api.js';
import { coordinationView, dutyContactView } from '../duty-contact.js';
import { errorsFromProblem, type FieldSpec, summaryOnly } from '../form-errors.js';
import { DECLINE_REASON_LABELS, declineReasonItems, formatDateTime, labelOf, laName } from '../format.js';
import { backWithErrors, type PageContext, type PageRoute, page, withNotice } from '../page.js';
import { expiryOf, formKey, holdTag, profileLine, profileRows, unitIndex, unitName } from './common.js';
import { holdHeading, holdNextSteps } from './hold-next.js';

const DECLINE_FIELDS: Record<string, FieldSpec> = {
  reason: {
    id: 'reason',
    label: 'Reason',
    missing: 'Select why you are declining',
    invalid: 'Select a reason from the list',
  },
  note: {
    id: 'note',
    label: 'Note',
    missing: 'Enter a note',
    invalid: 'Note must be 500 characters or fewer',
  },
};

/** The request behind a hold, if this user may read it (a provider sees it only while it has a hold). */
async function requestOf(api: Api, id: string): Promise<Request | undefined> {
  const reply = await api.call<Request>('GET', `/v1/requests/${id}`);
  return reply.status === 200 ? (reply.body as Request) : undefined;
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
  const now = await c.api.call<Hold>('GET', `/v1/holds/${c.params.id}`);
  const status = now.status === 200 ? (now.body as Hold).status : undefined;
  return (status && SETTLED[status]) ?? detail;
}

export const holdPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/holds',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const [holds, units] = await Promise.all([
        c.api.all<Hold>('/v1/holds', { status: 'active' }),
        unitIndex(c.api),
      ]);
      // Read back as expired once past expiresAt, whatever the sweeper has done: show only live ones.
      const live = holds
        .filter((h) => h.status === 'active')
        .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
      const requests = await Promise.all(live.map((h) => requestOf(c.api, h.requestId)));
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
      const hold = await c.api.get<Hold>(`/v1/holds/${c.params.id}`);
      const [request, units] = await Promise.all([requestOf(c.api, hold.requestId), unitIndex(c.api)]);
      const unit = unitName(units, hold.unitId);
      const active = hold.status === 'active';
      const role = c.user.role;
      const typed = c.flash.values ?? {};
      const reason = typeof typed.reason === 'string' ? typed.reason : '';
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
        reasons: declineReasonItems(reason),
        note: typeof typed.note === 'string' ? typed.note : '',
      });
    },
  },
  {
    method: 'GET',
    path: '/holds/:id/release',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const hold = await c.api.get<Hold>(`/v1/holds/${c.params.id}`);
      const unit = unitName(await unitIndex(c.api), hold.unitId);
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
      const reply = await c.api.call<Hold>('DELETE', `/v1/holds/${c.params.id}`);
      if (reply.status !== 200) {
        const p = asProblem(reply);
        return backWithErrors(
          c,
          `/holds/${c.params.id}`,
          summaryOnly({ text: await problemText(c, p.code, p.detail) }),
        );
      }
      const hold = reply.body as Hold;
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
      const reply = await c.api.call<Placement>('POST', `/v1/holds/${c.params.id}/accept`, {
        body: {},
        idempotencyKey: c.form.get('idempotencyKey') || undefined,
      });
      if (reply.status !== 201 && reply.status !== 200) {
        const p = asProblem(reply);
        return backWithErrors(
          c,
          `/holds/${c.params.id}`,
          summaryOnly({ text: await problemText(c, p.code, p.detail) }),
        );
      }
      const placement = reply.body as Placement;
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
      const sent = { reason: c.form.get('reason') || undefined, note: c.form.get('note') || undefined };
      const reply = await c.api.call<Hold>('POST', `/v1/holds/${c.params.id}/decline`, {
        body: sent,
        idempotencyKey: c.form.get('idempotencyKey') || undefined,
      });
      if (reply.status !== 200) {
        const p = asProblem(reply);
        const errors =
          p.code === 'validation_failed'
            ? errorsFromProblem(p, DECLINE_FIELDS, sent)
            : summaryOnly({ text: await problemText(c, p.code, p.detail) });
        return backWithErrors(c, `/holds/${c.params.id}`, errors, {
          reason: sent.reason ?? '',
          note: sent.note ?? '',
        });
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
