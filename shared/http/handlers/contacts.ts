import { Contacts, ContactsBody, ContactsPath } from '../../contract/contacts.js';
import type { Role } from '../../contract/enums.js';
import { etagOf, versionFromEtag } from '../../domain/beds.js';
import { ValidationFailed } from '../../domain/errors.js';
import type { ContactsItem } from '../../store/contacts.js';
import { orgFitsRole } from '../auth.js';
import { actorOf } from '../respond.js';
import { route } from '../types.js';

const ROLES: Role[] = ['la', 'provider', 'coordinator', 'commissioner'];

/** An org a contact list can belong to: one some role could act for (an LA code, a provider id, …). */
function assertKnownShape(org: string): void {
  if (!ROLES.some((role) => orgFitsRole(role, org))) {
    throw new ValidationFailed([{ field: 'params.org', message: 'is not an organisation id' }]);
  }
}

const toContacts = (c: ContactsItem) => ({
  org: c.org,
  email: c.email,
  sms: c.sms,
  webhooks: c.webhooks,
  etag: etagOf(c.version),
  updatedAt: c.updatedAt,
});

/** Who hears about an organisation's events when deployed (GOV.UK Notify email and SMS, webhooks). */
export const contactRoutes = [
  route({
    method: 'GET',
    path: '/v1/contacts/{org}',
    group: 'contacts',
    policy: ['coordinator'],
    summary: "An organisation's notification contacts (email, SMS, webhooks), with their ETag",
    params: ContactsPath,
    response: Contacts,
    handler: async (ctx) => {
      assertKnownShape(ctx.params.org);
      const out = toContacts(await ctx.deps.store.contacts.get(ctx.params.org));
      return { status: 200, body: out, headers: { etag: out.etag } };
    },
  }),
  route({
    method: 'PUT',
    path: '/v1/contacts/{org}',
    group: 'contacts',
    policy: ['coordinator'],
    summary:
      'Replace an organisation’s notification contacts (If-Match required: "0" for the first set); audited',
    params: ContactsPath,
    body: ContactsBody,
    response: Contacts,
    ifMatch: true,
    handler: async (ctx) => {
      assertKnownShape(ctx.params.org);
      const version = versionFromEtag(ctx.headers['if-match']);
      const saved = await ctx.deps.store.contacts.put(
        ctx.params.org,
        ctx.body,
        version,
        actorOf(ctx),
        ctx.now,
      );
      const out = toContacts(saved);
      return { status: 200, body: out, headers: { etag: out.etag } };
    },
  }),
];
