import type { Sex, UnitStatus } from '../contract/enums.js';
import { NoBedAvailable } from './errors.js';

/**
 * A paused or closed unit takes no new holds, referrals or placements. Refused as
 * `no_bed_available` (409), not `invalid_transition`: the caller's record (the request, the
 * referral) is in a state that allows the action; it is the unit that has no bed to give, and
 * the answer to both is the same, "try another unit". A unit paused mid-claim is refused the
 * same way by `unitOpenCheck`, so the two paths can't answer differently.
 */
export function assertUnitOpen(unit: Pick<UnitFacts, 'name' | 'status'>): void {
  const status = unit.status ?? 'open';
  if (status !== 'open')
    throw new NoBedAvailable(`${unit.name} is ${status}: it takes no new holds, referrals or placements`);
}

interface ChildFit {
  ageYears: number;
  sex: Sex;
}

/** The unit's register facts these rules read (a store item or a contract unit alike). */
interface UnitFacts {
  name: string;
  status?: UnitStatus;
  ageRange?: { min: number; max: number };
  sexes?: readonly Sex[];
}

/** The unit takes children of this age and sex (its register facts, not a provider's judgement). */
export function assertUnitTakes(unit: Pick<UnitFacts, 'name' | 'ageRange' | 'sexes'>, child: ChildFit): void {
  if (unit.sexes && !unit.sexes.includes(child.sex))
    throw new NoBedAvailable(`${unit.name} does not take ${child.sex} children`);
  if (unit.ageRange && (child.ageYears < unit.ageRange.min || child.ageYears > unit.ageRange.max))
    throw new NoBedAvailable(
      `${unit.name} takes children aged ${unit.ageRange.min} to ${unit.ageRange.max}, not ${child.ageYears}`,
    );
}
