import type { Sex } from '../contract/enums.js';
import { NoBedAvailable } from '../domain/errors.js';
import type { TransactItem } from './db.js';
import { key } from './keys.js';
import type { UnitItem } from './records.js';

/**
 * A paused or closed unit takes no new holds, referrals or placements. Refused as
 * `no_bed_available` (409), not `invalid_transition`: the caller's record (the request, the
 * referral) is in a state that allows the action; it is the unit that has no bed to give, and
 * the answer to both is the same, "try another unit". A unit paused mid-claim is refused the
 * same way by `unitOpenCheck`, so the two paths can't answer differently.
 */
export function assertUnitOpen(unit: Pick<UnitItem, 'name'> & Partial<Pick<UnitItem, 'status'>>): void {
  const status = unit.status ?? 'open';
  if (status !== 'open')
    throw new NoBedAvailable(`${unit.name} is ${status}: it takes no new holds, referrals or placements`);
}

interface ChildFit {
  ageYears: number;
  sex: Sex;
}

/** The unit takes children of this age and sex (its register facts, not a provider's judgement). */
export function assertUnitTakes(
  unit: Pick<UnitItem, 'name'> & Partial<Pick<UnitItem, 'ageRange' | 'sexes'>>,
  child: ChildFit,
): void {
  if (unit.sexes && !unit.sexes.includes(child.sex))
    throw new NoBedAvailable(`${unit.name} does not take ${child.sex} children`);
  if (unit.ageRange && (child.ageYears < unit.ageRange.min || child.ageYears > unit.ageRange.max))
    throw new NoBedAvailable(
      `${unit.name} takes children aged ${unit.ageRange.min} to ${unit.ageRange.max}, not ${child.ageYears}`,
    );
}

/**
 * The condition, in the same transaction as a claim, that the unit is still open and still
 * takes this child: a unit corrected (paused, girls only) while the claim ran refuses it.
 */
export function unitOpenCheck(unitId: string, child: ChildFit): TransactItem {
  return {
    ConditionCheck: {
      Key: key.unit(unitId),
      // Unit items written before status existed read as open.
      ConditionExpression:
        '(attribute_not_exists(#status) OR #status = :open) AND contains(#sexes, :sex) AND #ar.#min <= :age AND #ar.#max >= :age',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#sexes': 'sexes',
        '#ar': 'ageRange',
        '#min': 'min',
        '#max': 'max',
      },
      ExpressionAttributeValues: { ':open': 'open', ':sex': child.sex, ':age': child.ageYears },
    },
  };
}
