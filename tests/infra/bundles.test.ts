import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  buildPowertoolsLayer,
  ESBUILD_TARGET,
  ESM_REQUIRE_BANNER,
  EXTERNAL_MODULES,
  LAMBDA_BUILD,
  LAMBDA_ENTRIES,
  LAMBDA_FORMAT,
  LAMBDA_RUNTIME_MAJOR,
  LAYER_MODULES,
  LAYER_MODULES_DIR,
  LAYER_PACKAGES,
  lambdaBuildOptions,
  MAX_BUNDLE_KB,
  POWERTOOLS_VERSION,
} from '../../infra/bundling.js';
import { BUNDLING, ESM_BUNDLING, RUNTIME } from '../../infra/functions.js';

/** Every deployed entry: the route Lambdas, the sweeper, the notifier and the token authorizer. */
const ENTRIES: Record<string, string> = { ...LAMBDA_ENTRIES, authorizer: 'infra/authorizer/handler.ts' };

/** What only the local server may carry: the token route, its path and the local token issuer. */
const LOCAL_ONLY = ['/local/token', 'urn:secure-beds:local', 'mint a token'];

/** An entry built in memory with the options the stack gives NodejsFunction (infra/bundling.ts). */
async function built(entry: string) {
  const out = await build({ ...lambdaBuildOptions(entry), write: false, metafile: true, logLevel: 'silent' });
  return {
    code: out.outputFiles.map((f) => f.text).join('\n'),
    bytes: out.outputFiles.reduce((n, f) => n + f.contents.byteLength, 0),
    inputs: Object.keys(out.metafile.inputs),
  };
}
const bundle = async (entry: string) => (await built(entry)).code;

/** The version package.json asks for, exactly (no range): the layer's version must be the tested one. */
function pinned(pkg: string): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return manifest.dependencies[pkg] ?? '';
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

  it('are built by the stack with the same esbuild options as the bench and these tests', () => {
    expect(BUNDLING.target).toBe(LAMBDA_BUILD.target);
    expect(BUNDLING.minify).toBe(LAMBDA_BUILD.minify);
    expect(BUNDLING.externalModules).toEqual(LAMBDA_BUILD.external);
    expect(BUNDLING.mainFields).toEqual(LAMBDA_BUILD.mainFields);
    expect(LAMBDA_BUILD.external).toEqual([...EXTERNAL_MODULES, ...LAYER_MODULES]);
    // The console bundles Powertools itself (an ESM import does not look in the layer).
    expect(ESM_BUNDLING.externalModules).toEqual(EXTERNAL_MODULES);
  });

  it("leave Powertools to our layer, built from package.json's exact version of each package it carries", () => {
    expect(LAMBDA_BUILD.external).toEqual([...EXTERNAL_MODULES, ...LAYER_PACKAGES]);
    for (const pkg of LAYER_PACKAGES) {
      expect(pinned(pkg), pkg).toBe(POWERTOOLS_VERSION);
      const installed = JSON.parse(
        readFileSync(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url), 'utf8'),
      ) as { version: string };
      expect(installed.version, pkg).toBe(POWERTOOLS_VERSION);
    }
  });

  it.each(Object.entries(ENTRIES))(
    `%s is at most ${MAX_BUNDLE_KB} KB, without Powertools or the X-Ray SDK in it`,
    async (_name, entry) => {
      const out = await built(entry);
      expect(out.bytes).toBeGreaterThan(1000); // it really is the bundle
      expect(out.bytes / 1024).toBeLessThanOrEqual(MAX_BUNDLE_KB);
      expect(
        out.inputs.filter((i) => /aws-lambda-powertools|aws-xray-sdk|notifications-node-client/.test(i)),
      ).toEqual([]);
    },
  );

  it.each(Object.entries(ENTRIES))(
    "%s needs nothing at run time but Node, the runtime's AWS SDK and our layer",
    async (_name, entry) => {
      const out = await build({
        ...lambdaBuildOptions(entry),
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const external = Object.values(out.metafile.outputs).flatMap((o) =>
        o.imports.filter((i) => i.external).map((i) => i.path),
      );
      const elsewhere = (path: string) =>
        isBuiltin(path) ||
        /^@(aws-sdk|smithy)\//.test(path) ||
        (LAYER_PACKAGES as readonly string[]).includes(path);
      // A subpath of a layer package, or Powertools' tracer, would not be found in the layer.
      expect(external.filter((path) => !elsewhere(path))).toEqual([]);
    },
  );

  it('would catch a bundle that carried Powertools, or went over budget', async () => {
    // The test's own controls: the same entry built without the layer's externals carries
    // Powertools and is over budget.
    const out = await build({
      ...lambdaBuildOptions(LAMBDA_ENTRIES.holds),
      external: EXTERNAL_MODULES,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(out.metafile.inputs).some((i) => i.includes('@aws-lambda-powertools/logger'))).toBe(
      true,
    );
    expect(out.outputFiles[0]?.contents.byteLength ?? 0).toBeGreaterThan(MAX_BUNDLE_KB * 1024);
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

describe('our Powertools layer', () => {
  it('holds each package it names as one file, at the pinned version, needing only Node and the SDK', () => {
    const dir = mkdtempSync(join(tmpdir(), 'powertools-layer-test-'));
    try {
      const sizes = buildPowertoolsLayer(dir);
      const modules = join(dir, LAYER_MODULES_DIR);
      expect(Object.keys(sizes)).toEqual([...LAYER_PACKAGES]);
      for (const pkg of LAYER_PACKAGES) {
        expect(readdirSync(join(modules, pkg)).sort(), pkg).toEqual(['index.js', 'package.json']);
        const code = readFileSync(join(modules, pkg, 'index.js'), 'utf8');
        expect(code.length, pkg).toBe(sizes[pkg]);
        expect(code, pkg).toContain(`"${POWERTOOLS_VERSION}"`); // Powertools' own PT_VERSION
        const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
        expect(
          required.filter((r) => !isBuiltin(r) && !/^@(aws-sdk|smithy)\//.test(r)),
          pkg,
        ).toEqual([]);
      }
      // Resolved as Lambda resolves it (the layer's node_modules), it is the real thing.
      const load = createRequire(join(modules, 'index.js'));
      const { Logger } = load('@aws-lambda-powertools/logger') as { Logger: unknown };
      const { Metrics, MetricUnit } = load('@aws-lambda-powertools/metrics') as {
        Metrics: unknown;
        MetricUnit: Record<string, string>;
      };
      expect(typeof Logger).toBe('function');
      expect(typeof Metrics).toBe('function');
      expect(MetricUnit.Count).toBe('Count');
      expect(load.resolve('@aws-lambda-powertools/logger')).toBe(
        join(modules, '@aws-lambda-powertools/logger/index.js'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
