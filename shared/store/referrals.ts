import type { DeclineReason, ReferralStatus } from '../contract/enums.js';
import { InvalidTransition, NoBedAvailable } from '../domain/errors.js';
import { explainAnswerRefusal, roundRefusedForChange } from '../domain/referral-rules.js';
import {
  effectiveReferralStatus,
  isOpenReferral,
  offerLapsesAt,
  referralStatusFilter,
  respondByFrom,
} from '../domain/referrals.js';
import { auditPut } from './audit.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { DECISION_FIGURE_FIELDS } from './figure-fields.js';
import { type Recorder, recordOf } from './idempotency.js';
import { project } from './index-reads.js';
import { GSI3, index, key } from './keys.js';
import { listScoped, type Scope } from './lists.js';
import type { Page } from './paging.js';
import { queryAll, timeRange } from './query-all.js';
import type { Actor, ReferralItem, RequestItem, UnitItem } from './records.js';
import { referralMove, withdrawReferralItems } from './referral-items.js';
import { newId } from './requests.js';
import { unitOpenCheck } from './unit-status.js';

type ReferralUnit = Pick<UnitItem, 'id' | 'name' | 'providerId' | 'regionCode'>;

/** Another round for the same request was written after the caller read its referrals: read them again. */
export class ReferralsChanged extends Error {
  constructor() {
    super('another referral round for this request was written meanwhile');
  }
}

export class ReferralStore {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<ReferralItem | undefined> {
    const out = await this.db.get({ Key: key.referral(id), ConsistentRead: true });
    return out.Item as ReferralItem | undefined;
  }

  /** Every referral made for a request (the request keeps their ids), oldest first. */
  async ofRequest(request: Pick<RequestItem, 'referralIds'>): Promise<ReferralItem[]> {
    const ids = [...(request.referralIds ?? [])];
    const found: ReferralItem[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      let keys: Record<string, unknown>[] = ids.slice(i, i + 100).map((id) => key.referral(id));
      // BatchGet may hand some keys back unprocessed under load: ask again for those.
      while (keys.length) {
        const out = await this.db.batchGet(keys);
        found.push(...((out.Responses?.[this.db.tableName] ?? []) as ReferralItem[]));
        keys = (out.UnprocessedKeys?.[this.db.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /**
   * Withdraws every live referral of a request placed some other way (a hold accepted), telling
   * each home, in transactions of their own after the placement: a home answering meanwhile
   * makes this read them again. Up to 25 referrals (50 items) a transaction.
   */
  async withdrawLive(
    request: Pick<RequestItem, 'referralIds'>,
    actor: Actor,
    now: Date,
    why: string,
  ): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const live = (await this.ofRequest(request)).filter(isOpenReferral);
      try {
        for (let i = 0; i < live.length; i += 25) {
          const items = withdrawReferralItems(live.slice(i, i + 25), actor, now.toISOString(), why);
          await this.db.transactWithRetry(() => items);
        }
        return live.length;
      } catch (error) {
        if (!(error instanceof TransactionCancelled && error.conditionFailed) || attempt >= 3) throw error;
      }
    }
  }

  /** Referrals made in a period, with only the fields the demand figures need (declines). */
  createdBetween(
    from: string,
    to: string,
  ): Promise<Pick<ReferralItem, (typeof DECISION_FIGURE_FIELDS)[number]>[]> {
    return queryAll(this.db, {
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
      ...project(DECISION_FIGURE_FIELDS),
      ExpressionAttributeValues: { ':pk': index.allReferrals, ...timeRange(from, to) },
    });
  }

  async list(
    scope: Scope,
    options: { limit: number; cursor?: string; status?: ReferralStatus },
    now: Date,
  ): Promise<Page<ReferralItem>> {
    const status = referralStatusFilter<ReferralItem>(options.status, now);
    const page = await listScoped<ReferralItem>(
      this.db,
      { la: index.laReferrals, provider: index.providerReferrals, all: index.allReferrals },
      scope,
      {
        limit: options.limit,
        cursor: options.cursor,
        filter: status.stored ? { status: status.stored } : undefined,
      },
    );
    return { ...page, items: page.items.filter(status.matches) };
  }

  /**
   * One referral per unit, in one transaction with the request's record of them and an audit
   * event (telling the provider) per referral: all or none.
   */
  async create(
    request: RequestItem,
    units: ReferralUnit[],
    actor: Actor,
    now: Date,
    record?: Recorder<ReferralItem[]>,
  ): Promise<ReferralItem[]> {
    const at = now.toISOString();
    const respondBy = respondByFrom(now);
    const referrals: ReferralItem[] = units.map((u) => ({
      id: newId('ref'),
      requestId: request.id,
      unitId: u.id,
      unitName: u.name,
      providerId: u.providerId,
      laCode: request.laCode,
      stream: request.stream,
      regionCode: u.regionCode,
      homeRegionCode: request.homeRegionCode,
      status: 'pending',
      ageYears: request.ageYears,
      sex: request.sex,
      legalBasis: request.legalBasis,
      needs: request.needs,
      profile: request.profile ?? {},
      respondBy,
      createdAt: at,
      updatedAt: at,
    }));
    const items: TransactItem[] = [];
    for (const r of referrals) {
      const sk = `${at}#${r.id}`;
      items.push({
        Put: {
          Item: {
            ...key.referral(r.id),
            gsi1pk: index.laReferrals(r.laCode),
            gsi1sk: sk,
            gsi2pk: index.providerReferrals(r.providerId),
            gsi2sk: sk,
            gsi3pk: index.allReferrals,
            gsi3sk: sk,
            type: 'referral',
            ...r,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    // The referrals the caller read before choosing units (no unit twice while its referral is
    // live): a round written meanwhile fails this, and the caller reads them again.
    const seen = request.referralIds?.size ?? 0;
    const requestAt = items.length;
    items.push({
      Update: {
        Key: key.request(request.id),
        // The providers referred to may read the (pseudonymous) request behind their referral.
        UpdateExpression: 'SET updatedAt = :at ADD referralIds :refs, providerIds :provs',
        // Only an open request that has not lapsed: a lapsed one is refreshed first.
        ConditionExpression: `#status = :open AND refreshDueAt > :at AND ${
          seen ? 'size(referralIds) = :seen' : 'attribute_not_exists(referralIds)'
        }`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':at': at,
          ':open': 'open',
          ':refs': new Set(referrals.map((r) => r.id)),
          ':provs': new Set(referrals.map((r) => r.providerId)),
          ...(seen ? { ':seen': seen } : {}),
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    });
    for (const r of referrals)
      items.push(
        auditPut({
          entity: r.id,
          entityType: 'referral',
          action: 'referral.created',
          actor,
          at,
          before: null,
          after: { status: 'pending', requestId: r.requestId, unitId: r.unitId, respondBy },
          notify: {
            to: [`provider:${r.providerId}`],
            ids: { referralId: r.id, requestId: r.requestId, unitId: r.unitId },
          },
        }),
      );
    // Each unit still open and still taking this child as the round is written: a unit paused or
    // corrected while it ran is refused like one that already was (the handler's 409, by field).
    const firstUnitCheck = items.length;
    for (const u of units) items.push(unitOpenCheck(u.id, request));
    items.push(...recordOf(record, referrals));
    try {
      await this.db.transactWithRetry(() => items);
    } catch (error) {
      if (error instanceof TransactionCancelled) {
        const refused = units.flatMap((u, i) =>
          error.codeAt(firstUnitCheck + i) === 'ConditionalCheckFailed'
            ? [
                {
                  field: `body.unitIds.${i}`,
                  message: `${u.name} stopped taking this child while the referrals were made`,
                },
              ]
            : [],
        );
        if (refused.length) throw new NoBedAvailable(refused.map((e) => e.message).join('; '), refused);
        const was = error.oldItemAt(requestAt) as RequestItem | undefined;
        if (was && roundRefusedForChange(was, seen, now)) throw new ReferralsChanged();
      }
      if (error instanceof TransactionCancelled && error.conditionFailed)
        throw new InvalidTransition('The request is no longer open: refresh a lapsed request first');
      throw error;
    }
    return referrals;
  }

  /** "We would take this child now": the offer stands for offerMinutes; no bed is taken. */
  async offer(
    r: ReferralItem,
    offerMinutes: number,
    actor: Actor,
    now: Date,
    record?: Recorder<ReferralItem>,
  ): Promise<ReferralItem> {
    const at = now.toISOString();
    const offerExpiresAt = offerLapsesAt(now, offerMinutes);
    const offered: ReferralItem = { ...r, status: 'offered', offerExpiresAt, decidedAt: at, updatedAt: at };
    await this.decide(
      r,
      now,
      [
        referralMove(r, ['pending'], 'offered', at, { offerExpiresAt, decidedAt: at }),
        // Second: a unit paused, closed or corrected while this ran makes no offer.
        unitOpenCheck(r.unitId, r),
        auditPut({
          entity: r.id,
          entityType: 'referral',
          action: 'referral.offered',
          actor,
          at,
          before: { status: 'pending' },
          after: { status: 'offered', offerExpiresAt },
          notify: {
            to: [`la:${r.laCode}`],
            ids: { referralId: r.id, requestId: r.requestId, unitId: r.unitId },
          },
        }),
        ...recordOf(record, offered),
      ],
      1,
    );
    return offered;
  }

  /** A coded "no" (before or after an offer). */
  async decline(
    r: ReferralItem,
    reason: DeclineReason,
    note: string | undefined,
    actor: Actor,
    now: Date,
    record?: Recorder<ReferralItem>,
  ): Promise<ReferralItem> {
    const at = now.toISOString();
    const before = effectiveReferralStatus(r.status, r.offerExpiresAt, now);
    const declined: ReferralItem = {
      ...r,
      status: 'declined',
      declineReason: reason,
      decidedAt: at,
      updatedAt: at,
      ...(note ? { declineNote: note } : {}),
    };
    await this.decide(r, now, [
      referralMove(r, ['pending', 'offered'], 'declined', at, {
        declineReason: reason,
        decidedAt: at,
        ...(note ? { declineNote: note } : {}),
      }),
      auditPut({
        entity: r.id,
        entityType: 'referral',
        action: 'referral.declined',
        actor,
        at,
        before: { status: before },
        after: { status: 'declined', declineReason: reason },
        notify: {
          to: [`la:${r.laCode}`],
          ids: { referralId: r.id, requestId: r.requestId, unitId: r.unitId },
        },
      }),
      ...recordOf(record, declined),
    ]);
    return declined;
  }

  /** `unitCheckAt`: where `items` checks the unit is open and takes the child, if it does. */
  private async decide(
    r: ReferralItem,
    now: Date,
    items: TransactItem[],
    unitCheckAt?: number,
  ): Promise<void> {
    try {
      await this.db.transactWithRetry(() => items);
    } catch (error) {
      if (
        error instanceof TransactionCancelled &&
        unitCheckAt !== undefined &&
        error.codeAt(unitCheckAt) === 'ConditionalCheckFailed'
      )
        throw new NoBedAvailable(`${r.unitName} stopped taking this child while the offer was being made`);
      if (error instanceof TransactionCancelled && error.conditionFailed)
        throw explainAnswerRefusal(error.oldItemAt(0) as ReferralItem | undefined, now);
      throw error;
    }
  }
}
