import { LOCAL_AUTHORITIES, type LocalAuthority, REGIONS } from './local-authorities.js';

const BY_CODE = new Map(LOCAL_AUTHORITIES.map((la) => [la.code, la]));
const REGION_NAMES = new Map(REGIONS.map((r) => [r.code, r.name]));

export function localAuthority(code: string): LocalAuthority | undefined {
  return BY_CODE.get(code);
}

export function regionName(code: string): string {
  return REGION_NAMES.get(code) ?? code;
}
