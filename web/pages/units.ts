import { ClosedReason } from '../../shared/contract/enums.js';
import { errorsFromProblem, type FieldSpec, fieldError, summaryOnly } from '../form-errors.js';
import {
  BED_STATE_TAGS,
  CLOSED_REASON_LABELS,
  countOf,
  formatAgo,
  labelOf,
  regionName,
  STREAM_LABELS,
  tagOf,
  UNIT_KIND_LABELS,
} from '../format.js';
import { backWithErrors, type PageContext, type PageRoute, page, withNotice } from '../page.js';
import { formBody, type Schemas } from '../services/client.js';
import { holds } from '../services/holds.js';
import { referrals } from '../services/referrals.js';
import { allUnits } from '../services/register.js';
import {
  type Bed,
  beds as bedsOf,
  confirmUnit,
  unit as readUnit,
  setBed,
  type Unit,
} from '../services/units.js';
import { registerRows } from '../unit-facts.js';

const BED_FIELDS: Record<string, FieldSpec> = {
  state: { id: 'state', label: 'State', missing: 'Select whether the bed is available or closed' },
  reason: {
    id: 'reason',
    label: 'Reason',
    missing: 'Select why the bed is closed',
    invalid: 'Select why the bed is closed from the list',
  },
};

/** Only beds a person may set here: held and occupied beds change through holds and placements. */
const settable = (b: Bed) => b.state === 'available' || b.state === 'closed';

function freeBeds(u: Unit): string {
  // A paused or closed unit offers no bed, however many are free: say that, not "0".
  if (u.status !== 'open') return `None offered while ${u.status} (${countOf(u.freeBeds, 'bed')} free)`;
  const parts = u.streams.map((s) => `${labelOf(STREAM_LABELS, s)}: ${u.availability[s] ?? 0}`);
  return parts.join(', ');
}

/** What a bed may serve and whose contract it is on, e.g. "Welfare or justice (MoJ contract)". */
function bedServes(b: Bed): string {
  const streams = b.eligibleStreams.map((s) => labelOf(STREAM_LABELS, s));
  const serves = streams.map((s, i) => (i === 0 ? s : s.toLowerCase())).join(' or ');
  return `${serves} (${b.contractedTo ? `${b.contractedTo} contract` : 'pooled spot bed'})`;
}

function confirmed(u: Unit, now: Date) {
  return {
    ago: formatAgo(u.lastConfirmedAt, now),
    stale: u.stale,
  };
}

async function unitAndBeds(c: PageContext) {
  const id = c.params.id ?? '';
  const [unit, beds] = await Promise.all([readUnit(c.client, id), bedsOf(c.client, id)]);
  return { unit, beds };
}

export const unitPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/units',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const provider = c.user.role === 'provider';
      const [all, held, pending] = await Promise.all([
        allUnits(c.client),
        // A provider starts here: what waits for its decision comes first.
        provider ? holds(c.client, { status: 'active' }) : Promise.resolve([]),
        provider ? referrals(c.client, { status: 'pending' }) : Promise.resolve([]),
      ]);
      // The register is public to every role; a provider's console shows only its own units.
      const units = c.user.role === 'provider' ? all.filter((u) => u.providerId === c.user.org) : all;
      const waiting = held.filter((h) => h.status === 'active').length;
      return page('units.njk', c.user.role === 'provider' ? 'Your units and beds' : 'Units and beds', {
        national: c.user.role === 'coordinator',
        waitingHolds: waiting,
        waitingReferrals: pending.filter((r) => r.status === 'pending').length,
        staleCount: units.filter((u) => u.stale).length,
        // Until a home gives its own duty contact, social workers are given national coordination's.
        noDuty: provider
          ? units
              .filter((u) => !u.dutyContact)
              .map((u) => ({ name: u.name, href: `/units/${u.id}/duty-contact` }))
          : [],
        units: units
          .sort((a, b) => Number(b.stale) - Number(a.stale) || a.name.localeCompare(b.name))
          .map((u) => ({
            id: u.id,
            href: `/units/${u.id}`,
            name: u.name,
            provider: u.providerName,
            kind: labelOf(UNIT_KIND_LABELS, u.kind),
            free: freeBeds(u),
            confirmed: confirmed(u, c.now),
          })),
      });
    },
  },
  {
    method: 'GET',
    path: '/units/:id',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const { unit, beds } = await unitAndBeds(c);
      return page('unit.njk', unit.name, {
        backLink: { href: '/units', text: 'All units' },
        unit: {
          id: unit.id,
          name: unit.name,
          rows: [
            { key: { text: 'Provider' }, value: { text: unit.providerName } },
            { key: { text: 'Type' }, value: { text: labelOf(UNIT_KIND_LABELS, unit.kind) } },
            { key: { text: 'Region' }, value: { text: regionName(unit.regionCode) } },
            { key: { text: 'Ages' }, value: { text: `${unit.ageRange.min} to ${unit.ageRange.max}` } },
            { key: { text: 'Free beds' }, value: { text: freeBeds(unit) } },
            { key: { text: 'Places' }, value: { text: countOf(unit.capacity, 'bed') } },
            ...registerRows(unit, c.user.role),
          ],
          confirmed: confirmed(unit, c.now),
          illustrative: unit.illustrative,
        },
        beds: beds.map((b) => ({
          id: b.id,
          stream: bedServes(b),
          tag: tagOf(BED_STATE_TAGS, b.state),
          reason: b.state === 'closed' ? labelOf(CLOSED_REASON_LABELS, b.reason) : '',
          updated: formatAgo(b.updatedAt, c.now),
          href: settable(b) ? `/units/${unit.id}/beds/${b.id}` : undefined,
        })),
      });
    },
  },
  {
    method: 'POST',
    path: '/units/:id/confirm',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const unit = await confirmUnit(c.client, c.params.id ?? '');
      const back = c.form.get('returnTo') === 'list' ? '/units' : `/units/${unit.id}`;
      return withNotice(
        c,
        back,
        `${unit.name} confirmed`,
        'Its beds are shown as up to date for the next 24 hours.',
      );
    },
  },
  {
    method: 'GET',
    path: '/units/:id/beds/:bedId',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const { unit, beds } = await unitAndBeds(c);
      const bed = beds.find((b) => b.id === c.params.bedId);
      if (!bed)
        return page(
          'error.njk',
          'Page not found',
          { heading: 'Page not found', paragraphs: [] },
          { status: 404 },
        );
      const typed = c.flash.values ?? {};
      const state = typeof typed.state === 'string' ? typed.state : bed.state;
      const reason = typeof typed.reason === 'string' ? typed.reason : (bed.reason ?? '');
      return page('bed.njk', `Change bed ${bed.id}`, {
        backLink: { href: `/units/${unit.id}` },
        unitName: unit.name,
        bed: {
          id: bed.id,
          stream: bedServes(bed),
          tag: tagOf(BED_STATE_TAGS, bed.state),
          etag: bed.etag,
          settable: settable(bed),
        },
        action: `/units/${unit.id}/beds/${bed.id}`,
        state,
        reasons: [
          { value: '', text: 'Choose a reason' },
          ...ClosedReason.options.map((r) => ({
            value: r,
            text: CLOSED_REASON_LABELS[r],
            selected: r === reason,
          })),
        ],
      });
    },
  },
  {
    method: 'POST',
    path: '/units/:id/beds/:bedId',
    roles: ['provider', 'coordinator'],
    handle: async (c) => {
      const unitId = c.params.id ?? '';
      const here = `/units/${unitId}/beds/${c.params.bedId}`;
      const state = c.form.get('state');
      // Without JavaScript the reason list is always on show: a reason only goes with a closed bed.
      const sent = {
        state: state || undefined,
        ...(state === 'closed' ? { reason: c.form.get('reason') || undefined } : {}),
      };
      // The API takes a closure without a reason (SPEC: reason optional); a person closing a bed
      // here says why, so the figures can tell staffing from maintenance.
      if (state === 'closed' && !sent.reason)
        return backWithErrors(c, here, fieldError('reason', 'Select why the bed is closed'), {
          state,
        });
      const changed = await setBed(
        c.client,
        unitId,
        c.params.bedId ?? '',
        formBody<Schemas['BedUpdateBody']>(sent),
        c.form.get('etag'),
      );
      if (changed.ok) {
        const bed = changed.data;
        const words =
          bed.state === 'closed'
            ? `closed (${labelOf(CLOSED_REASON_LABELS, bed.reason).toLowerCase()})`
            : 'available';
        return withNotice(c, `/units/${unitId}`, `Bed ${bed.id} is now ${words}`);
      }
      const p = changed.problem;
      if (p.code === 'version_mismatch' || p.code === 'precondition_required') {
        // Someone (a colleague, or the provider's own system through the API) changed it first.
        return backWithErrors(
          c,
          here,
          summaryOnly({
            text: 'Someone else changed this bed while you were looking at it. Check its state below, then make your change again.',
          }),
        );
      }
      if (p.code === 'invalid_transition') {
        return backWithErrors(
          c,
          `/units/${unitId}`,
          summaryOnly({ text: 'That bed is now held or occupied, so it cannot be changed here.' }),
        );
      }
      return backWithErrors(c, here, errorsFromProblem(p, BED_FIELDS, sent), {
        state,
        reason: c.form.get('reason'),
      });
    },
  },
];
