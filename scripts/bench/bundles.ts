import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import {
  buildPowertoolsLayer,
  LAMBDA_ENTRIES,
  LAMBDA_FORMAT,
  LAYER_MODULES_DIR,
  lambdaBuildOptions,
} from '../../infra/bundling.js';
import { median, round } from './measure.js';
import { COLD_RUNS } from './options.js';

// 1. Bundles and cold starts: built as the CDK stack builds them, loaded in a fresh node.

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.bench');
/**
 * A Lambda's file system, outside the project so that no `node_modules` of ours is found by walking
 * up: `task/` holds the CommonJS bundles (Lambda's /var/task), `opt/` our Powertools layer as the
 * stack builds it (Lambda's /opt). On NODE_PATH, as Lambda sets it: the layer's modules first, then
 * the project's node_modules standing for the runtime's own (/var/runtime/node_modules: the SDK).
 */
const LAMBDA_FS = join(tmpdir(), `secure-beds-bench-lambda-${process.pid}`);
const TASK = join(LAMBDA_FS, 'task');
const OPT = join(LAMBDA_FS, 'opt');
const NODE_PATH = [join(OPT, LAYER_MODULES_DIR), join(ROOT, 'node_modules')].join(':');

/** Every Lambda the stack deploys: the route groups and the sweeper, and the API's token authorizer. */
export const ENTRIES: Record<string, string> = {
  ...LAMBDA_ENTRIES,
  authorizer: 'infra/authorizer/handler.ts',
};

export async function bundles() {
  mkdirSync(OUT, { recursive: true });
  rmSync(LAMBDA_FS, { recursive: true, force: true });
  mkdirSync(TASK, { recursive: true });
  // Our layer, built as the stack builds it (infra/bundling.ts buildPowertoolsLayer); its own size.
  const layerBytes = buildPowertoolsLayer(OPT);
  const layer: Record<string, number> = {};
  for (const [pkg, bytes] of Object.entries(layerBytes)) layer[pkg] = round(bytes / 1024);
  layer.total = round(Object.values(layerBytes).reduce((n, b) => n + b, 0) / 1024);
  const sizes: Record<string, number> = {};
  const biggest: Record<string, string> = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    // The options of the CDK stack's NodejsFunction (infra/bundling.ts LAMBDA_BUILD), in both
    // formats, so that every run compares them; sizes are the deployed format's. Powertools is
    // external as in the stack: a CommonJS bundle is loaded from TASK and finds it in our layer,
    // as on Lambda. An ESM bundle cannot (an ESM import does not search NODE_PATH), so it is
    // loaded from .bench/ and finds Powertools in node_modules as published.
    const built = (format: 'cjs' | 'esm') =>
      build({
        ...lambdaBuildOptions(join(ROOT, entry), format),
        outfile: join(OUT, `${name}.${format === 'cjs' ? 'cjs' : 'mjs'}`),
        metafile: true,
        logLevel: 'error',
      });
    const esm = await built('esm');
    const cjs = await built('cjs');
    copyFileSync(join(OUT, `${name}.cjs`), join(TASK, `${name}.cjs`));
    const result = LAMBDA_FORMAT === 'cjs' ? cjs : esm;
    writeFileSync(join(OUT, `${name}.meta.json`), JSON.stringify(result.metafile));
    const output = Object.values(result.metafile?.outputs ?? {})[0];
    sizes[name] = round((output?.bytes ?? 0) / 1024);
    const byPackage = new Map<string, number>();
    for (const [path, input] of Object.entries(output?.inputs ?? {})) {
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + input.bytesInOutput);
    }
    biggest[name] = [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([p, b]) => `${p} ${round(b / 1024)}`)
      .join(', ');
  }
  // The floor under every cold start: loading the two SDK packages the bundles import, nothing else.
  writeFileSync(
    join(OUT, 'sdk-only.mjs'),
    "import '@aws-sdk/client-dynamodb';\nimport '@aws-sdk/lib-dynamodb';\n",
  );
  writeFileSync(
    join(OUT, 'sdk-only.cjs'),
    "require('@aws-sdk/client-dynamodb');\nrequire('@aws-sdk/lib-dynamodb');\n",
  );
  copyFileSync(join(OUT, 'sdk-only.cjs'), join(TASK, 'sdk-only.cjs'));
  return { sizes, biggest, layer };
}

/**
 * Milliseconds to load (and so initialise) a bundle in a fresh node, as a Lambda cold start does:
 * `import()` for ESM, `require` for CommonJS. Wall time, with the CPU time beside it.
 */
function coldImport(name: string): { wall: number; cpu: number } {
  const commonjs = name.endsWith('.cjs');
  const file = join(commonjs ? TASK : OUT, name);
  const load = commonjs
    ? `(await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(file)})`
    : `await import(${JSON.stringify(pathToFileURL(file).href)})`;
  const code = `const c = process.cpuUsage(); const t = performance.now(); ${load}; const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: commonjs ? TASK : ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      ...(commonjs ? { NODE_PATH } : {}),
      TABLE_NAME: 'secure-beds',
      AWS_REGION: 'eu-west-2',
      AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: '1',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out.toString()) as { wall: number; cpu: number };
}

export interface ColdFigures {
  ms: Record<string, number>;
  best: Record<string, number>;
  cpu: Record<string, number>;
}

export function coldStarts() {
  const files = [
    ...Object.keys(ENTRIES).flatMap((n) => [`${n}.mjs`, `${n}.cjs`]),
    'sdk-only.mjs',
    'sdk-only.cjs',
  ];
  const runs = new Map<string, { wall: number; cpu: number }[]>(files.map((f) => [f, []]));
  try {
    // Fills the OS file cache, as a warm Lambda host would have it.
    coldImport('sdk-only.mjs');
    coldImport('sdk-only.cjs');
    // Round-robin, so that a burst of load elsewhere on the machine spreads over every bundle.
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const f of files) runs.get(f)?.push(coldImport(f));
    }
  } finally {
    rmSync(LAMBDA_FS, { recursive: true, force: true });
  }
  const wall = (f: string) => round(median((runs.get(f) ?? []).map((r) => r.wall)));
  // The fastest run: other load on the machine only ever adds to a cold start, never takes away.
  const best = (f: string) => round(Math.min(...(runs.get(f) ?? []).map((r) => r.wall)));
  const cpu = (f: string) => round(median((runs.get(f) ?? []).map((r) => r.cpu)));
  const figures = (ext: 'mjs' | 'cjs') => {
    const out: ColdFigures = { ms: {}, best: {}, cpu: {} };
    for (const n of [...Object.keys(ENTRIES), 'sdk-only']) {
      out.ms[n] = wall(`${n}.${ext}`);
      out.best[n] = best(`${n}.${ext}`);
      out.cpu[n] = cpu(`${n}.${ext}`);
    }
    return out;
  };
  return { esm: figures('mjs'), cjs: figures('cjs'), runs: COLD_RUNS };
}
