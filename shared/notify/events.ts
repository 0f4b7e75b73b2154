/**
 * A change event as the pipe puts it on the bus (infra/events.ts CHANGE_TEMPLATE) and as the
 * local outbox relay reads it from the audit trail: ids and the action, never a childRef.
 * `to` names who must hear: `la:<code>`, `provider:<id>`, `coordinators`, or `subscribers`
 * (anyone watching bed availability, served by the SNS topic and the in-app inbox, not here).
 */
export interface ChangeEvent {
  eventId: string;
  entity: string;
  entityType: string;
  action: string;
  at: string;
  to: string[];
  ids: Record<string, string>;
}

/** Ids are short opaque tokens; anything else (a name, free text) never leaves in a message. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Keys a message may carry even if a future `notify` map were careless. */
const NEVER = new Set(['childRef', 'name', 'note', 'declineNote']);

/** Only the event's ids, each checked to be an id: what templates and webhooks may see. */
export function safeIds(ids: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ids).filter(
      ([k, v]) => !NEVER.has(k) && ID.test(k) && typeof v === 'string' && ID.test(v),
    ),
  );
}

/** The organisations an event must reach, from its `to` list. */
export function recipientOrgs(to: readonly string[]): string[] {
  const orgs = new Set<string>();
  for (const t of to) {
    if (t === 'coordinators' || t === 'coordinator') orgs.add('national');
    const m = /^(la|provider|coordinator|commissioner):([A-Za-z0-9_-]{1,40})$/.exec(t);
    if (m?.[2]) orgs.add(m[2]);
  }
  return [...orgs];
}

/**
 * Reads a change event from DynamoDB's typed JSON (the pipe copies `to` and `ids` as
 * `[{"S": …}]` and `{"k": {"S": …}}`) or from plain JSON (the local relay).
 */
export function parseChangeEvent(raw: unknown): ChangeEvent {
  const o = (raw ?? {}) as Record<string, unknown>;
  const str = (v: unknown): string => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && typeof (v as { S?: unknown }).S === 'string')
      return (v as { S: string }).S;
    throw new Error('not a change event');
  };
  const to = Array.isArray(o.to) ? o.to.map(str) : [];
  const ids =
    o.ids && typeof o.ids === 'object'
      ? Object.fromEntries(Object.entries(o.ids).map(([k, v]) => [k, str(v)]))
      : {};
  return {
    eventId: str(o.eventId),
    entity: str(o.entity),
    entityType: str(o.entityType),
    action: str(o.action),
    at: str(o.at),
    to,
    ids,
  };
}
