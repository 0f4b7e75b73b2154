import * as z from 'zod';
import { Department } from './enums.js';
import { IsoDateTime } from './schemas.js';

/** SPEC, "Pool rules": whether a department's free contracted beds may serve the other departments' children. */
export const PoolRule = z
  .strictObject({
    department: Department,
    release: z
      .enum(['always', 'after_hours', 'never'])
      .describe('always: lent at once; after_hours: once free for afterHours; never: ring-fenced'),
    afterHours: z
      .number()
      .min(0)
      .max(24 * 365)
      .optional()
      .describe(
        'With after_hours (and only then): hours a contracted bed must have been free before it is lent',
      ),
  })
  .refine((r) => (r.release === 'after_hours') === (r.afterHours !== undefined), {
    message: 'afterHours is required with after_hours and allowed only with it',
    path: ['afterHours'],
  });

export const PoolRulesBody = z
  .strictObject({ rules: z.array(PoolRule).min(1).max(3) })
  .refine((b) => new Set(b.rules.map((r) => r.department)).size === b.rules.length, {
    message: 'each department may appear once',
    path: ['rules'],
  })
  .meta({ id: 'PoolRulesBody' });
export type PoolRulesBody = z.infer<typeof PoolRulesBody>;

export const PoolRules = z
  .strictObject({
    rules: z.array(PoolRule).min(1).max(3).describe('One rule per department (default: always)'),
    version: z.number().int().min(0),
    updatedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'PoolRules' });
export type PoolRules = z.infer<typeof PoolRules>;
