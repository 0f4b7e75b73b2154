import type { DelayReason, Destination, PlacementStatus } from '../contract/enums.js';
import { InvalidTransition } from '../domain/errors.js';
import { type LegalOrder, ordersOf } from '../domain/legal-authority.js';
import { assertActive, type StepDown } from '../domain/placements.js';
import { dischargeWindow } from '../domain/step-down.js';
import { auditPut } from './audit.js';
import { freeTakenBedItems } from './bed-claim.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { PLACEMENT_FIGURE_FIELDS } from './figure-fields.js';
import { type Recorder, recordOf } from './idempotency.js';
import { project, queryAllItems } from './index-reads.js';
import { GSI3, GSI4, index, key } from './keys.js';
import { listScoped, type Scope } from './lists.js';
import type { Page } from './paging.js';
import { queryAll } from './query-all.js';
import type { Actor, PlacementItem } from './records.js';

/** What usage and demand count a placement by: no child, nothing the national index does not carry. */
type FigurePlacement = Pick<PlacementItem, (typeof PLACEMENT_FIGURE_FIELDS)[number]>;

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

  /**
   * Every placement that started on or before `to` (commissioning figures; one index partition),
   * with only the fields the figures count by: the index carries nothing else (decision 0014).
   */
  startedBy(to: string): Promise<FigurePlacement[]> {
    return queryAll<FigurePlacement>(this.db, {
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk < :to',
      ...project(PLACEMENT_FIGURE_FIELDS),
      ExpressionAttributeValues: { ':pk': index.allPlacements, ':to': `${to}T23:59:59.999Z~` },
    });
  }

  /**
   * The child no longer needs secure care: "ready but still here" days count from `readyFrom`.
   * Recording it again corrects it (the audit keeps both). A planned discharge day puts the
   * placement in the sparse forecast index; none takes it out.
   */
  async stepDownReady(
    p: PlacementItem,
    s: StepDown,
    actor: Actor,
    now: Date,
    record?: Recorder<PlacementItem>,
  ): Promise<PlacementItem> {
    const at = now.toISOString();
    const { delayReason: _d, plannedDischargeOn: _p, ...rest } = p;
    const ready: PlacementItem = {
      ...rest,
      stepDownReadyFrom: s.readyFrom,
      plannedDestination: s.plannedDestination,
      ...(s.delayReason ? { delayReason: s.delayReason } : {}),
      ...(s.plannedDischargeOn ? { plannedDischargeOn: s.plannedDischargeOn } : {}),
    };
    const sets = ['stepDownReadyFrom = :from', 'plannedDestination = :dest', 'updatedAt = :at'];
    const removes: string[] = [];
    const values: Record<string, unknown> = {
      ':from': s.readyFrom,
      ':dest': s.plannedDestination,
      ':at': at,
      ':active': 'active',
    };
    if (s.delayReason) {
      sets.push('delayReason = :why');
      values[':why'] = s.delayReason;
    } else removes.push('delayReason');
    if (s.plannedDischargeOn) {
      sets.push('plannedDischargeOn = :planned', 'gsi4pk = :fpk', 'gsi4sk = :fsk');
      values[':planned'] = s.plannedDischargeOn;
      values[':fpk'] = index.plannedDischarges;
      values[':fsk'] = `${s.plannedDischargeOn}#${p.id}`;
    } else removes.push('plannedDischargeOn', 'gsi4pk', 'gsi4sk');
    await this.change(p, [
      {
        Update: {
          Key: key.placement(p.id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: values,
        },
      },
      auditPut({
        entity: p.id,
        entityType: 'placement',
        action: 'placement.step_down_ready',
        actor,
        at,
        before: stepDownOf(p),
        after: stepDownOf(s),
      }),
      ...recordOf(record, ready),
    ]);
    return ready;
  }

  /** The child leaves: placement ends, its bed is free in the same transaction, the step-down wait stops. */
  async discharge(
    p: PlacementItem,
    destination: Destination,
    on: string,
    actor: Actor,
    now: Date,
    record?: Recorder<PlacementItem>,
  ): Promise<PlacementItem> {
    const at = now.toISOString();
    const discharged: PlacementItem = {
      ...p,
      status: 'discharged',
      dischargedAt: at,
      dischargedOn: on,
      destination,
    };
    await this.change(p, [
      {
        Update: {
          Key: key.placement(p.id),
          UpdateExpression:
            'SET #status = :discharged, dischargedAt = :at, dischargedOn = :on, destination = :dest, updatedAt = :at REMOVE gsi4pk, gsi4sk',
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':discharged': 'discharged',
            ':at': at,
            ':dest': destination,
            ':on': on,
            ':active': 'active',
          },
        },
      },
      // The bed is free again from now, with its counter, in the same transaction.
      ...freeTakenBedItems(p, { placementId: p.id }, actor, at),
      auditPut({
        entity: p.id,
        entityType: 'placement',
        action: 'placement.discharged',
        actor,
        at,
        before: { status: 'active' },
        after: {
          status: 'discharged',
          destination,
          dischargedOn: on,
          stepDownReadyFrom: p.stepDownReadyFrom ?? null,
          delayReason: p.delayReason ?? null,
        },
      }),
      ...recordOf(record, discharged),
    ]);
    return discharged;
  }

  /**
   * A new order, appended to the placement's history in one conditional write with its audit
   * event. The first one recorded keeps the order the placement began under ahead of it, so the
   * history stays whole. Two people recording at once: the loser re-reads and appends after.
   */
  async recordOrder(
    p: PlacementItem,
    order: LegalOrder,
    actor: Actor,
    now: Date,
    record?: Recorder<PlacementItem>,
  ): Promise<PlacementItem> {
    const at = now.toISOString();
    let current = p;
    for (let attempt = 0; ; attempt++) {
      assertActive(current);
      const before = current.legalOrders ?? [];
      const orders = [...ordersOf(current), order];
      const recorded: PlacementItem = { ...current, legalOrders: orders };
      try {
        await this.db.transactWithRetry(() => [
          {
            Update: {
              Key: key.placement(current.id),
              UpdateExpression: 'SET legalOrders = :orders, updatedAt = :at',
              ConditionExpression:
                '#status = :active AND (attribute_not_exists(legalOrders) OR size(legalOrders) = :n)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':orders': orders,
                ':at': at,
                ':active': 'active',
                ':n': before.length,
              },
            },
          },
          auditPut({
            entity: current.id,
            entityType: 'placement',
            action: 'placement.legal_authority_recorded',
            actor,
            at,
            before: { legalAuthority: before.at(-1) ?? null, orders: before.length },
            after: { legalAuthority: order, orders: orders.length },
          }),
          ...recordOf(record, recorded),
        ]);
        return recorded;
      } catch (error) {
        if (!(error instanceof TransactionCancelled && error.conditionFailed) || attempt >= 4) {
          if (error instanceof TransactionCancelled && error.conditionFailed)
            throw new InvalidTransition(
              'The placement changed while the order was being recorded: try again',
            );
          throw error;
        }
        const fresh = await this.get(current.id);
        if (!fresh) throw error;
        current = fresh;
      }
    }
  }

  /** Active placements planned to leave on a day from `first` to `last` (one Query of a sparse index). */
  plannedDischarges(
    first: string,
    last: string,
  ): Promise<Pick<PlacementItem, 'stream' | 'regionCode' | 'plannedDischargeOn'>[]> {
    return queryAll(this.db, {
      IndexName: GSI4,
      KeyConditionExpression: 'gsi4pk = :pk AND gsi4sk BETWEEN :first AND :last',
      ProjectionExpression: '#stream, regionCode, plannedDischargeOn',
      ExpressionAttributeNames: { '#stream': 'stream' },
      ExpressionAttributeValues: { ':pk': index.plannedDischarges, ':first': first, ':last': `${last}#~` },
    });
  }

  /** Beds expected to free in the next 24 and 72 hours, from planned discharge days. */
  async forecast(now: Date) {
    const day = dischargeWindow(now, 24);
    const three = dischargeWindow(now, 72);
    const within72 = await this.plannedDischarges(three.first, three.last);
    const next24 = within72.filter((p) => (p.plannedDischargeOn ?? '') <= day.last);
    return [next24, within72];
  }

  /**
   * Every active placement (the sweeper's authority check): the index finds them by the `status`
   * it carries, then the placements themselves are read (orders, markers: decision 0014).
   */
  active(): Promise<PlacementItem[]> {
    return queryAllItems<PlacementItem>(
      this.db,
      {
        IndexName: GSI3,
        KeyConditionExpression: 'gsi3pk = :pk',
        FilterExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pk': index.allPlacements, ':active': 'active' },
      },
      (p) => p.status === 'active',
    );
  }

  /**
   * Announces once that a placement's authority is ending soon or has lapsed: a marker on the
   * placement (which authority end was announced) and an audit event that notifies the placing
   * LA and the coordinators, in one conditional write. False when already announced or ended.
   */
  async announceAuthority(
    p: PlacementItem,
    state: 'ending_soon' | 'lapsed',
    endsAt: string,
    now: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    const marker = state === 'lapsed' ? 'noticeLapsed' : 'noticeEndingSoon';
    try {
      await this.db.transactWithRetry(() => [
        {
          Update: {
            Key: key.placement(p.id),
            UpdateExpression: 'SET #marker = :end',
            ConditionExpression: '#status = :active AND (attribute_not_exists(#marker) OR #marker <> :end)',
            ExpressionAttributeNames: { '#status': 'status', '#marker': marker },
            ExpressionAttributeValues: { ':end': endsAt, ':active': 'active' },
          },
        },
        auditPut({
          entity: p.id,
          entityType: 'placement',
          action: state === 'lapsed' ? 'placement.authority_lapsed' : 'placement.authority_ending_soon',
          actor: { role: 'system', org: 'sweeper' },
          at,
          before: { [marker]: p[marker] ?? null },
          after: { [marker]: endsAt },
          notify: {
            to: [...(p.laCode ? [`la:${p.laCode}`] : []), 'coordinators'],
            ids: { placementId: p.id, unitId: p.unitId, ...(p.laCode ? { laCode: p.laCode } : {}) },
          },
        }),
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) return false;
      throw error;
    }
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

/** The step-down facts an audit event records, before and after. */
function stepDownOf(s: {
  stepDownReadyFrom?: string;
  readyFrom?: string;
  plannedDestination?: Destination;
  delayReason?: DelayReason;
  plannedDischargeOn?: string;
}) {
  return {
    stepDownReadyFrom: s.readyFrom ?? s.stepDownReadyFrom ?? null,
    plannedDestination: s.plannedDestination ?? null,
    delayReason: s.delayReason ?? null,
    plannedDischargeOn: s.plannedDischargeOn ?? null,
  };
}
