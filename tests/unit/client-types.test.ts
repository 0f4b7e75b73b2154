import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * shared/contract/client.d.ts is generated before typechecking and never committed, so a fresh
 * checkout has no such file until `npm run typecheck` (or `npm run openapi`) writes it. `npm start`
 * (tsx), the Lambda bundles (esbuild) and vitest run without it only while every import of it is
 * a whole-statement `import type`: under verbatimModuleSyntax, `import { type X }` keeps an empty
 * `import '…/client.js'` at run time, which fails on a fresh checkout.
 */
describe('the generated typed client', () => {
  it('is imported for its types only', () => {
    const root = new URL('../../', import.meta.url);
    const files = execFileSync('git', ['ls-files', '*.ts'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !f.endsWith('.d.ts'));
    const importers: string[] = [];
    for (const file of files) {
      const text = readFileSync(new URL(file, root), 'utf8');
      for (const statement of text.match(
        /^import[^;]*?from ['"][./]*(?:shared\/)?contract\/client\.js['"];/gms,
      ) ?? []) {
        importers.push(file);
        expect(statement, file).toMatch(/^import type \{/);
      }
    }
    expect(importers.length).toBeGreaterThan(0);
  });
});
