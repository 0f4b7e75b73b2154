import { AuditStore } from './audit.js';
import { ContactStore } from './contacts.js';
import { Db, type DbOptions } from './db.js';
import { DemandDays } from './demand-days.js';
import { HoldStore } from './holds.js';
import { NotificationStore } from './notifications.js';
import { PlacementStore } from './placements.js';
import { PoolRuleStore } from './pool-rules.js';
import { ReferralStore } from './referrals.js';
import { RegisterStore } from './register.js';
import { RequestStore } from './requests.js';
import { UnitStore } from './units.js';
import { UsageDays } from './usage-days.js';

/** The data layer as the handlers see it: one object per aggregate, all over one table. */
export class Store {
  readonly db: Db;
  readonly units: UnitStore;
  readonly requests: RequestStore;
  readonly holds: HoldStore;
  readonly placements: PlacementStore;
  readonly audit: AuditStore;
  readonly poolRules: PoolRuleStore;
  readonly referrals: ReferralStore;
  readonly notifications: NotificationStore;
  readonly contacts: ContactStore;
  readonly register: RegisterStore;
  /** Demand's requests and declines, closed and settled days read from one kept item each. */
  readonly demandDays: DemandDays;
  /** Usage's nights, closed ones read from one kept item each (decision 0015). */
  readonly usageDays: UsageDays;

  constructor(options: DbOptions) {
    this.db = new Db(options);
    this.units = new UnitStore(this.db);
    this.requests = new RequestStore(this.db);
    this.holds = new HoldStore(this.db);
    this.placements = new PlacementStore(this.db);
    this.audit = new AuditStore(this.db);
    this.poolRules = new PoolRuleStore(this.db);
    this.referrals = new ReferralStore(this.db);
    this.notifications = new NotificationStore(this.db);
    this.contacts = new ContactStore(this.db);
    this.register = new RegisterStore(this.db);
    this.demandDays = new DemandDays(this.db, this.requests, this.holds, this.referrals);
    this.usageDays = new UsageDays(this.db, this.placements);
  }
}
