import { createHmac, randomBytes } from 'node:crypto';
import { ConditionFailed, type Db } from '../../shared/store/db.js';
import { key } from '../../shared/store/keys.js';

/**
 * The key the console signs its pre-sign-in cookies with (the double-submit CSRF token, the
 * OpenID sign-in's state). Every instance must agree on it, so it lives in the table: the first
 * instance to need it writes it once (a conditional put), the rest read that one. A deployment
 * can pass its own (CONSOLE_SECRET) instead.
 */
export class ConsoleSecret {
  private value: Promise<Buffer> | undefined;

  constructor(
    private readonly db: Db,
    private readonly given?: string,
  ) {}

  get(): Promise<Buffer> {
    this.value ??= this.load().catch((error: unknown) => {
      this.value = undefined;
      throw error;
    });
    return this.value;
  }

  /** HMAC-SHA256 of `message` under the secret, base64url. */
  async sign(purpose: string, message: string): Promise<string> {
    return createHmac('sha256', await this.get())
      .update(`${purpose}\n${message}`)
      .digest('base64url');
  }

  private async load(): Promise<Buffer> {
    if (this.given) return Buffer.from(this.given, 'utf8');
    const Key = key.consoleSecret();
    const read = async () => {
      const { Item } = await this.db.get({ Key, ConsistentRead: true });
      return typeof Item?.secret === 'string' ? Buffer.from(Item.secret, 'base64url') : undefined;
    };
    const found = await read();
    if (found) return found;
    const made = randomBytes(32);
    try {
      await this.db.put({
        Item: { ...Key, kind: 'console-secret', secret: made.toString('base64url') },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      return made;
    } catch (error) {
      // Another instance wrote it first: use theirs.
      if (!(error instanceof ConditionFailed)) throw error;
      const theirs = await read();
      if (!theirs) throw error;
      return theirs;
    }
  }
}
