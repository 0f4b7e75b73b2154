import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  ESBUILD_TARGET,
  ESM_REQUIRE_BANNER,
  EXTERNAL_MODULES,
  LAMBDA_ENTRIES,
  LAMBDA_FORMAT,
  LAMBDA_RUNTIME_MAJOR,
} from '../../infra/bundling.js';
import { BUNDLING, ESM_BUNDLING, RUNTIME } from '../../infra/functions.js';

/** Every deployed entry: the route Lambdas, the sweeper, the notifier and the token authorizer. */
const ENTRIES: Record<string, string> = { ...LAMBDA_ENTRIES, authorizer: 'infra/authorizer/handler.ts' };

/** What only the local server may carry: the token route, its path and the local token issuer. */
const LOCAL_ONLY = ['/local/token', 'urn:secure-beds:local', 'mint a token'];

async function bundle(entry: string): Promise<string> {
  // The options infra/functions.ts gives NodejsFunction, built in memory.
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: LAMBDA_FORMAT,
    target: ESBUILD_TARGET,
    minify: true,
    external: EXTERNAL_MODULES,
    ...(LAMBDA_FORMAT === 'esm' ? { banner: { js: ESM_REQUIRE_BANNER } } : {}),
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return out.outputFiles.map((f) => f.text).join('\n');
}

describe('the Lambda bundles', () => {
  it('run one Node.js major, the one esbuild builds for', () => {
    expect(RUNTIME.name).toBe(`nodejs${LAMBDA_RUNTIME_MAJOR}.x`);
    expect(ESBUILD_TARGET).toBe(`node${LAMBDA_RUNTIME_MAJOR}`);
  });

  it('are CommonJS, in the stack as in the bench (decision 0011: it starts faster than ESM)', () => {
    expect(LAMBDA_FORMAT).toBe('cjs');
    expect(BUNDLING.format).toBe(OutputFormat.CJS);
    // The ESM `require` shim has no place in a CommonJS bundle.
    expect(BUNDLING.banner).toBeUndefined();
    // The console alone stays ESM: web/ finds its views by import.meta.url.
    expect(ESM_BUNDLING.format).toBe(OutputFormat.ESM);
    expect(ESM_BUNDLING.banner).toBe(ESM_REQUIRE_BANNER);
  });

  it.each(Object.entries(ENTRIES))('%s carries no local-only token code', async (_name, entry) => {
    const code = await bundle(entry);
    expect(code.length).toBeGreaterThan(1000); // it really is the bundle
    for (const marker of LOCAL_ONLY) expect(code).not.toContain(marker);
  });

  it('would catch the local token route if an entry imported it', async () => {
    // The test's own control: the full route table (the local server's) does carry it.
    const code = await bundle('shared/http/routes.ts');
    expect(code).toContain('/local/token');
  });
});
