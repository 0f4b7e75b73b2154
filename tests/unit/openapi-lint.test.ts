import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const bin = (name: string) => `${root}node_modules/.bin/${name}`;

/** Runs a linter's CLI; both exit non-zero when they find errors, so read the report either way. */
async function lint(cmd: string, args: string[]): Promise<string> {
  try {
    return (await run(cmd, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    if (out) return out;
    throw error;
  }
}

// The two linters an integrator's tooling runs, on the committed document, as outside tools:
// Spectral with the OpenAPI and OWASP rulesets (.spectral.yaml, exceptions reasoned there) and
// Redocly's recommended rules (redocly.yaml).
describe('openapi.json under outside linters', () => {
  it('Spectral (spectral:oas + OWASP API Security) reports no errors', { timeout: 240_000 }, async () => {
    const out = await lint(bin('spectral'), [
      'lint',
      'openapi.json',
      '-r',
      '.spectral.yaml',
      '-f',
      'json',
      '-q',
    ]);
    const results = JSON.parse(out || '[]') as {
      code: string;
      severity: number;
      path: string[];
      message: string;
    }[];
    const errors = results
      .filter((r) => r.severity === 0)
      .map((r) => `${r.code} at ${r.path.join('/')}: ${r.message}`);
    expect(errors).toEqual([]);
  });

  it('Redocly (recommended) reports no errors and no warnings', { timeout: 240_000 }, async () => {
    const out = await lint(bin('redocly'), ['lint', 'openapi.json', '--format=json']);
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });
});
