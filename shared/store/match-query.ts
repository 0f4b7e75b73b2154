import type { Sex, Stream } from '../contract/enums.js';
import { key } from './keys.js';

/** What ranking a match reads of a unit-stream counter: its facts and its effective availability. */
const MATCH_FIELDS = [
  'unitId',
  'stream',
  'name',
  'providerId',
  'kind',
  'regionCode',
  'location',
  'ageRange',
  'sexes',
  'specialisms',
  'lastConfirmedAt',
  'available',
  'held',
  'occupied',
  'closed',
  'total',
  'holds',
  'status',
  'unverified',
] as const;

/**
 * The Query of one stream's counters for a child: age, sex, a free bed or a hold that may have
 * lapsed, an open unit, and only the fields ranking reads.
 */
export function matchQuery(stream: Stream, child: { ageYears: number; sex: Sex }) {
  const names = Object.fromEntries(MATCH_FIELDS.map((f, i) => [`#f${i}`, f]));
  return {
    KeyConditionExpression: 'pk = :pk',
    // Only open units: a paused or closed unit is never offered (items from before status: open).
    FilterExpression:
      '#ar.#min <= :age AND #ar.#max >= :age AND contains(#sexes, :sex) AND (#available > :zero OR size(#holds) > :zero) AND (attribute_not_exists(#status) OR #status = :open)',
    ProjectionExpression: Object.keys(names).join(', '),
    ExpressionAttributeNames: {
      ...names,
      '#ar': 'ageRange',
      '#min': 'min',
      '#max': 'max',
      '#sexes': 'sexes',
      '#available': 'available',
      '#holds': 'holds',
      '#status': 'status',
    },
    ExpressionAttributeValues: {
      ':open': 'open',
      ':pk': key.unitStream(stream, '').pk,
      ':age': child.ageYears,
      ':sex': child.sex,
      ':zero': 0,
    },
    ConsistentRead: true,
  };
}
