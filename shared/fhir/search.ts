/**
 * The parts of FHIR search (R4 search.html) this server does: a date parameter with its prefix,
 * and searchset Bundles with `self` and `next` links.
 */

type FhirJson = Record<string, unknown>;

/** The instants [from, to) a FHIR date value covers at its precision (a day, a month, a year…). */
function rangeOf(value: string): { from: number; to: number } {
  if (value.length > 10) {
    const at = Date.parse(value);
    // A time to the minute or second covers that minute or second.
    const width = /T\d{2}:\d{2}(Z|[+-])/.test(value) ? 60_000 : value.includes('.') ? 1 : 1000;
    return { from: at, to: at + width };
  }
  const [y = 0, m, d] = value.split('-').map(Number);
  const from = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const to =
    d !== undefined
      ? Date.UTC(y, (m ?? 1) - 1, d + 1)
      : m !== undefined
        ? Date.UTC(y, m, 1)
        : Date.UTC(y + 1, 0, 1);
  return { from, to };
}

/**
 * Does a resource whose period is the one instant `at` match this date search value? Dates
 * without a zone are read as UTC (FHIR leaves the server's zone to the server).
 */
export function dateMatches(param: string, at: Date): boolean {
  const m = /^(eq|ne|gt|lt|ge|le|sa|eb|ap)?(.+)$/.exec(param);
  const prefix = m?.[1] ?? 'eq';
  const { from, to } = rangeOf(m?.[2] ?? param);
  const t = at.getTime();
  switch (prefix) {
    case 'ne':
      return t < from || t >= to;
    case 'gt':
    case 'sa':
      return t >= to;
    case 'lt':
    case 'eb':
      return t < from;
    case 'ge':
      return t >= from;
    case 'le':
      return t < to;
    default:
      // eq, and ap (approximately) read as eq: an instant inside the value's range.
      return t >= from && t < to;
  }
}

/** A searchset Bundle of one page of `resources`, linked to itself and to the next page. */
export function searchset(
  resources: readonly FhirJson[],
  page: {
    base: string;
    path: string;
    params: Record<string, string | undefined>;
    count: number;
    offset: number;
  },
  now: Date,
): FhirJson {
  const link = (offset: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(page.params)) if (v !== undefined && k !== '_offset') q.set(k, v);
    if (offset) q.set('_offset', String(offset));
    const text = q.toString();
    return `${page.base}${page.path}${text ? `?${text}` : ''}`;
  };
  const shown = resources.slice(page.offset, page.offset + page.count);
  const links = [{ relation: 'self', url: link(page.offset) }];
  if (page.offset + page.count < resources.length)
    links.push({ relation: 'next', url: link(page.offset + page.count) });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp: now.toISOString(),
    total: resources.length,
    link: links,
    ...(shown.length
      ? {
          entry: shown.map((resource) => ({
            fullUrl: `${page.base}/${resource.resourceType as string}/${resource.id as string}`,
            resource,
            search: { mode: 'match' },
          })),
        }
      : {}),
  };
}
