import * as z from 'zod';
import { Org } from './schemas.js';

/**
 * An organisation's notification contacts, managed by coordinators (`GET/PUT /v1/contacts/{org}`).
 * Email and SMS go through GOV.UK Notify; a webhook receives the same ids-only event as JSON.
 * Each contact may narrow what it is sent to some event types (`hold.created`, …); none: all.
 * These are staff contact details, never a child's.
 */
const EventTypes = z
  .array(z.string().regex(/^[a-z_]+\.[a-z_]+$/, 'must be an event type such as hold.created'))
  .max(30)
  .optional()
  .describe('Only these event types (e.g. hold.created); absent: every event for the organisation');

export const ContactsPath = z.strictObject({
  org: Org.regex(/^[A-Za-z0-9_-]+$/, 'must be an organisation id'),
});

const EmailContact = z.strictObject({ address: z.email().max(254), events: EventTypes });
const SmsContact = z.strictObject({
  phone: z
    .string()
    .regex(/^(\+44|0)7\d{9}$/, 'must be a UK mobile number (07… or +447…)')
    .describe('A UK mobile number'),
  events: EventTypes,
});
const WebhookContact = z.strictObject({
  url: z
    .url({ protocol: /^https$/, hostname: z.regexes.domain })
    .max(500)
    .describe('An https address; it receives the ids-only event as JSON'),
  events: EventTypes,
});

export const ContactsBody = z
  .strictObject({
    email: z.array(EmailContact).max(10).default([]),
    sms: z.array(SmsContact).max(10).default([]),
    webhooks: z.array(WebhookContact).max(5).default([]),
  })
  .meta({ id: 'ContactsBody' });

export const Contacts = z
  .strictObject({
    org: z.string(),
    email: z.array(EmailContact),
    sms: z.array(SmsContact),
    webhooks: z.array(WebhookContact),
    etag: z.string().describe('Send it back as If-Match to change these contacts ("0" before any exist)'),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'Contacts' });

export type ContactsBody = z.infer<typeof ContactsBody>;
export type Contacts = z.infer<typeof Contacts>;
