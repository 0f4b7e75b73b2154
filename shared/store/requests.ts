import { randomUUID } from 'node:crypto';
import type { RequestStatus } from '../contract/enums.js';
import type { Request } from '../contract/schemas.js';
import { InvalidTransition } from '../domain/errors.js';
import { auditPut } from './audit.js';
import { type Db, TransactionCancelled } from './db.js';
import { GSI3, index, key } from './keys.js';
import { listScoped, type Scope } from './lists.js';
import type { Page } from './paging.js';
import { queryAll, timeRange } from './query-all.js';
import type { Actor, RequestItem } from './records.js';

export const newId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '')}`;

export function toRequest(r: RequestItem, now: Date): Request {
  const holdLive = r.holdId && r.holdUntil && Date.parse(r.holdUntil) > now.getTime();
  return {
    id: r.id,
    laCode: r.laCode,
    childRef: r.childRef,
    ageYears: r.ageYears,
    sex: r.sex,
    stream: r.stream,
    legalBasis: r.legalBasis,
    needs: r.needs,
    homeLaCode: r.homeLaCode,
    neededBy: r.neededBy,
    legalAuthorityEndsOn: r.legalAuthorityEndsOn ?? null,
    status: r.status,
    unmet: r.unmet,
    activeHoldId: holdLive ? (r.holdId ?? null) : null,
    placementId: r.placementId ?? null,
    attempts: r.attempts,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Fields an audit event may carry about a request: ids and facts, the childRef only as the record's own. */
const auditView = (r: Partial<RequestItem>) => ({
  status: r.status,
  stream: r.stream,
  legalBasis: r.legalBasis,
  homeLaCode: r.homeLaCode,
  homeRegionCode: r.homeRegionCode,
  unmet: r.unmet,
});

export type NewRequest = Omit<
  RequestItem,
  'id' | 'status' | 'unmet' | 'attempts' | 'createdAt' | 'updatedAt' | 'holdId' | 'holdUntil' | 'placementId'
>;

export class RequestStore {
  constructor(private readonly db: Db) {}

  async create(input: NewRequest, actor: Actor, now: Date): Promise<RequestItem> {
    const at = now.toISOString();
    const item: RequestItem = {
      ...input,
      id: newId('req'),
      status: 'open',
      unmet: false,
      attempts: 0,
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
    ]);
    return item;
  }

  async get(id: string): Promise<RequestItem | undefined> {
    const out = await this.db.get({ Key: key.request(id), ConsistentRead: true });
    return out.Item as RequestItem | undefined;
  }

  list(
    scope: Scope,
    options: { limit: number; cursor?: string; status?: RequestStatus },
  ): Promise<Page<RequestItem>> {
    return listScoped<RequestItem>(
      this.db,
      { la: index.laRequests, provider: index.providerRequests, all: index.allRequests },
      scope,
      {
        limit: options.limit,
        cursor: options.cursor,
        filter: options.status ? { status: options.status } : undefined,
      },
    );
  }

  /**
   * Requests created from the start of `from` to the end of `to` (dates), with only the fields the
   * commissioning figures need: no childRef, age, sex or needs. One index partition, in time order.
   */
  createdBetween(
    from: string,
    to: string,
  ): Promise<
    Pick<
      RequestItem,
      'id' | 'stream' | 'homeRegionCode' | 'status' | 'unmet' | 'createdAt' | 'placedAt' | 'withdrawnAt'
    >[]
  > {
    return queryAll(this.db, {
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
      ProjectionExpression: 'id, #stream, homeRegionCode, #status, unmet, createdAt, placedAt, withdrawnAt',
      ExpressionAttributeNames: { '#stream': 'stream', '#status': 'status' },
      ExpressionAttributeValues: { ':pk': index.allRequests, ...timeRange(from, to) },
    });
  }

  /** Withdraws an open request that has no live hold. */
  async withdraw(request: RequestItem, actor: Actor, now: Date): Promise<RequestItem> {
    const at = now.toISOString();
    try {
      await this.db.transactWithRetry(() => [
        {
          Update: {
            Key: key.request(request.id),
            UpdateExpression: 'SET #status = :withdrawn, withdrawnAt = :at, updatedAt = :at',
            // Only an open request, and not while a live hold still reserves a bed for it.
            ConditionExpression: '#status = :open AND (attribute_not_exists(holdUntil) OR holdUntil <= :at)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':withdrawn': 'withdrawn', ':open': 'open', ':at': at },
          },
        },
        auditPut({
          entity: request.id,
          entityType: 'request',
          action: 'request.withdrawn',
          actor,
          at,
          before: auditView(request),
          after: auditView({ ...request, status: 'withdrawn' }),
        }),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) {
        throw new InvalidTransition(
          'Only an open request without an active hold can be withdrawn: release the hold first',
        );
      }
      throw error;
    }
    return { ...request, status: 'withdrawn', withdrawnAt: at, updatedAt: at };
  }

  /** Records whether the last search found no fit: unmet demand lasts while the request stays unplaced. */
  async recordMatchOutcome(request: RequestItem, matched: boolean, now: Date): Promise<void> {
    const unmet = !matched;
    if (request.status !== 'open' || request.unmet === unmet) return;
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
        }),
      ]);
    } catch (error) {
      // Someone placed, withdrew or re-marked it meanwhile: their write stands.
      if (!(error instanceof TransactionCancelled && error.conditionFailed)) throw error;
    }
  }
}
