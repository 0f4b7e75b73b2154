import type { BuildOptions } from 'esbuild';

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

/** The AWS SDK v3 is in the Node.js 24 Lambda runtime: never bundle it. */
export const EXTERNAL_MODULES = ['@aws-sdk/*', '@smithy/*'];

/**
 * Powertools for AWS Lambda (logger, metrics, tracer with the X-Ray SDK it loads) comes from
 * its publisher's Lambda layer, at this version: the one package.json pins, so the code tested
 * locally is the code the layer runs (decision 0015). The layer is found per region through
 * the public SSM parameter its publisher keeps for every version.
 */
export const POWERTOOLS_VERSION = '2.35.0';
export const POWERTOOLS_LAYER_PARAMETER = `/aws/service/powertools/typescript/generic/all/${POWERTOOLS_VERSION}`;
/** What the layer carries, so never bundled (the X-Ray SDK is only reached through the tracer). */
export const LAYER_MODULES = ['@aws-lambda-powertools/*'];

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
