import { localAuthority } from '../data/lookup.js';

/** Wales has no regions: a cross-border unit's region is the country (contract/unit-facts.ts). */
const WALES = 'W92000004';

interface FactProblem {
  field: string;
  message: string;
}

/**
 * Facts of a unit that the schema alone can't check, because they depend on each other or on
 * the LA list: an English unit's LA must be one of England's, in the region given; a Welsh one
 * sits in Wales; only a Tier 4 ward has a ward type. Pure; `prefix` names the fields (`body.`).
 */
export function unitFactProblems(
  u: { kind?: string; laCode?: string; regionCode?: string; wardType?: string | null },
  prefix = 'body.',
): FactProblem[] {
  const out: FactProblem[] = [];
  if (u.laCode !== undefined && u.regionCode !== undefined) {
    if (u.laCode.startsWith('W')) {
      if (u.regionCode !== WALES)
        out.push({ field: `${prefix}regionCode`, message: `a Welsh unit's region is ${WALES} (Wales)` });
    } else {
      const la = localAuthority(u.laCode);
      if (!la) out.push({ field: `${prefix}laCode`, message: 'is not one of England’s LAs' });
      else if (la.regionCode !== u.regionCode)
        out.push({
          field: `${prefix}regionCode`,
          message: `${la.name} (${la.code}) is in region ${la.regionCode}, not ${u.regionCode}`,
        });
    }
  }
  if (u.kind !== undefined && u.kind !== 'cypmhs_inpatient' && u.wardType)
    out.push({ field: `${prefix}wardType`, message: 'only a cypmhs_inpatient unit has a ward type' });
  return out;
}
