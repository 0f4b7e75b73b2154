import type { Destination, PlacementStatus } from '../contract/enums.js';
import type { Placement } from '../contract/schemas.js';
import { InvalidTransition } from '../domain/errors.js';
import { auditPut } from './audit.js';
import { counterUpdate } from './counters.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { index, key } from './keys.js';
import { listScoped, type Scope } from './lists.js';
import type { Page } from './paging.js';
import { queryAll } from './query-all.js';
import type { Actor, PlacementItem } from './records.js';

/** Legal authority warnings: the console warns 7 days and 1 day before it ends (SPEC). */
export function placementWarnings(p: PlacementItem, now: Date): string[] {
  if (!p.legalAuthorityEndsOn || p.status !== 'active') return [];
  const days = Math.ceil((Date.parse(`${p.legalAuthorityEndsOn}T00:00:00Z`) - now.getTime()) / 86_400_000);
  if (days < 0) return [`The legal authority for this placement ended on ${p.legalAuthorityEndsOn}`];
  if (days <= 1)
    return [`The legal authority for this placement ends on ${p.legalAuthorityEndsOn}: within 1 day`];
  if (days <= 7)
    return [`The legal authority for this placement ends on ${p.legalAuthorityEndsOn}: within 7 days`];
  return [];
}

export function toPlacement(p: PlacementItem, now: Date): Placement {
  return {
    id: p.id,
    requestId: p.requestId,
    holdId: p.holdId ?? null,
    referralId: p.referralId ?? null,
    unitId: p.unitId,
    bedId: p.bedId,
    providerId: p.providerId,
    laCode: p.laCode,
    homeLaCode: p.homeLaCode,
    childRef: p.childRef,
    stream: p.stream,
    regionCode: p.regionCode,
    status: p.status,
    startedAt: p.startedAt,
    distanceKm: p.distanceKm,
    legalAuthorityEndsOn: p.legalAuthorityEndsOn ?? null,
    stepDownReadyFrom: p.stepDownReadyFrom ?? null,
    plannedDestination: p.plannedDestination ?? null,
    dischargedAt: p.dischargedAt ?? null,
    destination: p.destination ?? null,
    warnings: placementWarnings(p, now),
  };
}

export class PlacementStore {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<PlacementItem | undefined> {
    const out = await this.db.get({ Key: key.placement(id), ConsistentRead: true });
    return out.Item as PlacementItem | undefined;
  }

  list(
    scope: Scope,
    options: { limit: number; cursor?: string; status?: PlacementStatus },
  ): Promise<Page<PlacementItem>> {
    return listScoped<PlacementItem>(
      this.db,
      { la: index.laPlacements, provider: index.providerPlacements, all: index.allPlacements },
      scope,
      {
        limit: options.limit,
        cursor: options.cursor,
        filter: options.status ? { status: options.status } : undefined,
      },
    );
  }

  /** Every placement that started on or before `to` (commissioning figures; one index partition). */
  startedBy(to: string): Promise<PlacementItem[]> {
    return queryAll<PlacementItem>(this.db, {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk < :to',
      ExpressionAttributeValues: { ':pk': index.allPlacements, ':to': `${to}T23:59:59.999Z~` },
    });
  }

  /** The child no longer needs secure care: "ready but still here" days count from `readyFrom`. */
  async stepDownReady(
    p: PlacementItem,
    readyFrom: string,
    planned: Destination,
    actor: Actor,
    now: Date,
  ): Promise<PlacementItem> {
    const at = now.toISOString();
    await this.change(p, [
      {
        Update: {
          Key: key.placement(p.id),
          UpdateExpression: 'SET stepDownReadyFrom = :from, plannedDestination = :dest, updatedAt = :at',
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':from': readyFrom, ':dest': planned, ':at': at, ':active': 'active' },
        },
      },
      auditPut({
        entity: p.id,
        entityType: 'placement',
        action: 'placement.step_down_ready',
        actor,
        at,
        before: {
          stepDownReadyFrom: p.stepDownReadyFrom ?? null,
          plannedDestination: p.plannedDestination ?? null,
        },
        after: { stepDownReadyFrom: readyFrom, plannedDestination: planned },
      }),
    ]);
    return { ...p, stepDownReadyFrom: readyFrom, plannedDestination: planned };
  }

  /** The child leaves: placement ends, its bed is free in the same transaction, the step-down wait stops. */
  async discharge(
    p: PlacementItem,
    destination: Destination,
    actor: Actor,
    now: Date,
  ): Promise<PlacementItem> {
    const at = now.toISOString();
    await this.change(p, [
      {
        Update: {
          Key: key.placement(p.id),
          UpdateExpression:
            'SET #status = :discharged, dischargedAt = :at, destination = :dest, updatedAt = :at',
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':discharged': 'discharged',
            ':at': at,
            ':dest': destination,
            ':active': 'active',
          },
        },
      },
      {
        Update: {
          Key: key.bed(p.unitId, p.bedId),
          UpdateExpression:
            'SET #state = :available, #version = #version + :one, updatedAt = :at REMOVE placementId',
          ConditionExpression: '#state = :occupied AND placementId = :pl',
          ExpressionAttributeNames: { '#state': 'state', '#version': 'version' },
          ExpressionAttributeValues: {
            ':available': 'available',
            ':occupied': 'occupied',
            ':one': 1,
            ':at': at,
            ':pl': p.id,
          },
        },
      },
      counterUpdate({
        stream: p.stream,
        unitId: p.unitId,
        delta: { occupied: -1, available: 1 },
      }) as TransactItem,
      auditPut({
        entity: p.id,
        entityType: 'placement',
        action: 'placement.discharged',
        actor,
        at,
        before: { status: 'active' },
        after: { status: 'discharged', destination, stepDownReadyFrom: p.stepDownReadyFrom ?? null },
      }),
      auditPut({
        entity: p.bedId,
        entityType: 'bed',
        action: 'bed.freed',
        actor,
        at,
        before: { state: 'occupied' },
        after: { state: 'available' },
        notify: { to: ['subscribers'], ids: { unitId: p.unitId, bedId: p.bedId, stream: p.stream } },
      }),
    ]);
    return { ...p, status: 'discharged', dischargedAt: at, destination };
  }

  private async change(p: PlacementItem, items: TransactItem[]): Promise<void> {
    try {
      await this.db.transactWithRetry(() => items);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) {
        throw new InvalidTransition(
          `The placement is ${p.status === 'active' ? 'no longer active' : p.status}`,
        );
      }
      throw error;
    }
  }
}
