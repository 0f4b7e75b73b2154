/*
 * One write of a transaction, in its own module so that what builds items (the inbox, the audit
 * trail) need not import the Db that commits them.
 */

// biome-ignore lint/suspicious/noExplicitAny: mirrors the SDK's own loosely typed transaction items
type Loose = Record<string, any>;
export type TransactItem = { Put: Loose } | { Update: Loose } | { ConditionCheck: Loose } | { Delete: Loose };
