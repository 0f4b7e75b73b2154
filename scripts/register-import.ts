/**
 * `npm run register:import -- FILE.csv [--dry-run]`: loads or updates units from a CSV (README,
 * "Keeping the register current"; columns in shared/contract/register-csv.ts). The whole file is
 * checked before anything is written; any error (named by row and column) writes nothing.
 * DYNAMODB_ENDPOINT (e.g. http://localhost:8000 under `npm start`; unset: AWS), TABLE_NAME
 * (default `secure-beds`), REGISTER_IMPORT_BY (who ran it, for the audit trail).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Store } from '../shared/store/index.js';
import { applyImport, planImport } from '../shared/store/register-import.js';

interface ImportRun {
  store: Store;
  args: readonly string[];
  now: Date;
  by?: string;
  print: (line: string) => void;
}

/** Runs the import; answers the exit code (0 done, 1 errors in the file, 2 bad arguments). */
export async function registerImport(run: ImportRun): Promise<number> {
  const { store, args, now, print } = run;
  const dryRun = args.includes('--dry-run');
  const files = args.filter((a) => a !== '--dry-run');
  if (files.length !== 1 || files[0]?.startsWith('-')) {
    print('usage: npm run register:import -- FILE.csv [--dry-run]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(files[0] as string, 'utf8');
  } catch (error) {
    print(`cannot read ${files[0]}: ${(error as Error).message}`);
    return 2;
  }
  const { errors, steps } = await planImport(store, text);
  if (errors.length) {
    for (const e of errors)
      print(e.column === 'file' ? e.message : `row ${e.row}, column ${e.column}: ${e.message}`);
    print(`${errors.length} error(s): nothing was written`);
    return 1;
  }
  if (dryRun) {
    for (const s of steps)
      print(
        `row ${s.row}: ${s.kind === 'create' ? `create ${s.body.id}` : s.kind === 'update' ? `update ${s.unit.id}: ${Object.keys(s.patch).join(', ')}` : `${s.id} unchanged`}`,
      );
    print('dry run: nothing was written');
    return 0;
  }
  const actor = { role: 'coordinator', org: 'national', sub: `register-import:${run.by ?? 'unknown'}` };
  const done = await applyImport(store, steps, actor, now);
  print(
    `created ${done.created.length}, updated ${done.updated.length}, unchanged ${done.unchanged.length}` +
      (done.created.length + done.updated.length ? `: ${[...done.created, ...done.updated].join(', ')}` : ''),
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const store = new Store({
    tableName: process.env.TABLE_NAME || 'secure-beds',
    endpoint: process.env.DYNAMODB_ENDPOINT || undefined,
  });
  const code = await registerImport({
    store,
    args: process.argv.slice(2),
    now: new Date(),
    by: process.env.REGISTER_IMPORT_BY || process.env.USER,
    print: (line) => console.log(line),
  });
  process.exit(code);
}
