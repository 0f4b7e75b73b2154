import type { Sex } from '../contract/enums.js';
import type { TransactItem } from './db.js';
import { key } from './keys.js';

/** Who the claim is for, as the unit's register facts are checked against them. */
interface ChildFit {
  ageYears: number;
  sex: Sex;
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
