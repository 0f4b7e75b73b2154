import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** govuk-frontend's built files (css, js, fonts, images), found through the package, not a guessed path. */
export const GOVUK_DIST = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
const GOVUK = join(GOVUK_DIST, 'govuk');
const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/manifest+json',
};

interface Asset {
  body: Buffer;
  type: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Our stylesheets and scripts (not fonts or images): each also served under its build's hash. */
const VERSIONED = /^\/assets\/[^/]+\.(css|js|mjs)$/;

export interface Assets {
  get(path: string): Asset | undefined;
  /** A hash of every file: the versioned folder's name, `/assets/<version>/console.css`. */
  version: string;
  /** Every file by the path it is served at (the versioned copies included), for the S3 bucket. */
  files(): [path: string, asset: Asset & { immutable: boolean }][];
}

/**
 * Every file the console serves under /assets, read once at start into an allow-list: a path
 * not in it is a 404, so no request can walk out of these folders. The CSS asks for fonts and
 * images at /assets/fonts and /assets/images, exactly where govuk-frontend's own files land
 * (the fonts' names carry their own hashes). Pages link our CSS and JS through a folder named by
 * the hash of everything, so a year's cache is safe: a new build is a new URL.
 */
export function loadAssets(): Assets {
  const files = new Map<string, Asset>();
  const add = (urlPath: string, file: string) => {
    const type = TYPES[extname(file)];
    if (type) files.set(urlPath, { body: readFileSync(file), type });
  };
  for (const file of walk(join(GOVUK, 'assets')))
    add(`/assets/${relative(join(GOVUK, 'assets'), file).split(sep).join('/')}`, file);
  add('/assets/govuk-frontend.min.css', join(GOVUK, 'govuk-frontend.min.css'));
  add('/assets/govuk-frontend.min.js', join(GOVUK, 'govuk-frontend.min.js'));
  for (const file of walk(PUBLIC)) add(`/assets/${relative(PUBLIC, file).split(sep).join('/')}`, file);

  const hash = createHash('sha256');
  for (const [path, asset] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(path).update(asset.body);
  const version = hash.digest('hex').slice(0, 12);
  const prefix = `/assets/${version}/`;
  const get = (path: string) =>
    path.startsWith(prefix) ? files.get(`/assets/${path.slice(prefix.length)}`) : files.get(path);
  return {
    get: (path) => {
      const asset = get(path);
      return asset && (!path.startsWith(prefix) || VERSIONED.test(`/assets/${path.slice(prefix.length)}`))
        ? asset
        : undefined;
    },
    version,
    files: () =>
      [...files].flatMap(([path, asset]) =>
        VERSIONED.test(path)
          ? [[`${prefix}${path.slice('/assets/'.length)}`, { ...asset, immutable: true }] as const]
          : [[path, { ...asset, immutable: /-v\d+\.woff2?$/.test(path) }] as const],
      ),
  };
}
