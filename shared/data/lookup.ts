import { LOCAL_AUTHORITIES, type LocalAuthority, REGIONS } from './local-authorities.js';

// Built on first use, not at import: a bundle that only names regions then leaves the 153 LAs out.
let byCode: Map<string, LocalAuthority> | undefined;
let regionNames: Map<string, string> | undefined;

export function localAuthority(code: string): LocalAuthority | undefined {
  byCode ??= new Map(LOCAL_AUTHORITIES.map((la) => [la.code, la]));
  return byCode.get(code);
}

export function regionName(code: string): string {
  regionNames ??= new Map(REGIONS.map((r) => [r.code, r.name]));
  // Wales has no regions: a cross-border unit's regionCode is the country's code (contract/unit-facts.ts).
  if (code === 'W92000004') return 'Wales';
  return regionNames.get(code) ?? code;
}
