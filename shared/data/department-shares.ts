import type { Department } from '../contract/enums.js';

/**
 * ILLUSTRATIVE: each department's agreed fraction of the pooled secure places, for the usage
 * figures (GET /v1/usage). No pooled budget has been agreed; these numbers are placeholders to be
 * replaced by the real agreement, and the API says so (`sharesIllustrative: true`).
 *
 * Where the placeholders come from: in 2024 SCH places split 126 welfare to 104 YCS
 * (DOMAIN.md, "National figures"), about 55:45; a share is kept back for tier 4 mental-health
 * beds, for which no current national count exists. The three must add up to 1 (a unit test
 * checks it).
 */
export const DEPARTMENT_SHARES: Readonly<Record<Department, number>> = {
  DfE: 0.45,
  MoJ: 0.35,
  DHSC: 0.2,
};

/** True while the shares above are placeholders rather than an agreement. */
export const DEPARTMENT_SHARES_ILLUSTRATIVE = true;
