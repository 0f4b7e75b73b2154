import * as z from 'zod';

/**
 * What a matches cursor carries, once decoded: the last match given out (its fit band, its
 * distance in tenths of a km and its unit id: its place in the ranking) and its rank, so the
 * next page starts just after it and goes on counting. Opaque to callers (base64url JSON); a
 * cursor that does not decode to exactly this is a 400, never a 5xx.
 */
export const MatchCursor = z.strictObject({
  b: z.number().int().min(1).max(3),
  k: z.number().int().min(0).max(400_000),
  u: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
  r: z.number().int().min(1).max(1_000_000),
});
export type MatchCursor = z.infer<typeof MatchCursor>;
