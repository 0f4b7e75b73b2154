import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { LAMBDA_ENTRIES, LAMBDA_FORMAT, lambdaBuildOptions } from '../../infra/bundling.js';
import { median, round } from './measure.js';
import { COLD_RUNS } from './options.js';

// 1. Bundles and cold starts: built as the CDK stack builds them, loaded in a fresh node.

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.bench');

/** Every Lambda the stack deploys: the route groups and the sweeper, and the API's token authorizer. */
export const ENTRIES: Record<string, string> = {
  ...LAMBDA_ENTRIES,
  authorizer: 'infra/authorizer/handler.ts',
};

export async function bundles() {
  mkdirSync(OUT, { recursive: true });
  const sizes: Record<string, number> = {};
  const biggest: Record<string, string> = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    // The options of the CDK stack's NodejsFunction (infra/bundling.ts LAMBDA_BUILD), in both
    // formats, so that every run compares them; sizes are the deployed format's. Powertools is
    // external as in the stack (its layer): loading a bundle here finds it in node_modules, so
    // the cold start still pays for it.
    const built = (format: 'cjs' | 'esm') =>
      build({
        ...lambdaBuildOptions(join(ROOT, entry), format),
        outfile: join(OUT, `${name}.${format === 'cjs' ? 'cjs' : 'mjs'}`),
        metafile: true,
        logLevel: 'error',
      });
    const esm = await built('esm');
    const cjs = await built('cjs');
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
  return { sizes, biggest };
}

/**
 * Milliseconds to load (and so initialise) a bundle in a fresh node, as a Lambda cold start does:
 * `import()` for ESM, `require` for CommonJS. Wall time, with the CPU time beside it.
 */
function coldImport(file: string): { wall: number; cpu: number } {
  const load = file.endsWith('.cjs')
    ? `(await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(file)})`
    : `await import(${JSON.stringify(pathToFileURL(file).href)})`;
  const code = `const c = process.cpuUsage(); const t = performance.now(); ${load}; const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
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
  coldImport(join(OUT, 'sdk-only.mjs')); // fills the OS file cache, as a warm Lambda host would have it
  // Round-robin, so that a burst of load elsewhere on the machine spreads over every bundle.
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const f of files) runs.get(f)?.push(coldImport(join(OUT, f)));
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
