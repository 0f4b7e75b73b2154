import { DelayReason, Destination } from '../../shared/contract/enums.js';
import { MAY_NOT_BE_KEPT } from '../../shared/domain/legal-authority.js';
import { errorsFromProblem, type FieldSpec, fieldError } from '../form-errors.js';
import {
  DESTINATION_LABELS,
  formatDate,
  formatDistance,
  labelOf,
  laName,
  londonDay,
  PLACEMENT_STATUS_TAGS,
  STREAM_LABELS,
  tagOf,
} from '../format.js';
import { backWithErrors, type PageContext, type PageRoute, page, withNotice } from '../page.js';
import { formBody, type Schemas } from '../services/client.js';
import { discharge, type Placement, placement, placements, stepDownReady } from '../services/placements.js';
import type { FormErrors } from '../session.js';
import { formKey, legalAuthorityWarnings, unitIndex, unitName } from './common.js';
import { legalAuthorityPages } from './legal-authority.js';
import {
  authoritySummary,
  DELAY_REASON_LABELS,
  dateBoxes,
  dateProblem,
  historyRows,
  typedDate,
} from './placement-view.js';

/** An external placement names no child and no placing LA: say where it came from instead. */
const EXTERNAL_CHILD = 'Placed outside this service';
const EXTERNAL_LA = 'Outside this service (e.g. the Youth Custody Service or an NHS access assessment)';

const STEP_DOWN_FIELDS: Record<string, FieldSpec> = {
  readyFrom: {
    id: 'readyFrom',
    label: 'The date the child is ready to leave',
    missing: 'Enter the date the child is ready to leave secure care',
  },
  plannedDestination: {
    id: 'plannedDestination',
    label: 'Where the child will go',
    missing: 'Select where the child is planned to go',
  },
  delayReason: { id: 'delayReason', label: 'Why the child cannot leave yet', missing: 'Select why' },
  plannedDischargeOn: {
    id: 'plannedDischargeOn',
    label: 'The planned leaving date',
    missing: 'Enter the planned leaving date',
    invalid: 'The planned leaving date must not be before the date the child is ready to leave',
  },
};

const DISCHARGE_FIELDS: Record<string, FieldSpec> = {
  destination: { id: 'destination', label: 'Where the child went', missing: 'Select where the child went' },
  on: { id: 'on', label: 'The date the child left', missing: 'Enter the date the child left' },
};

/** Error summary links go to a date input's first box, as GOV.UK asks. */
const DATE_FIELDS = ['readyFrom', 'plannedDischargeOn', 'on'];
function toDayBoxes(errors: FormErrors): FormErrors {
  return {
    ...errors,
    summary: errors.summary.map((e) =>
      DATE_FIELDS.some((f) => e.href === `#${f}`) ? { ...e, href: `${e.href}-day` } : e,
    ),
  };
}

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

/** The step-down facts in one line: from when, to where, why still here, when planned, days so far. */
function stepDownText(p: Placement): string {
  if (!p.stepDownReadyFrom) return 'Not yet';
  const parts = [
    `From ${formatDate(p.stepDownReadyFrom)}, to ${labelOf(DESTINATION_LABELS, p.plannedDestination).toLowerCase()}`,
  ];
  if (p.delayReason) parts.push(`still here because: ${DELAY_REASON_LABELS[p.delayReason].toLowerCase()}`);
  if (p.plannedDischargeOn) parts.push(`planned to leave on ${formatDate(p.plannedDischargeOn)}`);
  if (p.daysReadyButStillHere !== null && p.status === 'active')
    parts.push(
      `${p.daysReadyButStillHere} ${p.daysReadyButStillHere === 1 ? 'day' : 'days'} ready but still here`,
    );
  return parts.join('; ');
}

function detailRows(p: Placement, unit: string) {
  const authority = authoritySummary(p);
  return [
    { key: { text: 'Unit' }, value: { text: unit } },
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
    {
      key: { text: 'Lawful until' },
      value: {
        html: `${escapeHtml(authority.until)} <strong class="govuk-tag ${authority.tag.classes}">${escapeHtml(authority.tag.text)}</strong>`,
      },
    },
    ...(p.legalAuthority?.courtHearingAt
      ? [
          {
            key: { text: 'Next court hearing' },
            value: { text: formatDate(p.legalAuthority.courtHearingAt) },
          },
        ]
      : []),
    { key: { text: 'Ready to leave secure care' }, value: { text: stepDownText(p) } },
    ...(p.dischargedAt
      ? [
          {
            key: { text: 'Left' },
            value: {
              text: `${formatDate(p.dischargedOn ?? p.dischargedAt)}, to ${labelOf(DESTINATION_LABELS, p.destination).toLowerCase()}`,
            },
          },
        ]
      : []),
  ];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export const placementPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/placements',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const status = c.url.searchParams.get('status') === 'discharged' ? 'discharged' : 'active';
      const [listed, units] = await Promise.all([placements(c.client, { status }), unitIndex(c.client)]);
      return page('placements.njk', status === 'active' ? 'Placements' : 'Discharged placements', {
        status,
        other:
          status === 'active'
            ? { href: '/placements?status=discharged', text: 'Show discharged placements' }
            : { href: '/placements', text: 'Show current placements' },
        placements: listed.map((p) => ({
          href: `/placements/${p.id}`,
          childRef: p.childRef ?? EXTERNAL_CHILD,
          // Every external placement shows the same words, and a child may be listed twice: the
          // bed, unit and start day make each link's name its own (WCAG 2.4.4, link purpose).
          linkContext: `, bed ${p.bedId} at ${unitName(units, p.unitId)}, since ${formatDate(p.startedAt)}`,
          unit: unitName(units, p.unitId),
          la: p.laCode ? laName(p.laCode) : EXTERNAL_LA,
          since: formatDate(p.startedAt),
          authority: authoritySummary(p),
          mayNotBeKept: p.warnings.includes(MAY_NOT_BE_KEPT),
          stepDown: p.stepDownReadyFrom
            ? `Ready from ${formatDate(p.stepDownReadyFrom)}${p.daysReadyButStillHere ? `, ${p.daysReadyButStillHere} ${p.daysReadyButStillHere === 1 ? 'day' : 'days'} waiting` : ''}`
            : '',
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/placements/:id',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const p = await placement(c.client, c.params.id ?? '');
      const units = await unitIndex(c.client);
      const active = p.status === 'active';
      const values = c.flash.values;
      const delay = typedValue(c, 'delayReason') || (p.delayReason ?? '');
      return page('placement.njk', p.childRef ? `Placement of ${p.childRef}` : 'External placement', {
        backLink: { href: '/placements', text: 'All placements' },
        childRef: p.childRef ?? EXTERNAL_CHILD,
        tag: tagOf(PLACEMENT_STATUS_TAGS, p.status),
        warnings: legalAuthorityWarnings(p),
        rows: detailRows(p, unitName(units, p.unitId)),
        orders: historyRows(p),
        id: p.id,
        active,
        canRecordOrder: active && c.user.role !== 'provider',
        stepDownDone: Boolean(p.stepDownReadyFrom),
        readyFrom: dateBoxes(values, 'readyFrom', p.stepDownReadyFrom),
        plannedDischargeOn: dateBoxes(values, 'plannedDischargeOn', p.plannedDischargeOn),
        plannedDestinations: destinations(
          typedValue(c, 'plannedDestination') || (p.plannedDestination ?? ''),
        ),
        delayReasons: [
          ...DelayReason.options.map((r) => ({
            value: r,
            text: DELAY_REASON_LABELS[r],
            checked: r === delay,
          })),
          { divider: 'or' },
          {
            value: '',
            text: 'Nothing is holding the child here',
            checked: delay === '' && p.stepDownReadyFrom,
          },
        ],
        on: dateBoxes(values, 'on', londonDay(c.now)),
        dischargeDestinations: destinations(typedValue(c, 'destination') || (p.plannedDestination ?? '')),
        stepDownKey: formKey('step-down'),
      });
    },
  },
  {
    method: 'POST',
    path: '/placements/:id/step-down-ready',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const ready = typedDate(c.form, 'readyFrom');
      const planned = typedDate(c.form, 'plannedDischargeOn');
      const sent = {
        readyFrom: ready.iso,
        plannedDestination: c.form.get('plannedDestination') || undefined,
        delayReason: c.form.get('delayReason') || undefined,
        plannedDischargeOn: planned.iso,
      };
      const here = `/placements/${c.params.id}`;
      const kept = {
        ...ready.boxes,
        ...planned.boxes,
        plannedDestination: sent.plannedDestination ?? '',
        delayReason: sent.delayReason ?? '',
      };
      const early =
        dateProblem(ready.iso, 'The date the child is ready to leave') ??
        dateProblem(planned.iso, 'The planned leaving date');
      if (early) {
        const field = dateProblem(ready.iso, 'x') ? 'readyFrom' : 'plannedDischargeOn';
        return backWithErrors(c, `${here}#step-down`, fieldError(field, early, `#${field}-day`), kept);
      }
      const marked = await stepDownReady(
        c.client,
        c.params.id ?? '',
        formBody<Schemas['StepDownBody']>(sent),
        c.form.get('idempotencyKey'),
      );
      if (!marked.ok) {
        const errors = toDayBoxes(errorsFromProblem(marked.problem, STEP_DOWN_FIELDS, sent));
        return backWithErrors(c, `${here}#step-down`, errors, kept);
      }
      return withNotice(
        c,
        here,
        'Ready to leave recorded',
        'Days waiting to leave secure care are counted from then. You can correct these details at any time.',
      );
    },
  },
  {
    // The discharge form asks; this page checks before anything changes (GET: nothing is written yet).
    method: 'GET',
    path: '/placements/:id/discharge',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const q = c.url.searchParams;
      const here = `/placements/${c.params.id}`;
      const boxes = Object.fromEntries(['on-day', 'on-month', 'on-year'].map((k) => [k, q.get(k) ?? '']));
      const on = typedDate({ get: (k: string) => (q.get(k) ?? '').trim() }, 'on').iso;
      const destination = q.get('destination') ?? '';
      const kept = { ...boxes, destination };
      if (!destination)
        return backWithErrors(
          c,
          `${here}#discharge`,
          fieldError('destination', 'Select where the child went'),
          kept,
        );
      const bad =
        on === undefined ? 'Enter the date the child left' : dateProblem(on, 'The date the child left');
      if (bad || !on)
        return backWithErrors(c, `${here}#discharge`, fieldError('on', bad ?? '', '#on-day'), kept);
      if (on > londonDay(c.now))
        return backWithErrors(
          c,
          `${here}#discharge`,
          fieldError('on', 'The date the child left must be today or in the past', '#on-day'),
          kept,
        );
      const p = await placement(c.client, c.params.id ?? '');
      // Said before the confirmation page, not after it: a leaving day before the ready date would
      // make the wait negative, so the ready date is corrected first (it is on the same page).
      const arrived = londonDay(new Date(p.startedAt));
      if (on < arrived)
        return backWithErrors(
          c,
          `${here}#discharge`,
          fieldError(
            'on',
            `The date the child left must not be before they arrived (${formatDate(arrived)})`,
            '#on-day',
          ),
          kept,
        );
      if (p.stepDownReadyFrom && on < p.stepDownReadyFrom)
        return backWithErrors(
          c,
          `${here}#discharge`,
          fieldError(
            'on',
            `The date the child left must not be before the date they were ready to leave (${formatDate(p.stepDownReadyFrom)}): correct the ready date first`,
            '#on-day',
          ),
          kept,
        );
      // An external placement names no child: ask about "the child placed outside this service".
      const who = p.childRef ?? `the child ${EXTERNAL_CHILD.toLowerCase()}`;
      return page('discharge-check.njk', `Check the discharge of ${who}`, {
        backLink: { href: `${here}#discharge`, text: 'Back' },
        childRef: who,
        rows: [
          { key: { text: 'Left on' }, value: { text: formatDate(on) } },
          { key: { text: 'Went to' }, value: { text: labelOf(DESTINATION_LABELS, destination) } },
        ],
        action: `${here}/discharge`,
        cancel: here,
        destination,
        on,
        idempotencyKey: formKey('discharge'),
      });
    },
  },
  {
    method: 'POST',
    path: '/placements/:id/discharge',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const sent = { destination: c.form.get('destination') || undefined, on: c.form.get('on') || undefined };
      const discharged = await discharge(
        c.client,
        c.params.id ?? '',
        formBody<Schemas['DischargeBody']>(sent),
        c.form.get('idempotencyKey'),
      );
      const here = `/placements/${c.params.id}`;
      if (!discharged.ok) {
        return backWithErrors(
          c,
          `${here}#discharge`,
          toDayBoxes(errorsFromProblem(discharged.problem, DISCHARGE_FIELDS, sent)),
          { destination: sent.destination ?? '', ...(sent.on ? dayBoxesOf(sent.on) : {}) },
        );
      }
      return withNotice(c, here, 'Discharge recorded', 'The bed is free again.');
    },
  },
  ...legalAuthorityPages,
];

const dayBoxesOf = (iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { 'on-day': String(Number(day)), 'on-month': String(Number(month)), 'on-year': year };
};
