import { UnitStatus } from '../../shared/contract/enums.js';
import type { Problem } from '../../shared/contract/schemas.js';
import { summaryOnly } from '../form-errors.js';
import { backWithErrors, type PageContext, type PageRoute, page, withNotice } from '../page.js';
import { formBody, type Schemas } from '../services/client.js';
import { patchUnit, unit as readUnit } from '../services/units.js';
import type { FormErrors } from '../session.js';

/** The register's own facts on a unit's page, and the two forms that keep them current. */

const STATUS_LABELS: Record<UnitStatus, string> = {
  open: 'Open: takes children',
  paused: 'Paused: takes no new children for now',
  closed: 'Closed: takes no children',
};

const DUTY_FIELDS = { phone: 'Phone', email: 'Email', hours: 'Hours' } as const;

const changedMeanwhile = summaryOnly({
  text: 'Someone else changed this unit while you were looking at it. Check it below, then make your change again.',
});

/** A refused PATCH as the form's errors: each field against its input, the rest in the summary. */
function errorsOf(p: Problem, prefix: string, inputs: readonly string[]): FormErrors {
  const out: FormErrors = { summary: [], fields: {} };
  for (const e of p.errors ?? []) {
    const name = e.field.replace(prefix, '').split('.')[0] ?? '';
    const id = inputs.includes(name) ? name : undefined;
    const text = `${id ? ((DUTY_FIELDS as Record<string, string>)[id] ?? 'Reason') : 'The change'} ${e.message}`;
    if (id && out.fields[id]) continue;
    if (id) out.fields[id] = text;
    out.summary.push(id ? { text, href: `#${id}` } : { text });
  }
  if (!out.summary.length) out.summary.push({ text: p.detail || p.title });
  return out;
}

const unitOf = (c: PageContext) => readUnit(c.client, c.params.id ?? '');

export const unitRegisterPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/units/:id/duty-contact',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const unit = await unitOf(c);
      const typed = c.flash.values ?? {};
      const value = (k: keyof typeof DUTY_FIELDS) =>
        typeof typed[k] === 'string' ? typed[k] : (unit.dutyContact?.[k] ?? '');
      return page('unit-duty-contact.njk', `Duty contact for ${unit.name}`, {
        backLink: { href: `/units/${unit.id}` },
        unitName: unit.name,
        action: `/units/${unit.id}/duty-contact`,
        etag: unit.etag,
        phone: value('phone'),
        email: value('email'),
        hours: value('hours'),
      });
    },
  },
  {
    method: 'POST',
    path: '/units/:id/duty-contact',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const unitId = c.params.id ?? '';
      const here = `/units/${unitId}/duty-contact`;
      const typed = {
        phone: c.form.get('phone') ?? '',
        email: c.form.get('email') ?? '',
        hours: c.form.get('hours') ?? '',
      };
      const saved = await patchUnit(
        c.client,
        unitId,
        formBody<Schemas['UnitPatchBody']>({ dutyContact: typed }),
        c.form.get('etag'),
      );
      if (saved.ok)
        return withNotice(
          c,
          `/units/${unitId}`,
          'Duty contact saved',
          'Social workers now see these details.',
        );
      const p = saved.problem;
      if (p.code === 'version_mismatch' || p.code === 'precondition_required')
        return backWithErrors(c, here, changedMeanwhile, typed);
      return backWithErrors(c, here, errorsOf(p, 'body.dutyContact.', Object.keys(DUTY_FIELDS)), typed);
    },
  },
  {
    method: 'GET',
    path: '/units/:id/status',
    roles: ['coordinator'],
    handle: async (c) => {
      const unit = await unitOf(c);
      const typed = c.flash.values ?? {};
      const status = typeof typed.status === 'string' ? typed.status : unit.status;
      return page('unit-status.njk', `Status of ${unit.name}`, {
        backLink: { href: `/units/${unit.id}` },
        unitName: unit.name,
        action: `/units/${unit.id}/status`,
        etag: unit.etag,
        statuses: UnitStatus.options.map((s) => ({
          value: s,
          text: STATUS_LABELS[s],
          checked: s === status,
        })),
        reason: typeof typed.reason === 'string' ? typed.reason : (unit.statusReason ?? ''),
      });
    },
  },
  {
    method: 'POST',
    path: '/units/:id/status',
    roles: ['coordinator'],
    handle: async (c) => {
      const unitId = c.params.id ?? '';
      const here = `/units/${unitId}/status`;
      const status = c.form.get('status') ?? '';
      const reason = (c.form.get('reason') ?? '').trim();
      const typed = { status, reason };
      const errors: FormErrors = { summary: [], fields: {} };
      if (!UnitStatus.safeParse(status).success) {
        errors.fields.status = 'Select whether the unit is open, paused or closed';
        errors.summary.push({ text: errors.fields.status, href: '#status' });
      }
      if (!reason) {
        errors.fields.reason = 'Enter why, so everyone who sees the unit knows';
        errors.summary.push({ text: errors.fields.reason, href: '#reason' });
      }
      if (errors.summary.length) return backWithErrors(c, here, errors, typed);
      if (c.form.get('confirmed') !== 'yes') {
        // A unit that is not open drops out of every match at once: say so and ask again.
        const unit = await unitOf(c);
        return page('confirm.njk', `Set ${unit.name} to ${status}?`, {
          heading: `Set ${unit.name} to ${status}?`,
          body: [
            STATUS_LABELS[status as UnitStatus],
            `Reason: ${reason}`,
            status === 'open'
              ? 'It will be offered in matches, referrals and holds again.'
              : 'It will no longer be matched, referred to or held. Its current holds and placements stay as they are.',
          ],
          warning: false,
          action: here,
          hidden: { status, reason, etag: c.form.get('etag') ?? '', confirmed: 'yes' },
          confirmText: 'Change the status',
          cancel: { href: `/units/${unitId}`, text: 'Cancel' },
        });
      }
      const changed = await patchUnit(
        c.client,
        unitId,
        formBody<Schemas['UnitPatchBody']>({ status, statusReason: reason }),
        c.form.get('etag'),
      );
      if (changed.ok) return withNotice(c, `/units/${unitId}`, `Status changed to ${status}`, reason);
      const p = changed.problem;
      if (p.code === 'version_mismatch' || p.code === 'precondition_required')
        return backWithErrors(c, here, changedMeanwhile, typed);
      return backWithErrors(c, here, errorsOf(p, 'body.', ['status']), typed);
    },
  },
];
