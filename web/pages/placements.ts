import { Destination } from '../../shared/contract/enums.js';
import type { Placement } from '../../shared/contract/schemas.js';
import { asProblem } from '../api.js';
import { errorsFromProblem, type FieldSpec } from '../form-errors.js';
import {
  DESTINATION_LABELS,
  formatDate,
  formatDistance,
  isoFromParts,
  labelOf,
  laName,
  PLACEMENT_STATUS_TAGS,
  partsFromIso,
  STREAM_LABELS,
  tagOf,
} from '../format.js';
import { backWithErrors, type PageContext, type PageRoute, page, withNotice } from '../page.js';
import { formKey, legalAuthorityWarnings, unitIndex, unitName } from './common.js';
import { authoritySummary } from './placement-view.js';

/** An external placement names no child and no placing LA: say where it came from instead. */
const EXTERNAL_CHILD = 'Placed outside this service';
const EXTERNAL_LA = 'Outside this service (e.g. the Youth Custody Service or an NHS access assessment)';

const STEP_DOWN_FIELDS: Record<string, FieldSpec> = {
  readyFrom: {
    id: 'readyFrom',
    label: 'The date the child is ready to leave',
    missing: 'Enter the date the child is ready to leave secure care',
    invalid: 'The date the child is ready to leave must be a real date',
  },
  plannedDestination: {
    id: 'plannedDestination',
    label: 'Where the child will go',
    missing: 'Select where the child is planned to go',
  },
};

const DISCHARGE_FIELDS: Record<string, FieldSpec> = {
  destination: { id: 'destination', label: 'Where the child went', missing: 'Select where the child went' },
};

function destinations(selected: string) {
  return [
    { value: '', text: 'Choose where' },
    ...Destination.options.map((d) => ({ value: d, text: DESTINATION_LABELS[d], selected: d === selected })),
  ];
}

const typedValue = (c: PageContext, k: string) => {
  const v = c.flash.values?.[k];
  return typeof v === 'string' ? v : '';
};

export const placementPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/placements',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const status = c.url.searchParams.get('status') === 'discharged' ? 'discharged' : 'active';
      const [placements, units] = await Promise.all([
        c.api.all<Placement>('/v1/placements', { status }),
        unitIndex(c.api),
      ]);
      return page('placements.njk', status === 'active' ? 'Placements' : 'Discharged placements', {
        status,
        other:
          status === 'active'
            ? { href: '/placements?status=discharged', text: 'Show discharged placements' }
            : { href: '/placements', text: 'Show current placements' },
        placements: placements.map((p) => ({
          href: `/placements/${p.id}`,
          childRef: p.childRef ?? EXTERNAL_CHILD,
          unit: unitName(units, p.unitId),
          la: p.laCode ? laName(p.laCode) : EXTERNAL_LA,
          since: formatDate(p.startedAt),
          authority: authoritySummary(p),
          stepDown: p.stepDownReadyFrom ? `Ready from ${formatDate(p.stepDownReadyFrom)}` : '',
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/placements/:id',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const p = await c.api.get<Placement>(`/v1/placements/${c.params.id}`);
      const units = await unitIndex(c.api);
      const active = p.status === 'active';
      const authority = authoritySummary(p);
      const ready = partsFromIso(typedValue(c, 'readyFrom') || undefined);
      const typedParts = ['day', 'month', 'year'].map((k) => typedValue(c, `readyFrom-${k}`));
      const [day, month, year] = typedParts.some(Boolean) ? typedParts : [ready.day, ready.month, ready.year];
      return page('placement.njk', p.childRef ? `Placement of ${p.childRef}` : 'External placement', {
        backLink: { href: '/placements', text: 'All placements' },
        childRef: p.childRef ?? EXTERNAL_CHILD,
        tag: tagOf(PLACEMENT_STATUS_TAGS, p.status),
        warnings: legalAuthorityWarnings(p),
        rows: [
          { key: { text: 'Unit' }, value: { text: unitName(units, p.unitId) } },
          { key: { text: 'Bed' }, value: { text: p.bedId } },
          { key: { text: 'Kind of bed' }, value: { text: labelOf(STREAM_LABELS, p.stream) } },
          { key: { text: 'Placed by' }, value: { text: p.laCode ? laName(p.laCode) : EXTERNAL_LA } },
          {
            key: { text: 'Home local authority' },
            value: { text: p.homeLaCode ? laName(p.homeLaCode) : 'Not known' },
          },
          {
            key: { text: 'Distance from home' },
            value: { text: p.distanceKm === null ? 'Not known' : formatDistance(p.distanceKm) },
          },
          { key: { text: 'Placed on' }, value: { text: formatDate(p.startedAt) } },
          { key: { text: 'Legal authority' }, value: { text: authority.basis } },
          { key: { text: 'Lawful until' }, value: { text: authority.until } },
          {
            key: { text: 'Ready to leave secure care' },
            value: {
              text: p.stepDownReadyFrom
                ? `From ${formatDate(p.stepDownReadyFrom)}, to ${labelOf(DESTINATION_LABELS, p.plannedDestination).toLowerCase()}`
                : 'Not yet',
            },
          },
          ...(p.dischargedAt
            ? [
                {
                  key: { text: 'Left' },
                  value: {
                    text: `${formatDate(p.dischargedAt)}, to ${labelOf(DESTINATION_LABELS, p.destination).toLowerCase()}`,
                  },
                },
              ]
            : []),
        ],
        id: p.id,
        canStepDown: active && !p.stepDownReadyFrom,
        canDischarge: active,
        readyFrom: { day, month, year },
        plannedDestinations: destinations(
          typedValue(c, 'plannedDestination') || (p.plannedDestination ?? ''),
        ),
        dischargeDestinations: destinations(typedValue(c, 'destination') || (p.plannedDestination ?? '')),
        stepDownKey: formKey('step-down'),
        dischargeKey: formKey('discharge'),
      });
    },
  },
  {
    method: 'POST',
    path: '/placements/:id/step-down-ready',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const [day, month, year] = ['day', 'month', 'year'].map((k) => c.form.get(`readyFrom-${k}`)) as [
        string,
        string,
        string,
      ];
      // The boxes are joined as typed; the API's date schema decides whether it is a real date.
      const sent = {
        readyFrom: isoFromParts(day, month, year),
        plannedDestination: c.form.get('plannedDestination') || undefined,
      };
      const reply = await c.api.call('POST', `/v1/placements/${c.params.id}/step-down-ready`, {
        body: sent,
        idempotencyKey: c.form.get('idempotencyKey') || undefined,
      });
      const here = `/placements/${c.params.id}`;
      if (reply.status !== 200) {
        const errors = errorsFromProblem(asProblem(reply), STEP_DOWN_FIELDS, sent);
        errors.summary = errors.summary.map((e) =>
          e.href === '#readyFrom' ? { ...e, href: '#readyFrom-day' } : e,
        );
        return backWithErrors(c, `${here}#step-down`, errors, {
          'readyFrom-day': day,
          'readyFrom-month': month,
          'readyFrom-year': year,
          plannedDestination: sent.plannedDestination ?? '',
        });
      }
      return withNotice(
        c,
        here,
        'Ready to leave recorded',
        'Days waiting to leave secure care are counted from then.',
      );
    },
  },
  {
    method: 'POST',
    path: '/placements/:id/discharge',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const sent = { destination: c.form.get('destination') || undefined };
      const reply = await c.api.call('POST', `/v1/placements/${c.params.id}/discharge`, {
        body: sent,
        idempotencyKey: c.form.get('idempotencyKey') || undefined,
      });
      const here = `/placements/${c.params.id}`;
      if (reply.status !== 200) {
        return backWithErrors(
          c,
          `${here}#discharge`,
          errorsFromProblem(asProblem(reply), DISCHARGE_FIELDS, sent),
          {
            destination: sent.destination ?? '',
          },
        );
      }
      return withNotice(c, here, 'Discharge recorded', 'The bed is free again.');
    },
  },
];
