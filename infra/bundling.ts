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
