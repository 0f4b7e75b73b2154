import * as z from 'zod';

/**
 * GOV.UK Notify template ids by event type (`hold.created`, …) and channel, with a default for
 * types not listed. Each template is written in Notify's admin with the placeholders
 * ((event)), ((entity)), ((entityId)) and ((link)): a message names what happened and links to
 * it in the console, where the reader signs in to see more. Template ids are not secret; they
 * come from CDK context (`notifyTemplates`) into the notifier's environment.
 */
const Pair = z.strictObject({ email: z.uuid().optional(), sms: z.uuid().optional() });
export const NotifyTemplates = z.strictObject({
  default: Pair,
  byEvent: z.record(z.string(), Pair).default({}),
});
export type NotifyTemplates = z.infer<typeof NotifyTemplates>;

export function templateFor(
  templates: NotifyTemplates,
  action: string,
  channel: 'email' | 'sms',
): string | undefined {
  return templates.byEvent[action]?.[channel] ?? templates.default[channel];
}

export function parseTemplates(json: string | undefined): NotifyTemplates {
  return NotifyTemplates.parse(json ? JSON.parse(json) : { default: {} });
}

/** Where in the console a reader finds the thing an event is about. */
export function linkFor(consoleUrl: string, e: { entityType: string; entity: string }): string {
  const base = consoleUrl.replace(/\/+$/, '');
  const paths: Record<string, string> = {
    hold: 'holds',
    placement: 'placements',
    request: 'requests',
    referral: 'referrals',
    unit: 'units',
  };
  const section = paths[e.entityType];
  return section ? `${base}/${section}/${encodeURIComponent(e.entity)}` : `${base}/`;
}
