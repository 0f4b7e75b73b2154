import type { Sex, Stream } from '../contract/enums.js';
import { key } from './keys.js';

/** What ranking a match reads of a unit's counter: its facts, free beds and live holds. */
const MATCH_FIELDS = [
  'unitId',
  'streams',
  'name',
  'providerId',
  'kind',
  'regionCode',
  'location',
  'ageRange',
  'sexes',
  'specialisms',
  'lastConfirmedAt',
  'free',
  'holds',
  'status',
  'unverified',
] as const;

/**
 * The Query of every unit's counter (one partition) for a child: units of the child's stream,
 * age and sex, with a free bed or a hold that may have lapsed, open, and only the fields ranking
 * reads. The pool rules are applied after, to each unit's free beds; this filter never drops a
 * unit they would keep.
 */
export function matchQuery(stream: Stream, child: { ageYears: number; sex: Sex }) {
  const names = Object.fromEntries(MATCH_FIELDS.map((f, i) => [`#f${i}`, f]));
  return {
    KeyConditionExpression: 'pk = :pk',
    // Only open units: a paused or closed unit is never offered (items from before status: open).
    FilterExpression:
      'contains(#streams, :stream) AND #ar.#min <= :age AND #ar.#max >= :age AND contains(#sexes, :sex) AND (size(#free) > :zero OR size(#holds) > :zero) AND (attribute_not_exists(#status) OR #status = :open)',
    ProjectionExpression: Object.keys(names).join(', '),
    ExpressionAttributeNames: {
      ...names,
      '#ar': 'ageRange',
      '#min': 'min',
      '#max': 'max',
      '#sexes': 'sexes',
      '#streams': 'streams',
      '#free': 'free',
      '#holds': 'holds',
      '#status': 'status',
    },
    ExpressionAttributeValues: {
      ':open': 'open',
      ':pk': key.counterPartition,
      ':stream': stream,
      ':age': child.ageYears,
      ':sex': child.sex,
      ':zero': 0,
    },
    ConsistentRead: true,
  };
}
