import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * Records which partitions each deployed function touches, by a middleware on the SDK client: the
 * function a call belongs to is carried in an AsyncLocalStorage, so concurrent work inside one
 * request (a Promise.all of reads) is still attributed to the request's function.
 */
export type Access = 'read' | 'write' | 'delete' | 'scan';
export interface Touch {
  fn: string;
  access: Access;
  command: string;
  leadingKey: string;
}

type Attr = { S?: string } | string | undefined;
const text = (v: Attr): string | undefined => (typeof v === 'string' ? v : v?.S);
type Loose = Record<string, unknown>;

/** The partition key value a Query asks for: the `<pk attribute> = :value` clause of its key condition. */
function queryPartition(input: Loose): string | undefined {
  const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, Attr>;
  const clauses = String(input.KeyConditionExpression ?? '').split(/\s+AND\s+/i);
  for (const clause of clauses) {
    const m = /^\s*\(?\s*([#\w]+)\s*=\s*(:\w+)\s*\)?\s*$/.exec(clause);
    if (!m?.[1] || !m[2]) continue;
    const attribute = names[m[1]] ?? m[1];
    if (attribute === 'pk' || /^gsi\dpk$/.test(attribute)) return text(values[m[2]]);
  }
  return undefined;
}

const pkOf = (item: unknown) => text((item as Loose | undefined)?.pk as Attr);

/** The (access, partition) pairs one command asks for, with items of a transaction each its own. */
export function touchesOf(command: string, input: Loose): { access: Access; leadingKey: string }[] {
  const out: { access: Access; leadingKey: string }[] = [];
  const add = (access: Access, key: string | undefined) => out.push({ access, leadingKey: key ?? '?' });
  switch (command) {
    case 'GetItemCommand':
      add('read', pkOf(input.Key));
      break;
    case 'BatchGetItemCommand':
      for (const t of Object.values((input.RequestItems ?? {}) as Record<string, { Keys: unknown[] }>)) {
        for (const k of t.Keys) add('read', pkOf(k));
      }
      break;
    case 'QueryCommand':
      add('read', queryPartition(input));
      break;
    case 'PutItemCommand':
      add('write', pkOf(input.Item));
      break;
    case 'UpdateItemCommand':
      add('write', pkOf(input.Key));
      break;
    case 'DeleteItemCommand':
      add('delete', pkOf(input.Key));
      break;
    case 'TransactWriteItemsCommand':
      for (const item of (input.TransactItems ?? []) as Loose[]) {
        const [kind, body] = Object.entries(item)[0] as [string, Loose];
        if (kind === 'Put') add('write', pkOf(body.Item));
        else if (kind === 'Update') add('write', pkOf(body.Key));
        else if (kind === 'Delete') add('delete', pkOf(body.Key));
        else add('read', pkOf(body.Key));
      }
      break;
    case 'TransactGetItemsCommand':
      for (const item of (input.TransactItems ?? []) as Loose[]) add('read', pkOf((item.Get as Loose)?.Key));
      break;
    default:
      // Scan, BatchWriteItem and anything new: no function is granted them.
      add('scan', command);
  }
  return out;
}

export class TableAccessRecorder {
  readonly current = new AsyncLocalStorage<string>();
  readonly touches: Touch[] = [];

  /** Adds the recording middleware to `client` (the store's, the idempotency layer's: one client). */
  attach(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const fn = this.current.getStore();
        const command = (context as { commandName?: string }).commandName ?? '?';
        if (fn && !/^(Describe|Create|UpdateTimeToLive)/.test(command)) {
          for (const t of touchesOf(command, args.input as Loose)) this.touches.push({ fn, command, ...t });
        }
        return next(args);
      },
      // After the document client has marshalled its input: every call is seen in one shape.
      { step: 'build', name: 'tableAccessRecorder' },
    );
  }

  /** Runs `work` as function `fn`: every table call it makes is recorded against `fn`. */
  as<T>(fn: string, work: () => Promise<T>): Promise<T> {
    return this.current.run(fn, work);
  }
}

/** IAM's StringLike: `*` any run of characters, `?` any one. */
export function stringLike(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(value);
}
