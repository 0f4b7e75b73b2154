import fc from 'fast-check';
import type { RouteDef } from '../../../shared/http/types.js';
import { BODY_MUTATIONS } from './bodies.js';
import { baseline, type Call } from './call.js';
import type { Mode, Mutation, Patch } from './mutation.js';
import { PRECONDITION_MUTATIONS } from './preconditions.js';
import { REQUEST_LINE_MUTATIONS } from './request-line.js';

const MUTATIONS: Mutation[] = [...REQUEST_LINE_MUTATIONS, ...BODY_MUTATIONS, ...PRECONDITION_MUTATIONS];

function applyPatch(call: Call, patch: Patch): Call {
  const headers = { ...call.headers };
  for (const [k, v] of Object.entries(patch.headers ?? {})) {
    if (v === undefined) delete headers[k];
    else headers[k] = v;
  }
  return { ...call, ...patch, headers };
}

/** A call to `def` broken by each of `mutations` (each alone must be refused). */
export function brokenBy(
  def: RouteDef,
  mutations: Mutation[],
  mode: Mode,
): fc.Arbitrary<{ call: Call; broken: string[] }> {
  const base = baseline(def);
  return fc.tuple(...mutations.map((m) => m.arb(def, base, mode))).map((patches) => ({
    call: patches.reduce(applyPatch, { ...base, headers: { ...base.headers } }),
    broken: mutations.map((m) => m.name),
  }));
}

export const usable = (def: RouteDef, mode: Mode) => MUTATIONS.filter((m) => m.applies(def, mode));

/** A call to `def` broken in one to three ways, chosen at random. */
export function brokenCall(def: RouteDef, mode: Mode): fc.Arbitrary<{ call: Call; broken: string[] }> {
  return fc
    .uniqueArray(fc.constantFrom(...usable(def, mode)), {
      minLength: 1,
      maxLength: 3,
      selector: (m) => m.name,
    })
    .chain((chosen) => brokenBy(def, chosen, mode));
}
