import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientTypes } from '../../shared/contract/client-types.js';

describe('the typed client', () => {
  it('matches openapi.json (run `npm run openapi` after changing the contract)', async () => {
    const committed = readFileSync(new URL('../../shared/contract/client.d.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await clientTypes());
  });
});
