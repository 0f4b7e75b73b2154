import type { UnitKind, UnitStatus, WardType } from '../contract/enums.js';
import type { UnitPatchBody } from '../contract/register.js';
import type { Caller } from './access.js';
import { Forbidden, ValidationFailed, VersionMismatch } from './errors.js';

/** What a provider may change of its own units: who to phone. Everything else is the coordinators'. */
const PROVIDER_FIELDS = new Set(['dutyContact']);

/** A provider may change only its units' duty contact; a coordinator anything the schema allows. */
export function assertMayPatchUnit(c: Caller, patch: UnitPatchBody): void {
  if (c.role !== 'provider') return;
  const others = Object.keys(patch).filter((f) => !PROVIDER_FIELDS.has(f));
  if (others.length)
    throw new Forbidden(
      `A provider may change only dutyContact; ask a coordinator to change ${others.join(', ')}`,
    );
}

/** What the patch rules read and write of a unit (a store item carries more, and keeps it). */
interface PatchableUnit {
  kind: UnitKind;
  wardType: WardType | null;
  status: UnitStatus;
  statusReason: string | null;
  statusSince: string | null;
  /** The unit's version, its ETag: bumped by every change. */
  version: number;
}

/**
 * A unit after a patch, if it is still at `version` (else VersionMismatch), and which of its
 * fields changed, in the order given. A new status starts now unless the caller says when, and
 * the old status's reason does not carry over; only a Tier 4 ward has a ward type. Nothing
 * changed: the unit as it was, at the same version.
 */
export function patchUnit<U extends PatchableUnit>(
  unit: U,
  patch: UnitPatchBody,
  version: number,
  now: Date,
): { next: U; changed: string[] } {
  if (unit.version !== version) throw new VersionMismatch('The unit has changed since you read it');
  const next: U = { ...unit };
  const target = next as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(patch)) if (value !== undefined) target[field] = value;
  if (patch.status !== undefined && patch.status !== unit.status) {
    next.statusSince = patch.statusSince ?? now.toISOString();
    next.statusReason = patch.statusReason ?? null;
  }
  if (next.wardType !== null && next.kind !== 'cypmhs_inpatient') {
    throw new ValidationFailed([
      { field: 'body.wardType', message: 'only a cypmhs_inpatient unit has a ward type' },
    ]);
  }
  const before = unit as unknown as Record<string, unknown>;
  const changed = Object.keys(target).filter((f) => JSON.stringify(target[f]) !== JSON.stringify(before[f]));
  if (changed.length === 0) return { next: unit, changed };
  next.version = unit.version + 1;
  return { next, changed };
}
