import type { Sex, Stream, UnitStatus } from '../contract/enums.js';
import type { ExternalPlacementBody } from '../contract/register.js';
import { type FieldError, InvalidTransition, ValidationFailed } from './errors.js';
import { londonDate } from './london-time.js';

/**
 * Recording a child placed outside this service (the YCS, an NHS assessment, before go-live):
 * a closed unit has no children to record. A paused one may still record a child it holds
 * (pausing stops new matches, referrals and holds, not the record of who is in a bed).
 */
export function assertUnitRecords(unit: { name: string; status?: UnitStatus }): void {
  if (unit.status === 'closed')
    throw new InvalidTransition(`${unit.name} is closed: no child can be recorded there`);
}

/**
 * What the record may say about the child and the bed (400, field by field), before the bed's
 * state and the pool rules (`assertMayRecordExternal`, beds.ts) are asked.
 */
export function assertExternalRecordFits(
  unit: { name: string; sexes: readonly Sex[]; ageRange: { min: number; max: number } },
  bed: { bedId: string; eligibleStreams: readonly Stream[] },
  body: Pick<ExternalPlacementBody, 'stream' | 'since' | 'sex' | 'ageYears'>,
  now: Date,
): void {
  const errors: FieldError[] = [];
  if (!bed.eligibleStreams.includes(body.stream))
    errors.push({
      field: 'body.stream',
      message: `bed ${bed.bedId} may serve only ${bed.eligibleStreams.join(', ')}`,
    });
  if (body.since > londonDate(now.toISOString()))
    errors.push({ field: 'body.since', message: 'must not be in the future' });
  // The register says who the unit takes: a child it could not take is a mistake in the record
  // or in the register, and the register is corrected first (PATCH /v1/units/{id}).
  if (body.sex && !unit.sexes.includes(body.sex))
    errors.push({ field: 'body.sex', message: `${unit.name} does not take ${body.sex} children` });
  const age = body.ageYears;
  if (age !== undefined && (age < unit.ageRange.min || age > unit.ageRange.max))
    errors.push({
      field: 'body.ageYears',
      message: `${unit.name} takes children aged ${unit.ageRange.min} to ${unit.ageRange.max}`,
    });
  if (errors.length) throw new ValidationFailed(errors);
}
