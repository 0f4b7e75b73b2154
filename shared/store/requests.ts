import { randomUUID } from 'node:crypto';
import type { RequestStatus, WithdrawOutcome } from '../contract/enums.js';
import { InvalidTransition } from '../domain/errors.js';
import {
  effectiveRequestStatus,
  nextRhythmAt,
  refreshDueAfter,
  refreshDueOf,
  requestStatusFilter,
  reviewDueAfter,
  reviewDueOf,
  unmetAfterSearch,
} from '../domain/requests.js';
import { auditPut } from './audit.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { REQUEST_FIGURE_FIELDS } from './figure-fields.js';
import { type Recorder, recordOf } from './idempotency.js';
import { project } from './index-reads.js';
import { GSI3, index, key } from './keys.js';
import { listScoped, type Scope } from './lists.js';
import type { Page } from './paging.js';
import { queryAll, timeRange } from './query-all.js';
import type { Actor, RequestItem } from './records.js';

export const newId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '')}`;

/**
 * A condition that the request still has exactly the referrals it was read with (the set only
 * grows, so its size is its version): a write that ends them all must not miss a new one.
 */
export const sameReferrals = (r: RequestItem) =>
  r.referralIds?.size ? 'size(referralIds) = :refs' : 'attribute_not_exists(referralIds)';

/** Fields an audit event may carry about a request: ids and facts, the childRef only as the record's own. */
const auditView = (r: Partial<RequestItem>) => ({
  status: r.status,
  stream: r.stream,
  legalBasis: r.legalBasis,
  homeLaCode: r.homeLaCode,
  homeRegionCode: r.homeRegionCode,
  unmet: r.unmet,
});

type NewRequest = Pick<
  RequestItem,
  | 'laCode'
  | 'childRef'
  | 'ageYears'
  | 'sex'
  | 'stream'
  | 'legalBasis'
  | 'needs'
  | 'homeLaCode'
  | 'homeRegionCode'
  | 'neededBy'
  | 'legalAuthorityEndsOn'
  | 'profile'
  | 'sosApprovalRef'
>;

/** The sparse-index attributes that put an open request in front of the sweeper at `dueAt`. */
export const rhythmIndex = (id: string, dueAt: string) => ({
  gsi4pk: index.requestRhythm,
  gsi4sk: `${dueAt}#${id}`,
});

/** A request as the demand figures read it from the national index. */
type RequestFigure = Pick<RequestItem, 'id' | 'createdAt' | (typeof REQUEST_FIGURE_FIELDS)[number]>;

export class RequestStore {
  constructor(private readonly db: Db) {}

  async create(
    input: NewRequest,
    actor: Actor,
    now: Date,
    record?: Recorder<RequestItem>,
  ): Promise<RequestItem> {
    const at = now.toISOString();
    const item: RequestItem = {
      ...input,
      id: newId('req'),
      status: 'open',
      unmet: false,
      attempts: 0,
      refreshDueAt: refreshDueAfter(now),
      reviewDueAt: reviewDueAfter(now),
      createdAt: at,
      updatedAt: at,
    };
    await this.db.transactWithRetry(() => [
      {
        Put: {
          Item: {
            ...key.request(item.id),
            gsi1pk: index.laRequests(item.laCode),
            gsi1sk: `${at}#${item.id}`,
            gsi3pk: index.allRequests,
            gsi3sk: `${at}#${item.id}`,
            ...rhythmIndex(item.id, nextRhythmAt(item.refreshDueAt as string, false)),
            type: 'request',
            ...item,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      auditPut({
        entity: item.id,
        entityType: 'request',
        action: 'request.created',
        actor,
        at,
        before: null,
        after: auditView(item),
      }),
      ...recordOf(record, item),
    ]);
    return item;
  }

  async get(id: string): Promise<RequestItem | undefined> {
    const out = await this.db.get({ Key: key.request(id), ConsistentRead: true });
    return out.Item as RequestItem | undefined;
  }

  async list(
    scope: Scope,
    options: { limit: number; cursor?: string; status?: RequestStatus },
    now: Date,
  ): Promise<Page<RequestItem>> {
    const status = requestStatusFilter<RequestItem>(options.status, now);
    const page = await listScoped<RequestItem>(
      this.db,
      { la: index.laRequests, provider: index.providerRequests, all: index.allRequests },
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
   * Requests created from the start of `from` to the end of `to` (dates), with only the fields the
   * commissioning figures need: no childRef, age, sex or needs. One index partition, in time order.
   */
  async createdBetween(from: string, to: string): Promise<RequestFigure[]> {
    // The index carries no id or creation time: both are its sort key, `<createdAt>#<id>`.
    const items = await queryAll<Record<string, unknown> & { gsi3sk: string }>(this.db, {
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
      ...project(['gsi3sk', ...REQUEST_FIGURE_FIELDS]),
      ExpressionAttributeValues: { ':pk': index.allRequests, ...timeRange(from, to) },
    });
    return items.map(({ gsi3sk, ...rest }) => {
      const at = gsi3sk.indexOf('#');
      return {
        ...rest,
        createdAt: gsi3sk.slice(0, at),
        id: gsi3sk.slice(at + 1),
      } as unknown as RequestFigure;
    });
  }

  /**
   * Withdraws an open (or lapsed) request that has no live hold, recording what happened to the
   * child. `alsoWrite` carries the withdrawal of its live referrals, in the same transaction.
   */
  async withdraw(
    request: RequestItem,
    outcome: { outcome: WithdrawOutcome; note?: string },
    actor: Actor,
    now: Date,
    alsoWrite: TransactItem[] = [],
    record?: Recorder<RequestItem>,
  ): Promise<RequestItem> {
    const at = now.toISOString();
    const withdrawn: RequestItem = {
      ...request,
      status: 'withdrawn',
      withdrawnAt: at,
      updatedAt: at,
      outcome: outcome.outcome,
      ...(outcome.note ? { outcomeNote: outcome.note } : {}),
    };
    try {
      await this.db.transactWithRetry(() => [
        {
          Update: {
            Key: key.request(request.id),
            UpdateExpression: `SET #status = :withdrawn, withdrawnAt = :at, updatedAt = :at, outcome = :outcome${outcome.note ? ', outcomeNote = :note' : ''} REMOVE gsi4pk, gsi4sk`,
            // Only an open request, and not while a live hold still reserves a bed for it; and
            // only with the referrals we saw (one made meanwhile would be left behind).
            ConditionExpression: `#status = :open AND (attribute_not_exists(holdUntil) OR holdUntil <= :at) AND ${sameReferrals(request)}`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':withdrawn': 'withdrawn',
              ':open': 'open',
              ':at': at,
              ':outcome': outcome.outcome,
              ...(request.referralIds?.size ? { ':refs': request.referralIds.size } : {}),
              ...(outcome.note ? { ':note': outcome.note } : {}),
            },
          },
        },
        auditPut({
          entity: request.id,
          entityType: 'request',
          action: 'request.withdrawn',
          actor,
          at,
          before: auditView(request),
          after: { ...auditView({ ...request, status: 'withdrawn' }), outcome: outcome.outcome },
        }),
        ...alsoWrite,
        ...recordOf(record, withdrawn),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) {
        throw new InvalidTransition(
          'Only an open request without an active hold can be withdrawn: release the hold first',
        );
      }
      throw error;
    }
    return withdrawn;
  }

  /**
   * "Still needed": moves refreshDueAt on 14 days (and reviewDueAt 3 months when reviewed). A
   * lapsed request is stored as open, so this brings it straight back.
   */
  async refresh(
    request: RequestItem,
    reviewed: boolean,
    actor: Actor,
    now: Date,
    record?: Recorder<RequestItem>,
  ): Promise<RequestItem> {
    const at = now.toISOString();
    const refreshDueAt = refreshDueAfter(now);
    const reviewDueAt = reviewed ? reviewDueAfter(now) : reviewDueOf(request);
    const gsi = rhythmIndex(request.id, nextRhythmAt(refreshDueAt, false));
    const refreshed: RequestItem = { ...request, refreshDueAt, reviewDueAt, updatedAt: at };
    try {
      await this.db.transactWithRetry(() => [
        {
          Update: {
            Key: key.request(request.id),
            UpdateExpression:
              'SET refreshDueAt = :refresh, reviewDueAt = :review, updatedAt = :at, gsi4pk = :g4pk, gsi4sk = :g4sk',
            ConditionExpression: '#status = :open',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':refresh': refreshDueAt,
              ':review': reviewDueAt,
              ':at': at,
              ':open': 'open',
              ':g4pk': gsi.gsi4pk,
              ':g4sk': gsi.gsi4sk,
            },
          },
        },
        auditPut({
          entity: request.id,
          entityType: 'request',
          action: reviewed ? 'request.reviewed' : 'request.refreshed',
          actor,
          at,
          before: {
            status: effectiveRequestStatus(request.status, refreshDueOf(request), now),
            refreshDueAt: refreshDueOf(request),
            reviewDueAt: reviewDueOf(request),
          },
          after: { status: 'open', refreshDueAt, reviewDueAt },
        }),
        ...recordOf(record, refreshed),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed)
        throw new InvalidTransition('Only an open or lapsed request can be refreshed');
      throw error;
    }
    return refreshed;
  }

  /** Records whether the last search found no fit: unmet demand lasts while the request stays unplaced. */
  async recordMatchOutcome(request: RequestItem, matched: boolean, now: Date): Promise<void> {
    const unmet = unmetAfterSearch(request, matched);
    if (unmet === undefined) return;
    const at = now.toISOString();
    try {
      await this.db.transactWithRetry(() => [
        {
          Update: {
            Key: key.request(request.id),
            UpdateExpression: unmet
              ? 'SET unmet = :unmet, unmetSince = if_not_exists(unmetSince, :at), updatedAt = :at'
              : 'SET unmet = :unmet, updatedAt = :at',
            ConditionExpression: '#status = :open AND unmet <> :unmet',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':unmet': unmet, ':at': at, ':open': 'open' },
          },
        },
        auditPut({
          entity: request.id,
          entityType: 'request',
          action: unmet ? 'request.unmet' : 'request.matched',
          actor: { role: 'system', org: 'matching' },
          at,
          before: { unmet: request.unmet },
          after: { unmet },
          // National coordination looks for a bed when no unit fits.
          ...(unmet ? { notify: { to: ['coordinator:national'], ids: { requestId: request.id } } } : {}),
        }),
      ]);
    } catch (error) {
      // Someone placed, withdrew or re-marked it meanwhile: their write stands.
      if (!(error instanceof TransactionCancelled && error.conditionFailed)) throw error;
    }
  }
}
