import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, buildSync } from 'esbuild';

/**
 * One list of Lambda entries and one set of esbuild options, used by the CDK stack (NodejsFunction)
 * and by the bench (bundle size, cold start), so what is measured is what is deployed.
 */
export const LAMBDA_ENTRIES = {
  units: 'functions/units.ts',
  requests: 'functions/requests.ts',
  holds: 'functions/holds.ts',
  placements: 'functions/placements.ts',
  commissioning: 'functions/commissioning.ts',
  system: 'functions/system.ts',
  sweeper: 'functions/sweeper.ts',
  notify: 'functions/notify.ts',
  fhir: 'functions/fhir.ts',
} as const;
export type LambdaName = keyof typeof LAMBDA_ENTRIES;

/** Where the layer's packages are resolved from: the project's node_modules, as package.json pins them. */
const PACKAGES_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The AWS SDK v3 is in the Node.js 24 Lambda runtime: never bundle it. */
export const EXTERNAL_MODULES = ['@aws-sdk/*', '@smithy/*'];

/**
 * Powertools for AWS Lambda (logger and metrics) comes from a Lambda layer of our own, built here
 * from the version package.json pins: each package pre-bundled by esbuild into one minified
 * CommonJS file, so a cold start reads two files instead of the published packages' dozens
 * (decision 0016; decision 0015 used the publisher's layer). The tracer is gone with the X-Ray
 * SDK it loads: the slowest part of a cold start, and in maintenance mode since February 2026.
 */
export const POWERTOOLS_VERSION = '2.35.0';
/** What the layer carries, so never bundled; exact names, so anything else of Powertools would be. */
export const LAYER_PACKAGES = ['@aws-lambda-powertools/logger', '@aws-lambda-powertools/metrics'] as const;
export const LAYER_MODULES: string[] = [...LAYER_PACKAGES];
/** Where Lambda puts a layer's Node.js modules (/opt/nodejs/node_modules, on its NODE_PATH). */
export const LAYER_MODULES_DIR = join('nodejs', 'node_modules');

/**
 * The module format of every Lambda bundle (the stack's NodejsFunction and the bench alike):
 * CommonJS, because it starts faster than the same code as ESM, whose loader has to parse the
 * CommonJS AWS SDK for its exports before running it (decision 0011 has the numbers). Only the
 * console stays ESM: it finds its views and assets through `import.meta.url`.
 */
export const LAMBDA_FORMAT: 'cjs' | 'esm' = 'cjs';

/** ESM output needs a `require` for the few CommonJS dependencies that call it. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);";

/** The one Node.js major every Lambda runs (infra/functions.ts RUNTIME) and the code is built for. */
export const LAMBDA_RUNTIME_MAJOR = 24;
export const ESBUILD_TARGET = `node${LAMBDA_RUNTIME_MAJOR}`;

/**
 * The esbuild options of every API, sweeper and notifier Lambda, and of the token authorizer:
 * the stack's NodejsFunction is given these (infra/functions.ts BUNDLING, checked equal by
 * tests/infra/bundles.test.ts) and the bench and the size test build with them.
 */
export const LAMBDA_BUILD = {
  platform: 'node',
  target: ESBUILD_TARGET,
  minify: true,
  external: [...EXTERNAL_MODULES, ...LAYER_MODULES],
  mainFields: ['module', 'main'],
} as const satisfies BuildOptions;

/** The largest deployed bundle allowed (issue 21), in KB of 1,024 bytes. */
export const MAX_BUNDLE_KB = 250;

/** One entry's build, as deployed (or in the other format, for the bench's comparison). */
export function lambdaBuildOptions(entry: string, format: 'cjs' | 'esm' = LAMBDA_FORMAT): BuildOptions {
  return {
    ...LAMBDA_BUILD,
    external: [...LAMBDA_BUILD.external],
    mainFields: [...LAMBDA_BUILD.mainFields],
    entryPoints: [entry],
    bundle: true,
    format,
    ...(format === 'esm' ? { banner: { js: ESM_REQUIRE_BANNER } } : {}),
  };
}

/**
 * The layer's tree, written into `dir` (its root: `nodejs/node_modules/<package>/`): for each of
 * LAYER_PACKAGES a package.json and one file, the package and what it imports (Powertools' commons)
 * bundled and minified with the Lambdas' own target; the AWS SDK stays the runtime's. Used by the
 * stack (infra/powertools-layer.ts) and by the bench, which loads the bundles with it as Lambda
 * would. Returns each file's size in bytes.
 */
export function buildPowertoolsLayer(dir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const pkg of LAYER_PACKAGES) {
    const out = join(dir, LAYER_MODULES_DIR, pkg);
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'package.json'),
      `${JSON.stringify({ name: pkg, version: POWERTOOLS_VERSION, main: 'index.js', license: 'MIT-0' })}\n`,
    );
    const result = buildSync({
      ...LAMBDA_BUILD,
      external: [...EXTERNAL_MODULES],
      mainFields: [...LAMBDA_BUILD.mainFields],
      stdin: { contents: `module.exports = require('${pkg}');`, resolveDir: PACKAGES_ROOT, loader: 'js' },
      bundle: true,
      format: 'cjs',
      outfile: join(out, 'index.js'),
      metafile: true,
      logLevel: 'error',
    });
    sizes[pkg] = Object.values(result.metafile?.outputs ?? {}).reduce((n, o) => n + o.bytes, 0);
  }
  return sizes;
}
