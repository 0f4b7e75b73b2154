/**
 * The one path matcher: the API's route table (`/v1/requests/{requestId}`) and the console's
 * pages (`/requests/:id`) both compile their patterns here, so a path means the same to both.
 */
export interface PathPattern {
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** `{name}` and `:name` each match one whole segment; everything else matches itself literally. */
export function compilePath(path: string): PathPattern {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1] ?? /^:(\w+)$/.exec(segment)?.[1];
      if (name) {
        names.push(name);
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** The parameters of a path that matches, still percent-encoded (each caller decides how to decode); else undefined. */
export function matchPath(p: PathPattern, path: string): Record<string, string> | undefined {
  const m = p.pattern.exec(path);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  p.names.forEach((name, i) => {
    params[name] = m[i + 1] ?? '';
  });
  return params;
}

/** A path without its trailing slashes (but `/` stays `/`). */
export const trimPath = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path);
