import { describe, expect, it } from 'vitest';
import { LAMBDA_ENTRIES } from '../../infra/bundling.js';

describe('the Lambda entries', () => {
  // A group with an idempotent route must be given the idempotency layer, or the router refuses to
  // start (a retried POST would otherwise run twice): this is where a forgotten one shows up.
  it.each(Object.entries(LAMBDA_ENTRIES))('%s starts with what its routes need', async (_name, entry) => {
    process.env.TABLE_NAME ??= 'secure-beds';
    const module = (await import(`../../${entry}`)) as { handler?: unknown };
    expect(typeof module.handler).toBe('function');
  });
});
