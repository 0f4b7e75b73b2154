/** Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit. */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: 200 once the store answers, 503 within 3 s when it does not
         * @description Liveness: 200 once the store answers, 503 within 3 s when it does not. No token needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An entity's audit trail, oldest first
         * @description An entity's audit trail, oldest first. Roles: `coordinator`.
         */
        get: operations["getV1Audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/local/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Local only: mint a token for a role and org, signed with a key made at start
         * @description Local only: mint a token for a role and org, signed with a key made at start. No token needed. Local server only: never deployed.
         */
        post: operations["postLocalToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The national register with live availability and freshness
         * @description The national register with live availability and freshness. Roles: `la`, `provider`, `coordinator`, `commissioner`.
         */
        get: operations["getV1Units"];
        put?: never;
        /**
         * Add a unit to the register with its beds (each free, with the streams it may serve and who commissions it); audited
         * @description Add a unit to the register with its beds (each free, with the streams it may serve and who commissions it); audited. Roles: `coordinator`. Send `Idempotency-Key` (required).
         */
        post: operations["postV1Units"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit of the register
         * @description One unit of the register. Roles: `la`, `provider`, `coordinator`, `commissioner`.
         */
        get: operations["getV1UnitsByUnitId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a unit's facts, status, provenance or duty contact (If-Match: the unit's ETag); a provider may change only its own units' dutyContact
         * @description Correct a unit's facts, status, provenance or duty contact (If-Match: the unit's ETag); a provider may change only its own units' dutyContact. Roles: `provider`, `coordinator`. Send `If-Match` with the current `ETag`.
         */
        patch: operations["patchV1UnitsByUnitId"];
        trace?: never;
    };
    "/v1/units/{unitId}/beds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit's beds, each with its ETag, a page at a time (by bed id)
         * @description A unit's beds, each with its ETag, a page at a time (by bed id). Roles: `la`, `provider`, `coordinator`, `commissioner`.
         */
        get: operations["getV1UnitsByUnitIdBeds"];
        /**
         * Change several beds at once: all or nothing, each with its ETag
         * @description Change several beds at once: all or nothing, each with its ETag. Roles: `provider`, `coordinator`.
         */
        put: operations["putV1UnitsByUnitIdBeds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/beds/{bedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a bed available or closed (If-Match required)
         * @description Set a bed available or closed (If-Match required). Roles: `provider`, `coordinator`. Send `If-Match` with the current `ETag`.
         */
        put: operations["putV1UnitsByUnitIdBedsByBedId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pool-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The departments’ pool rules: whether each lends its free contracted beds to the others’ children
         * @description The departments’ pool rules: whether each lends its free contracted beds to the others’ children. Roles: `la`, `provider`, `coordinator`, `commissioner`.
         */
        get: operations["getV1PoolRules"];
        /**
         * Set departments’ pool rules (always, after_hours with afterHours, or never); audited
         * @description Set departments’ pool rules (always, after_hours with afterHours, or never); audited. Roles: `coordinator`.
         */
        put: operations["putV1PoolRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Nothing has changed": stamps lastConfirmedAt
         * @description "Nothing has changed": stamps lastConfirmedAt. Roles: `provider`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1UnitsByUnitIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organisation's requests (coordinator: all)
         * @description Your organisation's requests (coordinator: all). Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1Requests"];
        put?: never;
        /**
         * Ask for a secure bed for a child (pseudonymous)
         * @description Ask for a secure bed for a child (pseudonymous). Roles: `la`, `coordinator`. Send `Idempotency-Key` (required).
         */
        post: operations["postV1Requests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One request
         * @description One request. Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1RequestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open units with a free bed that fits, ranked by fit band (all, some or none of the child’s needs) then distance within a band, with reasons; a page at a time
         * @description Open units with a free bed that fits, ranked by fit band (all, some or none of the child’s needs) then distance within a band, with reasons; a page at a time. Roles: `la`, `coordinator`.
         */
        get: operations["getV1RequestsByIdMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a request, saying what happened to the child (outcome); its live referrals are withdrawn with it
         * @description Withdraw a request, saying what happened to the child (outcome); its live referrals are withdrawn with it. Roles: `la`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1RequestsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Still needed": moves refreshDueAt on 14 days (and reviewDueAt 3 months with {"reviewed": true}); a lapsed request is open again
         * @description "Still needed": moves refreshDueAt on 14 days (and reviewDueAt 3 months with {"reviewed": true}); a lapsed request is open again. Roles: `la`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1RequestsByIdRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holds you can see, by request and status
         * @description Holds you can see, by request and status. Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1Holds"];
        put?: never;
        /**
         * Hold one free bed of the request’s stream at a unit, for HOLD_MINUTES
         * @description Hold one free bed of the request’s stream at a unit, for HOLD_MINUTES. Roles: `la`, `coordinator`. Send `Idempotency-Key` (required).
         */
        post: operations["postV1Holds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One hold; past its expiry it reads as expired
         * @description One hold; past its expiry it reads as expired. Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1HoldsById"];
        put?: never;
        post?: never;
        /**
         * Release a hold: the bed is free again
         * @description Release a hold: the bed is free again. Roles: `la`, `coordinator`.
         */
        delete: operations["deleteV1HoldsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the child: the hold becomes a placement and the bed is occupied
         * @description The request is placed: any referrals of it still pending or offered are withdrawn, each home told. Roles: `provider`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1HoldsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline with a coded reason: the bed is free again
         * @description Decline with a coded reason: the bed is free again. Roles: `provider`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1HoldsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Placements you can see
         * @description Placements you can see. Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1Placements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One placement, with its legal authority now, every order, and step-down waits
         * @description One placement, with its legal authority now, every order, and step-down waits. Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1PlacementsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{id}/legal-authority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a new order (interim, first up to 3 months, renewal up to 6): kept in the history; a welfare order over 6 months, or a statutory period exceeded, is 400
         * @description Record a new order (interim, first up to 3 months, renewal up to 6): kept in the history; a welfare order over 6 months, or a statutory period exceeded, is 400. Roles: `la`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1PlacementsByIdLegalAuthority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{id}/step-down-ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child no longer needs secure care: count "ready but still here" days from readyFrom, with why and when they will leave; again to correct it
         * @description The child no longer needs secure care: count "ready but still here" days from readyFrom, with why and when they will leave; again to correct it. Roles: `la`, `provider`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1PlacementsByIdStepDownReady"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{id}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child leaves (on a day, default today): the bed is free and the step-down wait ends
         * @description The child leaves (on a day, default today): the bed is free and the step-down wait ends. Roles: `la`, `provider`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1PlacementsByIdDischarge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beds by state per stream, region and nationally; stale units apart; from counters, as of this call (each process keeps the totals, re-reading only counters whose change stamp moved)
         * @description Beds by state per stream, region and nationally; stale units apart; from counters, as of this call (each process keeps the totals, re-reading only counters whose change stamp moved). Roles: `commissioner`, `coordinator`. Send `Accept: text/csv` for the same tables as CSV.
         */
        get: operations["getV1Capacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bed-nights used per department (welfare → DfE, justice → MoJ, mental health → DHSC) and region of the unit, against each department's agreed share of the pooled places; default: the 30 days up to today; at most 366 days (400 beyond). Fewer than 5 children in a cell: null with suppressed: true. `Accept: text/csv` gives every table in one CSV (a `scope` column says which); a withheld figure is written `c`, as DfE does
         * @description Bed-nights used per department (welfare → DfE, justice → MoJ, mental health → DHSC) and region of the unit, against each department's agreed share of the pooled places; default: the 30 days up to today; at most 366 days (400 beyond). Fewer than 5 children in a cell: null with suppressed: true. `Accept: text/csv` gives every table in one CSV (a `scope` column says which); a withheld figure is written `c`, as DfE does. Roles: `commissioner`, `coordinator`. Send `Accept: text/csv` for the same tables as CSV.
         */
        get: operations["getV1Usage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests created in the period (default: the 30 days up to today; at most 366 days, 400 beyond): placed, unplaced, unmet, waiting days, declines by reason, distance placed, step-down waits and beds forecast to free; nationally, by region of the child's home LA, by stream, and both. Fewer than 5 children in a cell (or a figure that would reveal one): null with suppressed: true. `Accept: text/csv` gives every table in one CSV (a `scope` column says which); a withheld figure is written `c`, as DfE does
         * @description Requests created in the period (default: the 30 days up to today; at most 366 days, 400 beyond): placed, unplaced, unmet, waiting days, declines by reason, distance placed, step-down waits and beds forecast to free; nationally, by region of the child's home LA, by stream, and both. Fewer than 5 children in a cell (or a figure that would reveal one): null with suppressed: true. `Accept: text/csv` gives every table in one CSV (a `scope` column says which); a withheld figure is written `c`, as DfE does. Roles: `commissioner`, `coordinator`. Send `Accept: text/csv` for the same tables as CSV.
         */
        get: operations["getV1Demand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals you can see: an LA its own, a provider those to its units, a coordinator all
         * @description Referrals you can see: an LA its own, a provider those to its units, a coordinator all. Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1Referrals"];
        put?: never;
        /**
         * Refer one request to 1–10 open units at once; no bed is held
         * @description One referral per unit, all or none. Needs an Idempotency-Key (428 without). The request must be open (a lapsed one is refreshed first: 409 invalid_transition). A unit not on the register: 404 not_found. A unit that is paused or closed, or does not take the request’s stream or the child’s age and sex (also when paused or corrected while the round is written): 409 no_bed_available, as a hold there would be. A unit this request already has a live referral to (pending, or offered and not expired): 409 invalid_transition; once that referral has ended (declined, withdrawn, expired) the unit may be referred again. Either 409 names each unit it refuses in `errors` (field `body.unitIds.N`), so the client can send the rest again. Each provider is notified. Roles: `la`, `coordinator`. Send `Idempotency-Key` (required).
         */
        post: operations["postV1Referrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One referral; an offer past its expiry reads as expired
         * @description One referral; an offer past its expiry reads as expired. Roles: `la`, `provider`, `coordinator`.
         */
        get: operations["getV1ReferralsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "We would take this child now": an offer for OFFER_MINUTES; no bed is taken
         * @description A unit that is paused or closed, or whose register no longer takes a child of this age and sex, can make no offer: 409 no_bed_available (decline the referral instead). A referral that is no longer pending: 409 invalid_transition. Roles: `provider`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1ReferralsByIdOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline with a coded reason (the hold decline reasons)
         * @description Decline with a coded reason (the hold decline reasons). Roles: `provider`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1ReferralsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a live offer: one conditional write takes a free bed at the unit and makes the placement; the request’s other referrals are withdrawn
         * @description No free bed the child may take left at the unit, or the unit paused, closed or corrected (age, sex) since it offered: 409 no_bed_available, nothing changes and the offer stands. An offer past offerExpiresAt (or already decided): 409 invalid_transition. A live hold on the request: 409 hold_exists. Roles: `la`, `coordinator`. Send `Idempotency-Key` to retry safely.
         */
        post: operations["postV1ReferralsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organisation's notifications, newest first: what happened and to which record (ids only, never a childRef)
         * @description Your organisation's notifications, newest first: what happened and to which record (ids only, never a childRef). Roles: `la`, `provider`, `coordinator`, `commissioner`.
         */
        get: operations["getV1Notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{org}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's notification contacts (email, SMS, webhooks), with their ETag
         * @description An organisation's notification contacts (email, SMS, webhooks), with their ETag. Roles: `coordinator`.
         */
        get: operations["getV1ContactsByOrg"];
        /**
         * Replace an organisation’s notification contacts (If-Match required: "0" for the first set); audited
         * @description Replace an organisation’s notification contacts (If-Match required: "0" for the first set); audited. Roles: `coordinator`. Send `If-Match` with the current `ETag`.
         */
        put: operations["putV1ContactsByOrg"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/external-placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a child placed outside this service (the YCS, an NHS access assessment, before go-live): the bed becomes occupied by an external placement, with no childRef
         * @description This records where a child already is; it offers nothing. A closed unit has no children: 409 invalid_transition. A paused unit may still record a child it holds (pausing stops new matches, referrals and holds, not the record of who is in a bed). A `sex` or `ageYears` the unit does not take by its register: 400 naming the field (correct the register first if it is wrong). A bed that is not free: 409 no_bed_available. Roles: `provider`, `coordinator`. Send `Idempotency-Key` (required).
         */
        post: operations["postV1UnitsByUnitIdExternalPlacements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/r4/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The FHIR CapabilityStatement: what this FHIR R4 server does
         * @description The FHIR R4 CapabilityStatement of `/fhir/r4`, open like every FHIR server’s (it says how to authenticate, so it needs no token): Location read and search, MeasureReport search, JSON only. No token needed.
         */
        get: operations["getFhirR4Metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/r4/Location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search units and beds as FHIR R4 Location resources
         * @description A searchset Bundle of Locations: each unit (physicalType `bu`, or `wa` for NHS wards) followed by its beds (`bd`, `partOf` the unit). A bed’s `operationalStatus` is from HL7 v2 table 0116 (`U` unoccupied, `O` occupied, `C` closed); a held bed is `U` with the `bed-held` extension true, so a bed may be offered only when it is `U` and not held. Search by `_id`, `partof`, `physical-type`, `operational-status`, `status` and `organization` (a provider id); `_count` (1–1000, default 200) and the `next` link page through. Unknown parameters are refused (400), not ignored. Roles: `la`, `provider`, `coordinator`, `commissioner`.
         */
        get: operations["getFhirR4Location"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/r4/Location/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit or bed as a FHIR R4 Location
         * @description A unit’s Location id is its unit id; a bed’s is its unit’s id, `.bed-` and the rest of its bed id (as the search answers it). No such unit or bed: 404. Roles: `la`, `provider`, `coordinator`, `commissioner`.
         */
        get: operations["getFhirR4LocationById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/r4/MeasureReport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pooled capacity now as a SANER-style FHIR R4 MeasureReport
         * @description A searchset Bundle with one summary MeasureReport of the pooled beds now: populations total, available, held, occupied and closed over units confirmed in the last 24 hours, and `unconfirmed` (beds of units that are not), nationally and stratified by stream and by region; `measureScore` is occupancy (0–1). The same counters as GET /v1/capacity. The report’s period is now, so `period` (a FHIR date search value, e.g. `2026-11-26` or `ge2026-11-01`) that excludes now finds none. Bed counts are not suppressed: they count beds, not children. Roles: `commissioner`, `coordinator`.
         */
        get: operations["getFhirR4MeasureReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "legalAuthorityEndsOn": "2026-11-26"
         *     }
         */
        AcceptBody: {
            legalAuthorityEndsOn?: components["schemas"]["IsoDate"];
        };
        /**
         * @example {
         *       "min": 8,
         *       "max": 8
         *     }
         */
        AgeRange: {
            /** Format: int32 */
            min: number;
            /** Format: int32 */
            max: number;
        };
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "entity": "fx-leeds",
         *       "entityType": "text",
         *       "action": "text",
         *       "actor": {
         *         "role": "la",
         *         "org": "text",
         *         "sub": "text"
         *       },
         *       "at": "2026-11-26T09:30:00Z",
         *       "before": {},
         *       "after": {}
         *     }
         */
        AuditEvent: {
            id: components["schemas"]["Id"];
            entity: components["schemas"]["Id"];
            entityType: string;
            action: string;
            actor: {
                role: components["schemas"]["Role"] | "system";
                org: string;
                sub?: string;
            };
            at: components["schemas"]["IsoDateTime"];
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
        };
        /** @enum {string} */
        AuthorityStatus: "ok" | "ending_soon" | "lapsed";
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "unitId": "fx-leeds",
         *       "eligibleStreams": [
         *         "welfare"
         *       ],
         *       "contractedTo": "DfE",
         *       "state": "available",
         *       "servingStream": "welfare",
         *       "reason": "staffing",
         *       "version": 3,
         *       "etag": "text",
         *       "updatedAt": "2026-11-26T09:30:00Z"
         *     }
         */
        Bed: {
            id: components["schemas"]["Id"];
            unitId: components["schemas"]["Id"];
            /** @description Streams this bed may serve; a subset of the unit’s */
            eligibleStreams: components["schemas"]["Stream"][];
            /** @description The commissioning department; null for a pooled spot bed */
            contractedTo: components["schemas"]["Department"] | null;
            state: components["schemas"]["BedState"];
            /** @description The stream of the child holding or occupying it, else null */
            servingStream: components["schemas"]["Stream"] | null;
            reason: components["schemas"]["ClosedReason"] | null;
            /** Format: int64 */
            version: number;
            etag: string;
            updatedAt: components["schemas"]["IsoDateTime"];
        };
        /** @enum {string} */
        BedState: "available" | "held" | "occupied" | "closed";
        /** @enum {string} */
        BedStatus0116: "C" | "O" | "U";
        /**
         * @example {
         *       "state": "closed",
         *       "reason": "staffing"
         *     }
         */
        BedUpdateBody: {
            /** @enum {string} */
            state: "available" | "closed";
            reason?: components["schemas"]["ClosedReason"];
        };
        /**
         * @example {
         *       "beds": [
         *         {
         *           "id": "fx-leeds",
         *           "etag": "text",
         *           "state": "available",
         *           "reason": "staffing"
         *         }
         *       ]
         *     }
         */
        BulkBedUpdateBody: {
            beds: {
                id: components["schemas"]["Id"];
                etag: string;
                /** @enum {string} */
                state: "available" | "closed";
                reason?: components["schemas"]["ClosedReason"];
            }[];
        };
        /**
         * @example {
         *       "generatedAt": "2026-11-26T09:30:00Z",
         *       "forecast": {
         *         "next24h": 3,
         *         "next72h": 3,
         *         "byStream": [
         *           {
         *             "stream": "welfare",
         *             "next24h": 3,
         *             "next72h": 3
         *           }
         *         ],
         *         "byRegion": [
         *           {
         *             "regionCode": "text",
         *             "next24h": 3,
         *             "next72h": 3
         *           }
         *         ]
         *       },
         *       "national": {
         *         "beds": {
         *           "available": 3,
         *           "held": 3,
         *           "occupied": 3,
         *           "closed": 3,
         *           "total": 3
         *         },
         *         "staleBeds": {
         *           "available": 3,
         *           "held": 3,
         *           "occupied": 3,
         *           "closed": 3,
         *           "total": 3
         *         },
         *         "units": 3,
         *         "staleUnits": 3,
         *         "unitsByStatus": {
         *           "open": 3,
         *           "paused": 3,
         *           "closed": 3
         *         },
         *         "occupancy": 1
         *       },
         *       "byStream": [
         *         {
         *           "stream": "welfare",
         *           "beds": {
         *             "available": 3,
         *             "held": 3,
         *             "occupied": 3,
         *             "closed": 3,
         *             "total": 3
         *           },
         *           "staleBeds": {
         *             "available": 3,
         *             "held": 3,
         *             "occupied": 3,
         *             "closed": 3,
         *             "total": 3
         *           },
         *           "units": 3,
         *           "staleUnits": 3,
         *           "unitsByStatus": {
         *             "open": 3,
         *             "paused": 3,
         *             "closed": 3
         *           },
         *           "occupancy": 1
         *         }
         *       ],
         *       "byRegion": [
         *         {
         *           "regionCode": "text",
         *           "regionName": "text",
         *           "beds": {
         *             "available": 3,
         *             "held": 3,
         *             "occupied": 3,
         *             "closed": 3,
         *             "total": 3
         *           },
         *           "staleBeds": {
         *             "available": 3,
         *             "held": 3,
         *             "occupied": 3,
         *             "closed": 3,
         *             "total": 3
         *           },
         *           "units": 3,
         *           "staleUnits": 3,
         *           "unitsByStatus": {
         *             "open": 3,
         *             "paused": 3,
         *             "closed": 3
         *           },
         *           "occupancy": 1
         *         }
         *       ],
         *       "byStreamAndRegion": [
         *         {
         *           "stream": "welfare",
         *           "regionCode": "text",
         *           "beds": {
         *             "available": 3,
         *             "held": 3,
         *             "occupied": 3,
         *             "closed": 3,
         *             "total": 3
         *           },
         *           "staleBeds": {
         *             "available": 3,
         *             "held": 3,
         *             "occupied": 3,
         *             "closed": 3,
         *             "total": 3
         *           },
         *           "units": 3,
         *           "staleUnits": 3,
         *           "unitsByStatus": {
         *             "open": 3,
         *             "paused": 3,
         *             "closed": 3
         *           },
         *           "occupancy": 1
         *         }
         *       ]
         *     }
         */
        Capacity: {
            generatedAt: components["schemas"]["IsoDateTime"];
            forecast: components["schemas"]["CapacityForecast"];
            national: {
                /** @description Beds of units confirmed in the last 24 hours */
                beds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** @description Beds of stale units, counted apart rather than trusted */
                staleBeds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** Format: int64 */
                units: number;
                /** Format: int64 */
                staleUnits: number;
                /** @description Units by register status: only open units are matched, referred to or held */
                unitsByStatus: {
                    /** Format: int64 */
                    open: number;
                    /** Format: int64 */
                    paused: number;
                    /** Format: int64 */
                    closed: number;
                };
                /** @description occupied ÷ total over fresh units */
                occupancy: number | null;
            };
            byStream: {
                stream: components["schemas"]["Stream"];
                /** @description Beds of units confirmed in the last 24 hours */
                beds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** @description Beds of stale units, counted apart rather than trusted */
                staleBeds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** Format: int64 */
                units: number;
                /** Format: int64 */
                staleUnits: number;
                /** @description Units by register status: only open units are matched, referred to or held */
                unitsByStatus: {
                    /** Format: int64 */
                    open: number;
                    /** Format: int64 */
                    paused: number;
                    /** Format: int64 */
                    closed: number;
                };
                /** @description occupied ÷ total over fresh units */
                occupancy: number | null;
            }[];
            byRegion: {
                regionCode: string;
                regionName: string;
                /** @description Beds of units confirmed in the last 24 hours */
                beds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** @description Beds of stale units, counted apart rather than trusted */
                staleBeds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** Format: int64 */
                units: number;
                /** Format: int64 */
                staleUnits: number;
                /** @description Units by register status: only open units are matched, referred to or held */
                unitsByStatus: {
                    /** Format: int64 */
                    open: number;
                    /** Format: int64 */
                    paused: number;
                    /** Format: int64 */
                    closed: number;
                };
                /** @description occupied ÷ total over fresh units */
                occupancy: number | null;
            }[];
            byStreamAndRegion: {
                stream: components["schemas"]["Stream"];
                regionCode: string;
                /** @description Beds of units confirmed in the last 24 hours */
                beds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** @description Beds of stale units, counted apart rather than trusted */
                staleBeds: {
                    /** Format: int64 */
                    available: number;
                    /** Format: int64 */
                    held: number;
                    /** Format: int64 */
                    occupied: number;
                    /** Format: int64 */
                    closed: number;
                    /** Format: int64 */
                    total: number;
                };
                /** Format: int64 */
                units: number;
                /** Format: int64 */
                staleUnits: number;
                /** @description Units by register status: only open units are matched, referred to or held */
                unitsByStatus: {
                    /** Format: int64 */
                    open: number;
                    /** Format: int64 */
                    paused: number;
                    /** Format: int64 */
                    closed: number;
                };
                /** @description occupied ÷ total over fresh units */
                occupancy: number | null;
            }[];
        };
        /**
         * @example {
         *       "next24h": 3,
         *       "next72h": 3,
         *       "byStream": [
         *         {
         *           "stream": "welfare",
         *           "next24h": 3,
         *           "next72h": 3
         *         }
         *       ],
         *       "byRegion": [
         *         {
         *           "regionCode": "text",
         *           "next24h": 3,
         *           "next72h": 3
         *         }
         *       ]
         *     }
         */
        CapacityForecast: {
            /**
             * Format: int64
             * @description beds whose child is planned to leave by the day 24 hours from now
             */
            next24h: number;
            /**
             * Format: int64
             * @description the same within 72 hours (includes next24h)
             */
            next72h: number;
            byStream: {
                stream: components["schemas"]["Stream"];
                /**
                 * Format: int64
                 * @description beds whose child is planned to leave by the day 24 hours from now
                 */
                next24h: number;
                /**
                 * Format: int64
                 * @description the same within 72 hours (includes next24h)
                 */
                next72h: number;
            }[];
            byRegion: {
                regionCode: string;
                /**
                 * Format: int64
                 * @description beds whose child is planned to leave by the day 24 hours from now
                 */
                next24h: number;
                /**
                 * Format: int64
                 * @description the same within 72 hours (includes next24h)
                 */
                next72h: number;
            }[];
        };
        /** @enum {string} */
        CareStatus: "s20" | "s31_care_order" | "interim_care_order" | "remanded" | "not_looked_after";
        /**
         * @description A pseudonymous reference the local authority chooses: its case number, or a hash of it. 1–64 characters, no spaces, no control or invisible characters. Never a name, a date of birth or an NHS number: the server refuses (400 `validation_failed`, field `body.childRef`) any value that
         *
         *     - **carries an NHS number**: ten digits that pass the NHS Modulus 11 check, written together or 3-3-4 with spaces, hyphens or dots, alone or inside the reference. Ten digits that FAIL the check (an ordinary case number) are accepted, and so are ten digits inside a longer run of digits;
         *     - **carries a date** in any common form: `14-03-2012`, `14/3/12`, `14.03.2012`, `2012-03-14`, `2012/03/14`, `14mar2012`, `March-14-2012`, or eight digits that are a real date as `ddmmyyyy` or `yyyymmdd` (years 1900–2099);
         *     - **looks like a name**: letters with no digit at all (`Jane`, `jane.smith`), any run of letters that is a common given name or surname, or two Capitalised words side by side (`Ngozi-Okafor-77`).
         *
         *     | refused | why (`looks_like_nhs_number`, `looks_like_date`, `looks_like_name`) |
         *     | --- | --- |
         *     | `943 476 5919` | `looks_like_nhs_number` |
         *     | `9434765919` | `looks_like_nhs_number` |
         *     | `case-943-476-5919` | `looks_like_nhs_number` |
         *     | `jane-smith-14-03-2012` | `looks_like_date` |
         *     | `14/03/2012` | `looks_like_date` |
         *     | `2012-03-14` | `looks_like_date` |
         *     | `ref-14mar2012` | `looks_like_date` |
         *     | `case-14032012` | `looks_like_date` |
         *     | `Jane` | `looks_like_name` |
         *     | `jane.smith` | `looks_like_name` |
         *     | `olivia-2231` | `looks_like_name` |
         *     | `Ngozi-Okafor-77` | `looks_like_name` |
         *
         *     Accepted, for example: `bham-case-20931`, `LCC/2024/00417`, `1234567890`, `case-4010232138`, `3f9a1c0e7b2d4a68`, `e3b0c44298fc1c149afbf4c8996fb924`, `CR-778812`.
         * @example bham-case-20931
         */
        ChildRef: string;
        /** @enum {string} */
        ClosedReason: "staffing" | "maintenance" | "incident" | "registration" | "matching" | "other";
        /**
         * @example {
         *       "org": "text",
         *       "email": [
         *         {
         *           "address": "duty@fixture-home.example",
         *           "events": []
         *         }
         *       ],
         *       "sms": [],
         *       "webhooks": [
         *         {
         *           "url": "https://provider.example/hooks/secure-beds",
         *           "events": []
         *         }
         *       ],
         *       "etag": "text",
         *       "updatedAt": null
         *     }
         */
        Contacts: {
            org: string;
            email: {
                /** Format: email */
                address: string;
                /** @description Only these event types (e.g. hold.created); absent: every event for the organisation */
                events?: string[];
            }[];
            sms: {
                /** @description A UK mobile number */
                phone: string;
                /** @description Only these event types (e.g. hold.created); absent: every event for the organisation */
                events?: string[];
            }[];
            webhooks: {
                /**
                 * Format: uri
                 * @description An https address; it receives the ids-only event as JSON
                 */
                url: string;
                /** @description Only these event types (e.g. hold.created); absent: every event for the organisation */
                events?: string[];
            }[];
            /** @description Send it back as If-Match to change these contacts ("0" before any exist) */
            etag: string;
            updatedAt: string | null;
        };
        /**
         * @example {
         *       "email": [
         *         {
         *           "address": "duty@fixture-home.example",
         *           "events": []
         *         }
         *       ],
         *       "sms": [],
         *       "webhooks": [
         *         {
         *           "url": "https://provider.example/hooks/secure-beds",
         *           "events": []
         *         }
         *       ]
         *     }
         */
        ContactsBody: {
            /** @default [] */
            email: {
                /** Format: email */
                address: string;
                /** @description Only these event types (e.g. hold.created); absent: every event for the organisation */
                events?: string[];
            }[];
            /** @default [] */
            sms: {
                /** @description A UK mobile number */
                phone: string;
                /** @description Only these event types (e.g. hold.created); absent: every event for the organisation */
                events?: string[];
            }[];
            /** @default [] */
            webhooks: {
                /**
                 * Format: uri
                 * @description An https address; it receives the ids-only event as JSON
                 */
                url: string;
                /** @description Only these event types (e.g. hold.created); absent: every event for the organisation */
                events?: string[];
            }[];
        };
        /**
         * @example {
         *       "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
         *       "unitId": "fx-leeds"
         *     }
         */
        CreateHoldBody: {
            requestId: components["schemas"]["Id"];
            unitId: components["schemas"]["Id"];
        };
        /**
         * @example {
         *       "requestId": "fx-leeds",
         *       "unitIds": [
         *         "fx-leeds"
         *       ]
         *     }
         */
        CreateReferralBody: {
            requestId: components["schemas"]["Id"];
            unitIds: components["schemas"]["Id"][];
        };
        /**
         * @description A request for a secure bed for one child.
         *
         *     The legal basis must belong to the request's stream (otherwise 400, field `body.legalBasis`):
         *
         *     - `welfare`: `s25_order`, `s25_interim_order`, `s25_72_hour`
         *     - `justice`: `remand`, `sentence`
         *     - `mental_health`: `mha_s2`, `mha_s3`, `mha_s4`, `mha_s35`, `mha_s36`, `mha_s37`, `mha_s38`, `mha_s47`, `mha_s48`, `informal`
         * @example {
         *       "childRef": "bham-case-20931",
         *       "ageYears": 14,
         *       "sex": "female",
         *       "stream": "welfare",
         *       "legalBasis": "s25_order",
         *       "needs": [
         *         "self_harm",
         *         "absconding"
         *       ],
         *       "homeLaCode": "E08000025",
         *       "neededBy": "2026-11-26T18:00:00Z"
         *     }
         */
        CreateRequestBody: {
            childRef: components["schemas"]["ChildRef"];
            /** Format: int32 */
            ageYears: number;
            sex: components["schemas"]["Sex"];
            stream: components["schemas"]["Stream"];
            legalBasis: components["schemas"]["LegalBasis"];
            /** @default [] */
            needs: components["schemas"]["Need"][];
            homeLaCode: components["schemas"]["HomeLaCode"];
            neededBy: components["schemas"]["IsoDateTime"] | components["schemas"]["IsoDate"];
            legalAuthorityEndsOn?: components["schemas"]["IsoDate"];
            profile?: components["schemas"]["ReferralProfileInput"];
            sosApprovalRef?: components["schemas"]["SosApprovalRef"];
        };
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "name": "text",
         *       "providerId": "fx-leeds",
         *       "providerName": "text",
         *       "kind": "secure_childrens_home",
         *       "wardType": "general_adolescent",
         *       "laCode": "E08000035",
         *       "regionCode": "E12000003",
         *       "location": {
         *         "lat": 52.48,
         *         "lon": -1.9
         *       },
         *       "ofstedUrn": null,
         *       "odsCode": null,
         *       "ageRange": {
         *         "min": 8,
         *         "max": 8
         *       },
         *       "sexes": [
         *         "female"
         *       ],
         *       "specialisms": [
         *         "self_harm"
         *       ],
         *       "status": "open",
         *       "statusReason": "text",
         *       "statusSince": "2026-11-26T09:30:00Z",
         *       "provenance": {
         *         "source": "text",
         *         "asOf": "2026-11-26",
         *         "verified": false,
         *         "unverified": [
         *           "name"
         *         ]
         *       },
         *       "dutyContact": {
         *         "phone": "0113 496 0000",
         *         "email": "duty@fixture-home.example",
         *         "hours": "24 hours, every day"
         *       },
         *       "illustrative": false,
         *       "beds": [
         *         {
         *           "eligibleStreams": [
         *             "welfare"
         *           ],
         *           "contractedTo": "DfE"
         *         }
         *       ]
         *     }
         */
        CreateUnitBody: {
            id?: components["schemas"]["Id"];
            name: string;
            providerId: components["schemas"]["Id"];
            providerName: string;
            kind: components["schemas"]["UnitKind"];
            /** @default null */
            wardType: components["schemas"]["WardType"] | null;
            laCode: components["schemas"]["UnitLaCodeInput"];
            regionCode: components["schemas"]["UnitRegionCodeInput"];
            location: components["schemas"]["Location"];
            /** @default null */
            ofstedUrn: components["schemas"]["OfstedUrn"] | null;
            /** @default null */
            odsCode: components["schemas"]["OdsCode"] | null;
            ageRange: components["schemas"]["AgeRange"];
            sexes: components["schemas"]["Sex"][];
            /** @default [] */
            specialisms: components["schemas"]["Need"][];
            /** @default open */
            status: components["schemas"]["UnitStatus"];
            /** @default null */
            statusReason: components["schemas"]["StatusReason"] | null;
            statusSince?: components["schemas"]["Since"];
            provenance: components["schemas"]["ProvenanceInput"];
            /** @default null */
            dutyContact: components["schemas"]["DutyContactInput"] | null;
            /** @default false */
            illustrative: boolean;
            beds: components["schemas"]["NewBed"][];
        };
        /** @enum {string} */
        CurrentLocation: "home" | "foster_care" | "childrens_home" | "unregistered_setting" | "hospital_ae" | "hospital_ward" | "police_custody" | "secure_unit" | "youth_custody" | "other";
        /**
         * @example {
         *       "reason": "mix_of_children",
         *       "note": "Two children on the unit would not be a safe mix tonight."
         *     }
         */
        DeclineBody: {
            reason: components["schemas"]["DeclineReason"];
            note?: components["schemas"]["PlainText"];
        };
        /** @enum {string} */
        DeclineReason: "no_suitable_bed" | "staffing" | "mix_of_children" | "needs_not_met" | "risk_to_others" | "age_or_sex" | "legal_status" | "distance" | "other";
        /** @enum {string} */
        DelayReason: "no_placement_found" | "awaiting_court" | "awaiting_funding" | "awaiting_health_assessment" | "other";
        /**
         * @example {
         *       "generatedAt": "2026-11-26T09:30:00Z",
         *       "from": "2026-11-26",
         *       "to": "2026-11-26",
         *       "national": {
         *         "requests": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "placed": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "unplaced": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "unmet": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "lapsed": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "unplacedByOutcome": {
         *           "placed_secure_elsewhere": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "dol_order_unregistered": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "dol_order_registered": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "tier4_ward": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "adult_mental_health_ward": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "remained_in_placement": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "no_longer_needed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "other": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         },
         *         "referralsPerPlacement": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "waitingDays": {
         *           "median": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "p90": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         },
         *         "declines": {
         *           "total": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "byReason": {
         *             "no_suitable_bed": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "staffing": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "mix_of_children": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "needs_not_met": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "risk_to_others": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "age_or_sex": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "legal_status": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "distance": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "other": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           }
         *         },
         *         "distanceKm": {
         *           "median": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "p90": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         },
         *         "stepDown": {
         *           "ready": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "waitingDays": {
         *             "median": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "p90": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "byDelayReason": {
         *             "no_placement_found": {
         *               "ready": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "waitingDays": {
         *                 "median": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "p90": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 }
         *               }
         *             },
         *             "awaiting_court": {
         *               "ready": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "waitingDays": {
         *                 "median": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "p90": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 }
         *               }
         *             },
         *             "awaiting_funding": {
         *               "ready": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "waitingDays": {
         *                 "median": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "p90": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 }
         *               }
         *             },
         *             "awaiting_health_assessment": {
         *               "ready": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "waitingDays": {
         *                 "median": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "p90": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 }
         *               }
         *             },
         *             "other": {
         *               "ready": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "waitingDays": {
         *                 "median": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "p90": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 }
         *               }
         *             },
         *             "not_given": {
         *               "ready": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "waitingDays": {
         *                 "median": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "p90": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 }
         *               }
         *             }
         *           }
         *         },
         *         "bedsForecastToFree": {
         *           "value": 3,
         *           "suppressed": false
         *         }
         *       },
         *       "byRegion": [
         *         {
         *           "requests": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "placed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unplaced": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unmet": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "lapsed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unplacedByOutcome": {
         *             "placed_secure_elsewhere": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "dol_order_unregistered": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "dol_order_registered": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "tier4_ward": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "adult_mental_health_ward": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "remained_in_placement": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "no_longer_needed": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "other": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "referralsPerPlacement": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "waitingDays": {
         *             "median": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "p90": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "declines": {
         *             "total": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "byReason": {
         *               "no_suitable_bed": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "staffing": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "mix_of_children": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "needs_not_met": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "risk_to_others": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "age_or_sex": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "legal_status": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "distance": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "other": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "distanceKm": {
         *             "median": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "p90": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "stepDown": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             },
         *             "byDelayReason": {
         *               "no_placement_found": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_court": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_funding": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_health_assessment": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "other": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "not_given": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               }
         *             }
         *           },
         *           "bedsForecastToFree": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "regionCode": "text",
         *           "regionName": "text"
         *         }
         *       ],
         *       "byStream": [
         *         {
         *           "requests": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "placed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unplaced": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unmet": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "lapsed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unplacedByOutcome": {
         *             "placed_secure_elsewhere": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "dol_order_unregistered": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "dol_order_registered": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "tier4_ward": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "adult_mental_health_ward": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "remained_in_placement": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "no_longer_needed": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "other": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "referralsPerPlacement": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "waitingDays": {
         *             "median": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "p90": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "declines": {
         *             "total": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "byReason": {
         *               "no_suitable_bed": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "staffing": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "mix_of_children": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "needs_not_met": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "risk_to_others": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "age_or_sex": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "legal_status": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "distance": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "other": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "distanceKm": {
         *             "median": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "p90": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "stepDown": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             },
         *             "byDelayReason": {
         *               "no_placement_found": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_court": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_funding": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_health_assessment": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "other": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "not_given": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               }
         *             }
         *           },
         *           "bedsForecastToFree": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "stream": "welfare",
         *           "department": "DfE"
         *         }
         *       ],
         *       "byRegionAndStream": [
         *         {
         *           "requests": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "placed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unplaced": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unmet": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "lapsed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "unplacedByOutcome": {
         *             "placed_secure_elsewhere": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "dol_order_unregistered": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "dol_order_registered": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "tier4_ward": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "adult_mental_health_ward": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "remained_in_placement": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "no_longer_needed": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "other": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "referralsPerPlacement": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "waitingDays": {
         *             "median": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "p90": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "declines": {
         *             "total": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "byReason": {
         *               "no_suitable_bed": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "staffing": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "mix_of_children": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "needs_not_met": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "risk_to_others": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "age_or_sex": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "legal_status": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "distance": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "other": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "distanceKm": {
         *             "median": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "p90": {
         *               "value": 3,
         *               "suppressed": false
         *             }
         *           },
         *           "stepDown": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             },
         *             "byDelayReason": {
         *               "no_placement_found": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_court": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_funding": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "awaiting_health_assessment": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "other": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               },
         *               "not_given": {
         *                 "ready": {
         *                   "value": 3,
         *                   "suppressed": false
         *                 },
         *                 "waitingDays": {
         *                   "median": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   },
         *                   "p90": {
         *                     "value": 3,
         *                     "suppressed": false
         *                   }
         *                 }
         *               }
         *             }
         *           },
         *           "bedsForecastToFree": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "regionCode": "text",
         *           "regionName": "text",
         *           "stream": "welfare",
         *           "department": "DfE"
         *         }
         *       ]
         *     }
         */
        Demand: {
            generatedAt: components["schemas"]["IsoDateTime"];
            from: components["schemas"]["IsoDate"];
            to: components["schemas"]["IsoDate"];
            national: components["schemas"]["DemandFigures"];
            byRegion: {
                requests: components["schemas"]["Figure"];
                placed: components["schemas"]["Figure"];
                /** @description open or withdrawn */
                unplaced: components["schemas"]["Figure"];
                /** @description unplaced, and the last search found no unit that fits */
                unmet: components["schemas"]["Figure"];
                /** @description open, but not confirmed as still needed by its refreshDueAt */
                lapsed: components["schemas"]["Figure"];
                /** @description withdrawn requests by what happened to the child */
                unplacedByOutcome: {
                    placed_secure_elsewhere: components["schemas"]["Figure"];
                    dol_order_unregistered: components["schemas"]["Figure"];
                    dol_order_registered: components["schemas"]["Figure"];
                    tier4_ward: components["schemas"]["Figure"];
                    adult_mental_health_ward: components["schemas"]["Figure"];
                    remained_in_placement: components["schemas"]["Figure"];
                    no_longer_needed: components["schemas"]["Figure"];
                    other: components["schemas"]["Figure"];
                };
                /** @description referrals made per request placed (one decimal) */
                referralsPerPlacement: components["schemas"]["Figure"];
                /** @description created → placed; unplaced: → withdrawn, or now */
                waitingDays: components["schemas"]["Distribution"];
                declines: {
                    total: components["schemas"]["Figure"];
                    byReason: {
                        no_suitable_bed: components["schemas"]["Figure"];
                        staffing: components["schemas"]["Figure"];
                        mix_of_children: components["schemas"]["Figure"];
                        needs_not_met: components["schemas"]["Figure"];
                        risk_to_others: components["schemas"]["Figure"];
                        age_or_sex: components["schemas"]["Figure"];
                        legal_status: components["schemas"]["Figure"];
                        distance: components["schemas"]["Figure"];
                        other: components["schemas"]["Figure"];
                    };
                };
                /** @description from the home LA to the unit, for the requests placed */
                distanceKm: components["schemas"]["Distribution"];
                stepDown: {
                    /** @description placements whose readyFrom falls in the period */
                    ready: components["schemas"]["Figure"];
                    /** @description readyFrom → discharge, or now */
                    waitingDays: components["schemas"]["Distribution"];
                    /** @description the same children and waits by why they could not leave (`not_given`: no reason recorded) */
                    byDelayReason: {
                        no_placement_found: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_court: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_funding: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_health_assessment: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        other: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        not_given: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                    };
                };
                /** @description placements active now with a step-down date and planned destination */
                bedsForecastToFree: components["schemas"]["Figure"];
                regionCode: string;
                regionName: string;
            }[];
            byStream: {
                requests: components["schemas"]["Figure"];
                placed: components["schemas"]["Figure"];
                /** @description open or withdrawn */
                unplaced: components["schemas"]["Figure"];
                /** @description unplaced, and the last search found no unit that fits */
                unmet: components["schemas"]["Figure"];
                /** @description open, but not confirmed as still needed by its refreshDueAt */
                lapsed: components["schemas"]["Figure"];
                /** @description withdrawn requests by what happened to the child */
                unplacedByOutcome: {
                    placed_secure_elsewhere: components["schemas"]["Figure"];
                    dol_order_unregistered: components["schemas"]["Figure"];
                    dol_order_registered: components["schemas"]["Figure"];
                    tier4_ward: components["schemas"]["Figure"];
                    adult_mental_health_ward: components["schemas"]["Figure"];
                    remained_in_placement: components["schemas"]["Figure"];
                    no_longer_needed: components["schemas"]["Figure"];
                    other: components["schemas"]["Figure"];
                };
                /** @description referrals made per request placed (one decimal) */
                referralsPerPlacement: components["schemas"]["Figure"];
                /** @description created → placed; unplaced: → withdrawn, or now */
                waitingDays: components["schemas"]["Distribution"];
                declines: {
                    total: components["schemas"]["Figure"];
                    byReason: {
                        no_suitable_bed: components["schemas"]["Figure"];
                        staffing: components["schemas"]["Figure"];
                        mix_of_children: components["schemas"]["Figure"];
                        needs_not_met: components["schemas"]["Figure"];
                        risk_to_others: components["schemas"]["Figure"];
                        age_or_sex: components["schemas"]["Figure"];
                        legal_status: components["schemas"]["Figure"];
                        distance: components["schemas"]["Figure"];
                        other: components["schemas"]["Figure"];
                    };
                };
                /** @description from the home LA to the unit, for the requests placed */
                distanceKm: components["schemas"]["Distribution"];
                stepDown: {
                    /** @description placements whose readyFrom falls in the period */
                    ready: components["schemas"]["Figure"];
                    /** @description readyFrom → discharge, or now */
                    waitingDays: components["schemas"]["Distribution"];
                    /** @description the same children and waits by why they could not leave (`not_given`: no reason recorded) */
                    byDelayReason: {
                        no_placement_found: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_court: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_funding: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_health_assessment: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        other: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        not_given: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                    };
                };
                /** @description placements active now with a step-down date and planned destination */
                bedsForecastToFree: components["schemas"]["Figure"];
                stream: components["schemas"]["Stream"];
                department: components["schemas"]["Department"];
            }[];
            byRegionAndStream: {
                requests: components["schemas"]["Figure"];
                placed: components["schemas"]["Figure"];
                /** @description open or withdrawn */
                unplaced: components["schemas"]["Figure"];
                /** @description unplaced, and the last search found no unit that fits */
                unmet: components["schemas"]["Figure"];
                /** @description open, but not confirmed as still needed by its refreshDueAt */
                lapsed: components["schemas"]["Figure"];
                /** @description withdrawn requests by what happened to the child */
                unplacedByOutcome: {
                    placed_secure_elsewhere: components["schemas"]["Figure"];
                    dol_order_unregistered: components["schemas"]["Figure"];
                    dol_order_registered: components["schemas"]["Figure"];
                    tier4_ward: components["schemas"]["Figure"];
                    adult_mental_health_ward: components["schemas"]["Figure"];
                    remained_in_placement: components["schemas"]["Figure"];
                    no_longer_needed: components["schemas"]["Figure"];
                    other: components["schemas"]["Figure"];
                };
                /** @description referrals made per request placed (one decimal) */
                referralsPerPlacement: components["schemas"]["Figure"];
                /** @description created → placed; unplaced: → withdrawn, or now */
                waitingDays: components["schemas"]["Distribution"];
                declines: {
                    total: components["schemas"]["Figure"];
                    byReason: {
                        no_suitable_bed: components["schemas"]["Figure"];
                        staffing: components["schemas"]["Figure"];
                        mix_of_children: components["schemas"]["Figure"];
                        needs_not_met: components["schemas"]["Figure"];
                        risk_to_others: components["schemas"]["Figure"];
                        age_or_sex: components["schemas"]["Figure"];
                        legal_status: components["schemas"]["Figure"];
                        distance: components["schemas"]["Figure"];
                        other: components["schemas"]["Figure"];
                    };
                };
                /** @description from the home LA to the unit, for the requests placed */
                distanceKm: components["schemas"]["Distribution"];
                stepDown: {
                    /** @description placements whose readyFrom falls in the period */
                    ready: components["schemas"]["Figure"];
                    /** @description readyFrom → discharge, or now */
                    waitingDays: components["schemas"]["Distribution"];
                    /** @description the same children and waits by why they could not leave (`not_given`: no reason recorded) */
                    byDelayReason: {
                        no_placement_found: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_court: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_funding: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        awaiting_health_assessment: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        other: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                        not_given: {
                            ready: components["schemas"]["Figure"];
                            waitingDays: components["schemas"]["Distribution"];
                        };
                    };
                };
                /** @description placements active now with a step-down date and planned destination */
                bedsForecastToFree: components["schemas"]["Figure"];
                regionCode: string;
                regionName: string;
                stream: components["schemas"]["Stream"];
                department: components["schemas"]["Department"];
            }[];
        };
        /**
         * @example {
         *       "requests": {
         *         "value": 3,
         *         "suppressed": false
         *       },
         *       "placed": {
         *         "value": 3,
         *         "suppressed": false
         *       },
         *       "unplaced": {
         *         "value": 3,
         *         "suppressed": false
         *       },
         *       "unmet": {
         *         "value": 3,
         *         "suppressed": false
         *       },
         *       "lapsed": {
         *         "value": 3,
         *         "suppressed": false
         *       },
         *       "unplacedByOutcome": {
         *         "placed_secure_elsewhere": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "dol_order_unregistered": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "dol_order_registered": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "tier4_ward": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "adult_mental_health_ward": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "remained_in_placement": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "no_longer_needed": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "other": {
         *           "value": 3,
         *           "suppressed": false
         *         }
         *       },
         *       "referralsPerPlacement": {
         *         "value": 3,
         *         "suppressed": false
         *       },
         *       "waitingDays": {
         *         "median": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "p90": {
         *           "value": 3,
         *           "suppressed": false
         *         }
         *       },
         *       "declines": {
         *         "total": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "byReason": {
         *           "no_suitable_bed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "staffing": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "mix_of_children": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "needs_not_met": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "risk_to_others": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "age_or_sex": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "legal_status": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "distance": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "other": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         }
         *       },
         *       "distanceKm": {
         *         "median": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "p90": {
         *           "value": 3,
         *           "suppressed": false
         *         }
         *       },
         *       "stepDown": {
         *         "ready": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "waitingDays": {
         *           "median": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "p90": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         },
         *         "byDelayReason": {
         *           "no_placement_found": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "awaiting_court": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "awaiting_funding": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "awaiting_health_assessment": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "other": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           },
         *           "not_given": {
         *             "ready": {
         *               "value": 3,
         *               "suppressed": false
         *             },
         *             "waitingDays": {
         *               "median": {
         *                 "value": 3,
         *                 "suppressed": false
         *               },
         *               "p90": {
         *                 "value": 3,
         *                 "suppressed": false
         *               }
         *             }
         *           }
         *         }
         *       },
         *       "bedsForecastToFree": {
         *         "value": 3,
         *         "suppressed": false
         *       }
         *     }
         */
        DemandFigures: {
            requests: components["schemas"]["Figure"];
            placed: components["schemas"]["Figure"];
            /** @description open or withdrawn */
            unplaced: components["schemas"]["Figure"];
            /** @description unplaced, and the last search found no unit that fits */
            unmet: components["schemas"]["Figure"];
            /** @description open, but not confirmed as still needed by its refreshDueAt */
            lapsed: components["schemas"]["Figure"];
            /** @description withdrawn requests by what happened to the child */
            unplacedByOutcome: {
                placed_secure_elsewhere: components["schemas"]["Figure"];
                dol_order_unregistered: components["schemas"]["Figure"];
                dol_order_registered: components["schemas"]["Figure"];
                tier4_ward: components["schemas"]["Figure"];
                adult_mental_health_ward: components["schemas"]["Figure"];
                remained_in_placement: components["schemas"]["Figure"];
                no_longer_needed: components["schemas"]["Figure"];
                other: components["schemas"]["Figure"];
            };
            /** @description referrals made per request placed (one decimal) */
            referralsPerPlacement: components["schemas"]["Figure"];
            /** @description created → placed; unplaced: → withdrawn, or now */
            waitingDays: components["schemas"]["Distribution"];
            declines: {
                total: components["schemas"]["Figure"];
                byReason: {
                    no_suitable_bed: components["schemas"]["Figure"];
                    staffing: components["schemas"]["Figure"];
                    mix_of_children: components["schemas"]["Figure"];
                    needs_not_met: components["schemas"]["Figure"];
                    risk_to_others: components["schemas"]["Figure"];
                    age_or_sex: components["schemas"]["Figure"];
                    legal_status: components["schemas"]["Figure"];
                    distance: components["schemas"]["Figure"];
                    other: components["schemas"]["Figure"];
                };
            };
            /** @description from the home LA to the unit, for the requests placed */
            distanceKm: components["schemas"]["Distribution"];
            stepDown: {
                /** @description placements whose readyFrom falls in the period */
                ready: components["schemas"]["Figure"];
                /** @description readyFrom → discharge, or now */
                waitingDays: components["schemas"]["Distribution"];
                /** @description the same children and waits by why they could not leave (`not_given`: no reason recorded) */
                byDelayReason: {
                    no_placement_found: {
                        ready: components["schemas"]["Figure"];
                        waitingDays: components["schemas"]["Distribution"];
                    };
                    awaiting_court: {
                        ready: components["schemas"]["Figure"];
                        waitingDays: components["schemas"]["Distribution"];
                    };
                    awaiting_funding: {
                        ready: components["schemas"]["Figure"];
                        waitingDays: components["schemas"]["Distribution"];
                    };
                    awaiting_health_assessment: {
                        ready: components["schemas"]["Figure"];
                        waitingDays: components["schemas"]["Distribution"];
                    };
                    other: {
                        ready: components["schemas"]["Figure"];
                        waitingDays: components["schemas"]["Distribution"];
                    };
                    not_given: {
                        ready: components["schemas"]["Figure"];
                        waitingDays: components["schemas"]["Distribution"];
                    };
                };
            };
            /** @description placements active now with a step-down date and planned destination */
            bedsForecastToFree: components["schemas"]["Figure"];
        };
        /** @enum {string} */
        Department: "DfE" | "MoJ" | "DHSC";
        /** @enum {string} */
        Destination: "home" | "kinship_care" | "foster_care" | "childrens_home" | "residential_school" | "supported_accommodation" | "tier4_ward" | "secure_unit" | "youth_custody" | "adult_services" | "other";
        /**
         * @example {
         *       "destination": "home",
         *       "on": "2026-11-26"
         *     }
         */
        DischargeBody: {
            destination: components["schemas"]["Destination"];
            /** @description the day the child left (default today); not in the future, not before readyFrom */
            on?: components["schemas"]["IsoDate"];
        };
        /**
         * @example {
         *       "median": {
         *         "value": 3,
         *         "suppressed": false
         *       },
         *       "p90": {
         *         "value": 3,
         *         "suppressed": false
         *       }
         *     }
         */
        Distribution: {
            median: components["schemas"]["Figure"];
            p90: components["schemas"]["Figure"];
        };
        /**
         * @example {
         *       "phone": "0113 496 0000",
         *       "email": "duty@fixture-home.example",
         *       "hours": "24 hours, every day"
         *     }
         */
        DutyContact: {
            phone: string;
            /** Format: email */
            email: string;
            hours: string;
        };
        /**
         * @example {
         *       "phone": "0113 496 0000",
         *       "email": "duty@fixture-home.example",
         *       "hours": "24 hours, every day"
         *     }
         */
        DutyContactInput: {
            phone: string;
            /** Format: email */
            email: string;
            hours: string;
        };
        /**
         * @example {
         *       "bedId": "fx-leeds",
         *       "stream": "welfare",
         *       "since": "2026-11-26",
         *       "ageYears": 8,
         *       "sex": "female"
         *     }
         */
        ExternalPlacementBody: {
            bedId: components["schemas"]["Id"];
            stream: components["schemas"]["Stream"];
            since: components["schemas"]["IsoDate"];
            /** Format: int32 */
            ageYears?: number;
            sex?: components["schemas"]["Sex"];
        };
        /**
         * @description What this FHIR R4 server does: Location read and search, MeasureReport search; JSON only
         * @example {
         *       "resourceType": "CapabilityStatement",
         *       "id": "text",
         *       "status": "active",
         *       "date": "text",
         *       "publisher": "text",
         *       "kind": "instance",
         *       "software": {
         *         "name": "text",
         *         "version": "text"
         *       },
         *       "implementation": {
         *         "description": "text",
         *         "url": "text"
         *       },
         *       "fhirVersion": "4.0.1",
         *       "format": [
         *         "text"
         *       ],
         *       "rest": [
         *         {
         *           "mode": "server",
         *           "documentation": "text",
         *           "security": {},
         *           "resource": [
         *             {
         *               "type": "text",
         *               "interaction": [
         *                 {
         *                   "code": "text"
         *                 }
         *               ],
         *               "searchParam": [
         *                 {
         *                   "name": "text",
         *                   "type": "text",
         *                   "documentation": "text"
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        FhirCapabilityStatement: {
            /** @constant */
            resourceType: "CapabilityStatement";
            id?: components["schemas"]["FhirId"];
            /** @constant */
            status: "active";
            date: string;
            publisher?: string;
            /** @constant */
            kind: "instance";
            software?: {
                name: string;
                version?: string;
            };
            implementation?: {
                description: string;
                url?: string;
            };
            /** @constant */
            fhirVersion: "4.0.1";
            format: string[];
            rest: {
                /** @constant */
                mode: "server";
                documentation?: string;
                security?: Record<string, never>;
                resource: {
                    type: string;
                    interaction: {
                        code: string;
                    }[];
                    searchParam?: {
                        name: string;
                        type: string;
                        documentation?: string;
                    }[];
                }[];
            }[];
        };
        FhirDateParam: string;
        FhirId: string;
        FhirIdInput: string;
        /**
         * @description A unit (physicalType `bu` or `wa`) or a bed (`bd`, partOf its unit) as a FHIR R4 Location. A bed is free to offer only when its operationalStatus is `U` AND its `bed-held` extension is false.
         * @example {
         *       "resourceType": "Location",
         *       "id": "text",
         *       "meta": {
         *         "lastUpdated": "text",
         *         "tag": [
         *           {
         *             "system": "text",
         *             "code": "text",
         *             "display": "text"
         *           }
         *         ]
         *       },
         *       "extension": [
         *         {
         *           "url": "text",
         *           "valueBoolean": false,
         *           "valueCode": "text",
         *           "valueDateTime": "text",
         *           "valueString": "text"
         *         }
         *       ],
         *       "identifier": [
         *         {
         *           "system": "text",
         *           "value": "text"
         *         }
         *       ],
         *       "status": "active",
         *       "operationalStatus": {
         *         "system": "text",
         *         "code": "text",
         *         "display": "text"
         *       },
         *       "name": "text",
         *       "description": "text",
         *       "mode": "instance",
         *       "type": [
         *         {
         *           "coding": [
         *             {
         *               "system": "text",
         *               "code": "text",
         *               "display": "text"
         *             }
         *           ],
         *           "text": "text"
         *         }
         *       ],
         *       "telecom": [
         *         {
         *           "system": "text",
         *           "value": "text",
         *           "use": "text"
         *         }
         *       ],
         *       "physicalType": {
         *         "coding": [
         *           {
         *             "system": "text",
         *             "code": "text",
         *             "display": "text"
         *           }
         *         ],
         *         "text": "text"
         *       },
         *       "position": {
         *         "latitude": 3,
         *         "longitude": 3
         *       },
         *       "managingOrganization": {
         *         "reference": "text",
         *         "display": "text",
         *         "identifier": {
         *           "system": "text",
         *           "value": "text"
         *         }
         *       },
         *       "partOf": {
         *         "reference": "text",
         *         "display": "text",
         *         "identifier": {
         *           "system": "text",
         *           "value": "text"
         *         }
         *       },
         *       "availabilityExceptions": "text"
         *     }
         */
        FhirLocation: {
            /** @constant */
            resourceType: "Location";
            id: components["schemas"]["FhirId"];
            meta?: {
                lastUpdated?: string;
                tag?: {
                    system: string;
                    code: string;
                    display?: string;
                }[];
            };
            extension?: {
                url: string;
                valueBoolean?: boolean;
                valueCode?: string;
                valueDateTime?: string;
                valueString?: string;
            }[];
            identifier?: {
                system: string;
                value: string;
            }[];
            /** @enum {string} */
            status: "active" | "suspended" | "inactive";
            /** @description Beds only: HL7 v2 table 0116 (C, O or U) */
            operationalStatus?: {
                system: string;
                code: string;
                display?: string;
            };
            name: string;
            description?: string;
            /** @constant */
            mode: "instance";
            type?: {
                coding: {
                    system: string;
                    code: string;
                    display?: string;
                }[];
                text?: string;
            }[];
            telecom?: {
                system: string;
                value: string;
                use?: string;
            }[];
            physicalType: {
                coding: {
                    system: string;
                    code: string;
                    display?: string;
                }[];
                text?: string;
            };
            position?: {
                latitude: number;
                longitude: number;
            };
            managingOrganization?: {
                reference?: string;
                display?: string;
                identifier?: {
                    system: string;
                    value: string;
                };
            };
            /** @description A bed's unit */
            partOf?: {
                reference?: string;
                display?: string;
                identifier?: {
                    system: string;
                    value: string;
                };
            };
            availabilityExceptions?: string;
        };
        /**
         * @description A FHIR searchset Bundle of Locations: each unit followed by its beds; `link` `next` while more remain
         * @example {
         *       "resourceType": "Bundle",
         *       "id": "text",
         *       "meta": {
         *         "lastUpdated": "text"
         *       },
         *       "type": "searchset",
         *       "timestamp": "text",
         *       "total": 3,
         *       "link": [
         *         {
         *           "relation": "text",
         *           "url": "text"
         *         }
         *       ],
         *       "entry": [
         *         {
         *           "fullUrl": "text",
         *           "resource": {
         *             "resourceType": "Location",
         *             "id": "text",
         *             "meta": {
         *               "lastUpdated": "text",
         *               "tag": [
         *                 {
         *                   "system": "text",
         *                   "code": "text",
         *                   "display": "text"
         *                 }
         *               ]
         *             },
         *             "extension": [
         *               {
         *                 "url": "text",
         *                 "valueBoolean": false,
         *                 "valueCode": "text",
         *                 "valueDateTime": "text",
         *                 "valueString": "text"
         *               }
         *             ],
         *             "identifier": [
         *               {
         *                 "system": "text",
         *                 "value": "text"
         *               }
         *             ],
         *             "status": "active",
         *             "operationalStatus": {
         *               "system": "text",
         *               "code": "text",
         *               "display": "text"
         *             },
         *             "name": "text",
         *             "description": "text",
         *             "mode": "instance",
         *             "type": [
         *               {
         *                 "coding": [
         *                   {
         *                     "system": "text",
         *                     "code": "text",
         *                     "display": "text"
         *                   }
         *                 ],
         *                 "text": "text"
         *               }
         *             ],
         *             "telecom": [
         *               {
         *                 "system": "text",
         *                 "value": "text",
         *                 "use": "text"
         *               }
         *             ],
         *             "physicalType": {
         *               "coding": [
         *                 {
         *                   "system": "text",
         *                   "code": "text",
         *                   "display": "text"
         *                 }
         *               ],
         *               "text": "text"
         *             },
         *             "position": {
         *               "latitude": 3,
         *               "longitude": 3
         *             },
         *             "managingOrganization": {
         *               "reference": "text",
         *               "display": "text",
         *               "identifier": {
         *                 "system": "text",
         *                 "value": "text"
         *               }
         *             },
         *             "partOf": {
         *               "reference": "text",
         *               "display": "text",
         *               "identifier": {
         *                 "system": "text",
         *                 "value": "text"
         *               }
         *             },
         *             "availabilityExceptions": "text"
         *           },
         *           "search": {
         *             "mode": "match"
         *           }
         *         }
         *       ]
         *     }
         */
        FhirLocationBundle: {
            /** @constant */
            resourceType: "Bundle";
            id?: components["schemas"]["FhirId"];
            meta?: {
                lastUpdated: string;
            };
            /** @constant */
            type: "searchset";
            timestamp: string;
            /** Format: int64 */
            total: number;
            link: {
                relation: string;
                url: string;
            }[];
            entry?: {
                fullUrl: string;
                resource: components["schemas"]["FhirLocation"];
                search: {
                    /** @constant */
                    mode: "match";
                };
            }[];
        };
        /**
         * @description Pooled secure-bed capacity as a SANER-style summary MeasureReport: beds by state nationally, stratified by stream and by region; the same figures as GET /v1/capacity (bed counts are not suppressed: they count beds, not children)
         * @example {
         *       "resourceType": "MeasureReport",
         *       "id": "text",
         *       "meta": {
         *         "lastUpdated": "text",
         *         "tag": [
         *           {
         *             "system": "text",
         *             "code": "text",
         *             "display": "text"
         *           }
         *         ]
         *       },
         *       "extension": [
         *         {
         *           "url": "text",
         *           "valueBoolean": false,
         *           "valueCode": "text",
         *           "valueDateTime": "text",
         *           "valueString": "text"
         *         }
         *       ],
         *       "status": "complete",
         *       "type": "summary",
         *       "measure": "text",
         *       "date": "text",
         *       "reporter": {
         *         "reference": "text",
         *         "display": "text",
         *         "identifier": {
         *           "system": "text",
         *           "value": "text"
         *         }
         *       },
         *       "period": {
         *         "start": "text",
         *         "end": "text"
         *       },
         *       "group": [
         *         {
         *           "code": {
         *             "coding": [
         *               {
         *                 "system": "text",
         *                 "code": "text",
         *                 "display": "text"
         *               }
         *             ],
         *             "text": "text"
         *           },
         *           "population": [
         *             {
         *               "code": {
         *                 "coding": [
         *                   {
         *                     "system": "text",
         *                     "code": "text",
         *                     "display": "text"
         *                   }
         *                 ],
         *                 "text": "text"
         *               },
         *               "count": 3
         *             }
         *           ],
         *           "measureScore": {
         *             "value": 3
         *           },
         *           "stratifier": [
         *             {
         *               "code": [
         *                 {
         *                   "coding": [
         *                     {
         *                       "system": "text",
         *                       "code": "text",
         *                       "display": "text"
         *                     }
         *                   ],
         *                   "text": "text"
         *                 }
         *               ],
         *               "stratum": [
         *                 {
         *                   "value": {
         *                     "coding": [
         *                       {
         *                         "system": "text",
         *                         "code": "text",
         *                         "display": "text"
         *                       }
         *                     ],
         *                     "text": "text"
         *                   },
         *                   "population": [
         *                     {
         *                       "code": {
         *                         "coding": [
         *                           {
         *                             "system": "text",
         *                             "code": "text",
         *                             "display": "text"
         *                           }
         *                         ],
         *                         "text": "text"
         *                       },
         *                       "count": 3
         *                     }
         *                   ],
         *                   "measureScore": {
         *                     "value": 3
         *                   }
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        FhirMeasureReport: {
            /** @constant */
            resourceType: "MeasureReport";
            id: components["schemas"]["FhirId"];
            meta?: {
                lastUpdated?: string;
                tag?: {
                    system: string;
                    code: string;
                    display?: string;
                }[];
            };
            extension?: {
                url: string;
                valueBoolean?: boolean;
                valueCode?: string;
                valueDateTime?: string;
                valueString?: string;
            }[];
            /** @constant */
            status: "complete";
            /** @constant */
            type: "summary";
            measure: string;
            date: string;
            reporter?: {
                reference?: string;
                display?: string;
                identifier?: {
                    system: string;
                    value: string;
                };
            };
            period: {
                start: string;
                end: string;
            };
            group: {
                code: {
                    coding: {
                        system: string;
                        code: string;
                        display?: string;
                    }[];
                    text?: string;
                };
                population: {
                    code: {
                        coding: {
                            system: string;
                            code: string;
                            display?: string;
                        }[];
                        text?: string;
                    };
                    /** Format: int64 */
                    count: number;
                }[];
                measureScore?: {
                    value: number;
                };
                stratifier?: {
                    code: {
                        coding: {
                            system: string;
                            code: string;
                            display?: string;
                        }[];
                        text?: string;
                    }[];
                    stratum: {
                        value: {
                            coding: {
                                system: string;
                                code: string;
                                display?: string;
                            }[];
                            text?: string;
                        };
                        population: {
                            code: {
                                coding: {
                                    system: string;
                                    code: string;
                                    display?: string;
                                }[];
                                text?: string;
                            };
                            /** Format: int64 */
                            count: number;
                        }[];
                        measureScore?: {
                            value: number;
                        };
                    }[];
                }[];
            }[];
        };
        /**
         * @description A FHIR searchset Bundle holding the current capacity MeasureReport, or none when `period` excludes now
         * @example {
         *       "resourceType": "Bundle",
         *       "id": "text",
         *       "meta": {
         *         "lastUpdated": "text"
         *       },
         *       "type": "searchset",
         *       "timestamp": "text",
         *       "total": 3,
         *       "link": [
         *         {
         *           "relation": "text",
         *           "url": "text"
         *         }
         *       ],
         *       "entry": [
         *         {
         *           "fullUrl": "text",
         *           "resource": {
         *             "resourceType": "MeasureReport",
         *             "id": "text",
         *             "meta": {
         *               "lastUpdated": "text",
         *               "tag": [
         *                 {
         *                   "system": "text",
         *                   "code": "text",
         *                   "display": "text"
         *                 }
         *               ]
         *             },
         *             "extension": [
         *               {
         *                 "url": "text",
         *                 "valueBoolean": false,
         *                 "valueCode": "text",
         *                 "valueDateTime": "text",
         *                 "valueString": "text"
         *               }
         *             ],
         *             "status": "complete",
         *             "type": "summary",
         *             "measure": "text",
         *             "date": "text",
         *             "reporter": {
         *               "reference": "text",
         *               "display": "text",
         *               "identifier": {
         *                 "system": "text",
         *                 "value": "text"
         *               }
         *             },
         *             "period": {
         *               "start": "text",
         *               "end": "text"
         *             },
         *             "group": [
         *               {
         *                 "code": {
         *                   "coding": [
         *                     {
         *                       "system": "text",
         *                       "code": "text",
         *                       "display": "text"
         *                     }
         *                   ],
         *                   "text": "text"
         *                 },
         *                 "population": [
         *                   {
         *                     "code": {
         *                       "coding": [
         *                         {
         *                           "system": "text",
         *                           "code": "text",
         *                           "display": "text"
         *                         }
         *                       ],
         *                       "text": "text"
         *                     },
         *                     "count": 3
         *                   }
         *                 ],
         *                 "measureScore": {
         *                   "value": 3
         *                 },
         *                 "stratifier": [
         *                   {
         *                     "code": [
         *                       {
         *                         "coding": [
         *                           {
         *                             "system": "text",
         *                             "code": "text",
         *                             "display": "text"
         *                           }
         *                         ],
         *                         "text": "text"
         *                       }
         *                     ],
         *                     "stratum": [
         *                       {
         *                         "value": {
         *                           "coding": [
         *                             {
         *                               "system": "text",
         *                               "code": "text",
         *                               "display": "text"
         *                             }
         *                           ],
         *                           "text": "text"
         *                         },
         *                         "population": [
         *                           {
         *                             "code": {
         *                               "coding": [
         *                                 {
         *                                   "system": "text",
         *                                   "code": "text",
         *                                   "display": "text"
         *                                 }
         *                               ],
         *                               "text": "text"
         *                             },
         *                             "count": 3
         *                           }
         *                         ],
         *                         "measureScore": {
         *                           "value": 3
         *                         }
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           "search": {
         *             "mode": "match"
         *           }
         *         }
         *       ]
         *     }
         */
        FhirMeasureReportBundle: {
            /** @constant */
            resourceType: "Bundle";
            id?: components["schemas"]["FhirId"];
            meta?: {
                lastUpdated: string;
            };
            /** @constant */
            type: "searchset";
            timestamp: string;
            /** Format: int64 */
            total: number;
            link: {
                relation: string;
                url: string;
            }[];
            entry?: {
                fullUrl: string;
                resource: components["schemas"]["FhirMeasureReport"];
                search: {
                    /** @constant */
                    mode: "match";
                };
            }[];
        };
        /**
         * @description A number, or null with suppressed: true (small-number suppression)
         * @example {
         *       "value": 3,
         *       "suppressed": false
         *     }
         */
        Figure: {
            value: number;
            /** @constant */
            suppressed: false;
        } | {
            value: null;
            /** @constant */
            suppressed: true;
        };
        /** @example E08000025 */
        GssLaCode: string;
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @example {
         *       "id": "h-01JH2Q9V5S8C3M4N6P7R8T9W0X",
         *       "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
         *       "unitId": "fx-leeds",
         *       "bedId": "fx-leeds-b03",
         *       "providerId": "fx-provider-a",
         *       "laCode": "E08000025",
         *       "stream": "welfare",
         *       "status": "active",
         *       "expiresAt": "2026-11-26T11:30:00Z",
         *       "createdAt": "2026-11-26T09:30:00Z",
         *       "decidedAt": null,
         *       "declineReason": null,
         *       "declineNote": null,
         *       "placementId": null,
         *       "contractedTo": "MoJ",
         *       "flex": true
         *     }
         */
        Hold: {
            id: components["schemas"]["Id"];
            requestId: components["schemas"]["Id"];
            unitId: components["schemas"]["Id"];
            bedId: components["schemas"]["Id"];
            providerId: components["schemas"]["Id"];
            laCode: components["schemas"]["GssLaCode"];
            stream: components["schemas"]["Stream"];
            status: components["schemas"]["HoldStatus"];
            expiresAt: components["schemas"]["IsoDateTime"];
            createdAt: components["schemas"]["IsoDateTime"];
            decidedAt: components["schemas"]["IsoDateTime"] | null;
            declineReason: components["schemas"]["DeclineReason"] | null;
            /** @description The home’s note with its decline, for the local authority; null when none was given */
            declineNote: string | null;
            placementId: components["schemas"]["Id"] | null;
            /** @description The held bed’s commissioning department; null for a pooled spot bed */
            contractedTo: components["schemas"]["Department"] | null;
            /** @description True when the bed is contracted to another department than the child’s */
            flex: boolean;
        };
        /** @enum {string} */
        HoldStatus: "active" | "accepted" | "declined" | "released" | "expired";
        /**
         * @description One of England's 153 children's services authorities (upper-tier local authorities: ONS GSS codes E06 unitary, E08 metropolitan, E09 London borough, E10 county). Any other code, even one of the right shape, is refused with 400 (field `body.homeLaCode`). The list is this enum.
         * @enum {unknown}
         */
        HomeLaCode: components["schemas"]["GssLaCode"];
        /** @example fx-leeds */
        Id: string;
        /**
         * Format: date
         * @example 2026-11-26
         */
        IsoDate: string;
        /**
         * Format: date-time
         * @example 2026-11-26T09:30:00Z
         */
        IsoDateTime: string;
        /**
         * @example {
         *       "basis": "s25_order",
         *       "from": "2026-11-26T09:30:00Z",
         *       "until": "2026-11-26T09:30:00Z",
         *       "courtHearingAt": "2026-11-26T09:30:00Z"
         *     }
         */
        LegalAuthorityBody: {
            basis: components["schemas"]["LegalBasis"];
            /**
             * Format: date-time
             * @description when the order takes effect
             */
            from: string;
            /** @description when it ends; for s25_72_hour and Mental Health Act sections it defaults to the statutory period; a welfare order may not run more than 6 months */
            until?: string | null;
            /** @description the next court hearing, if one is listed */
            courtHearingAt?: string | null;
        };
        /**
         * @example {
         *       "basis": "s25_order",
         *       "from": "2026-11-26T09:30:00Z",
         *       "until": "2026-11-26T09:30:00Z",
         *       "courtHearingAt": "2026-11-26T09:30:00Z",
         *       "status": "ok"
         *     }
         */
        LegalAuthorityNow: {
            basis: components["schemas"]["LegalBasis"];
            from: components["schemas"]["IsoDateTime"];
            until: components["schemas"]["IsoDateTime"] | null;
            courtHearingAt: components["schemas"]["IsoDateTime"] | null;
            /** @description ok; ending_soon: under 7 days left (under 24 hours for 72-hour authority); lapsed */
            status: components["schemas"]["AuthorityStatus"];
        };
        /** @enum {string} */
        LegalBasis: "s25_order" | "s25_interim_order" | "s25_72_hour" | "remand" | "sentence" | "mha_s2" | "mha_s3" | "mha_s4" | "mha_s35" | "mha_s36" | "mha_s37" | "mha_s38" | "mha_s47" | "mha_s48" | "informal";
        /**
         * @example {
         *       "basis": "s25_order",
         *       "from": "2026-11-26T09:30:00Z",
         *       "until": "2026-11-26T09:30:00Z",
         *       "courtHearingAt": "2026-11-26T09:30:00Z",
         *       "recordedAt": "2026-11-26T09:30:00Z"
         *     }
         */
        LegalOrder: {
            basis: components["schemas"]["LegalBasis"];
            from: components["schemas"]["IsoDateTime"];
            until: components["schemas"]["IsoDateTime"] | null;
            courtHearingAt: components["schemas"]["IsoDateTime"] | null;
            recordedAt: components["schemas"]["IsoDateTime"];
        };
        /**
         * @example {
         *       "lat": 52.48,
         *       "lon": -1.9
         *     }
         */
        Location: {
            lat: number;
            lon: number;
        };
        /**
         * @example {
         *       "unitId": "fx-leeds",
         *       "name": "text",
         *       "providerId": "fx-leeds",
         *       "kind": "secure_childrens_home",
         *       "regionCode": "E12000003",
         *       "location": {
         *         "lat": 52.48,
         *         "lon": -1.9
         *       },
         *       "rank": 3,
         *       "band": 3,
         *       "distanceKm": 3,
         *       "available": 3,
         *       "availability": {},
         *       "flex": false,
         *       "stale": false,
         *       "reasons": [
         *         "text"
         *       ]
         *     }
         */
        Match: {
            unitId: components["schemas"]["Id"];
            name: string;
            providerId: components["schemas"]["Id"];
            kind: components["schemas"]["UnitKind"];
            regionCode: components["schemas"]["UnitRegionCode"];
            location: components["schemas"]["Location"];
            /** Format: int64 */
            rank: number;
            /**
             * Format: int32
             * @description Fit band: 1 when the unit specialises in every one of the child’s needs (or none were given), 2 in some, 3 in none; matches are ranked by band, then by distance within a band
             */
            band: number;
            distanceKm: number;
            /**
             * Format: int64
             * @description Free beds the request’s stream may use now under the pool rules
             */
            available: number;
            /** @description The unit’s availability per stream under the pool rules */
            availability: {
                [key: string]: number;
            };
            /** @description True when only another department’s released beds are free for this child */
            flex: boolean;
            stale: boolean;
            reasons: string[];
        };
        /** @enum {string} */
        Need: "self_harm" | "suicidal_ideation" | "violence" | "absconding" | "criminal_exploitation" | "sexual_exploitation" | "harmful_sexual_behaviour" | "substance_misuse" | "eating_disorder" | "autism" | "learning_disability" | "mental_health" | "physical_health";
        /**
         * @example {
         *       "eligibleStreams": [
         *         "welfare"
         *       ],
         *       "contractedTo": "DfE"
         *     }
         */
        NewBed: {
            eligibleStreams: components["schemas"]["Stream"][];
            /** @default null */
            contractedTo: components["schemas"]["Department"] | null;
        };
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "type": "text",
         *       "entity": "text",
         *       "entityId": "fx-leeds",
         *       "createdAt": "2026-11-26T09:30:00Z"
         *     }
         */
        Notification: {
            id: components["schemas"]["Id"];
            type: string;
            entity: string;
            entityId: components["schemas"]["Id"];
            createdAt: components["schemas"]["IsoDateTime"];
        };
        OdsCode: string;
        OfstedUrn: string;
        /** @example E08000025 */
        Org: string;
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "requestId": "fx-leeds",
         *       "holdId": "fx-leeds",
         *       "referralId": "fx-leeds",
         *       "unitId": "fx-leeds",
         *       "bedId": "fx-leeds",
         *       "providerId": "fx-leeds",
         *       "laCode": "E08000025",
         *       "homeLaCode": "E08000025",
         *       "childRef": "bham-case-20931",
         *       "stream": "welfare",
         *       "regionCode": "E12000003",
         *       "status": "active",
         *       "startedAt": "2026-11-26T09:30:00Z",
         *       "distanceKm": null,
         *       "external": false,
         *       "ageYears": 3,
         *       "sex": "female",
         *       "legalAuthority": {
         *         "basis": "s25_order",
         *         "from": "2026-11-26T09:30:00Z",
         *         "until": "2026-11-26T09:30:00Z",
         *         "courtHearingAt": "2026-11-26T09:30:00Z",
         *         "status": "ok"
         *       },
         *       "legalAuthorityHistory": [
         *         {
         *           "basis": "s25_order",
         *           "from": "2026-11-26T09:30:00Z",
         *           "until": "2026-11-26T09:30:00Z",
         *           "courtHearingAt": "2026-11-26T09:30:00Z",
         *           "recordedAt": "2026-11-26T09:30:00Z"
         *         }
         *       ],
         *       "stepDownReadyFrom": "2026-11-26",
         *       "plannedDestination": "home",
         *       "delayReason": "no_placement_found",
         *       "plannedDischargeOn": "2026-11-26",
         *       "daysReadyButStillHere": 3,
         *       "dischargedAt": "2026-11-26T09:30:00Z",
         *       "dischargedOn": "2026-11-26",
         *       "destination": "home",
         *       "warnings": [
         *         "text"
         *       ]
         *     }
         */
        Placement: {
            id: components["schemas"]["Id"];
            /** @description null for an external placement */
            requestId: components["schemas"]["Id"] | null;
            /** @description null for an external placement or one made by accepting a referral */
            holdId: components["schemas"]["Id"] | null;
            /** @description the referral whose offer was accepted, else null */
            referralId: components["schemas"]["Id"] | null;
            unitId: components["schemas"]["Id"];
            bedId: components["schemas"]["Id"];
            providerId: components["schemas"]["Id"];
            /** @description the placing LA; null for an external placement */
            laCode: components["schemas"]["GssLaCode"] | null;
            homeLaCode: components["schemas"]["GssLaCode"] | null;
            /** @description never given for an external placement */
            childRef: components["schemas"]["ChildRef"] | null;
            stream: components["schemas"]["Stream"];
            regionCode: components["schemas"]["UnitRegionCode"];
            status: components["schemas"]["PlacementStatus"];
            startedAt: components["schemas"]["IsoDateTime"];
            distanceKm: number | null;
            /** @description true: occupancy recorded by the provider or a coordinator, the child placed outside this service */
            external: boolean;
            ageYears: number | null;
            sex: components["schemas"]["Sex"] | null;
            /** @description null only when no legal basis is known (e.g. occupancy recorded from elsewhere) */
            legalAuthority: components["schemas"]["LegalAuthorityNow"] | null;
            /** @description every order recorded, oldest first */
            legalAuthorityHistory: components["schemas"]["LegalOrder"][];
            stepDownReadyFrom: components["schemas"]["IsoDate"] | null;
            plannedDestination: components["schemas"]["Destination"] | null;
            delayReason: components["schemas"]["DelayReason"] | null;
            plannedDischargeOn: components["schemas"]["IsoDate"] | null;
            daysReadyButStillHere: number | null;
            dischargedAt: components["schemas"]["IsoDateTime"] | null;
            dischargedOn: components["schemas"]["IsoDate"] | null;
            destination: components["schemas"]["Destination"] | null;
            warnings: string[];
        };
        /** @enum {string} */
        PlacementStatus: "active" | "discharged";
        /** @example Two children on the unit would not be a safe mix tonight. */
        PlainText: string;
        /**
         * @example {
         *       "rules": [
         *         {
         *           "department": "DfE",
         *           "release": "always",
         *           "afterHours": 3
         *         }
         *       ],
         *       "version": 3,
         *       "updatedAt": "2026-11-26T09:30:00Z"
         *     }
         */
        PoolRules: {
            /** @description One rule per department (default: always) */
            rules: {
                department: components["schemas"]["Department"];
                /**
                 * @description always: lent at once; after_hours: once free for afterHours; never: ring-fenced
                 * @enum {string}
                 */
                release: "always" | "after_hours" | "never";
                /** @description With after_hours (and only then): hours a contracted bed must have been free before it is lent */
                afterHours?: number;
            }[];
            /** Format: int64 */
            version: number;
            updatedAt: components["schemas"]["IsoDateTime"] | null;
        };
        /**
         * @example {
         *       "rules": [
         *         {
         *           "department": "DfE",
         *           "release": "always",
         *           "afterHours": 3
         *         }
         *       ]
         *     }
         */
        PoolRulesBody: {
            rules: {
                department: components["schemas"]["Department"];
                /**
                 * @description always: lent at once; after_hours: once free for afterHours; never: ring-fenced
                 * @enum {string}
                 */
                release: "always" | "after_hours" | "never";
                /** @description With after_hours (and only then): hours a contracted bed must have been free before it is lent */
                afterHours?: number;
            }[];
        };
        /**
         * @example {
         *       "type": "https://secure-beds.example/problems/validation-failed",
         *       "title": "Your request is not valid",
         *       "status": 400,
         *       "detail": "The request is not valid",
         *       "code": "validation_failed",
         *       "errors": [
         *         {
         *           "field": "body.childRef",
         *           "message": "looks like an NHS number: use your pseudonymous case reference"
         *         }
         *       ]
         *     }
         */
        Problem: {
            type: string;
            title: string;
            /** Format: int64 */
            status: number;
            detail: string;
            code: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        /**
         * @example {
         *       "source": "text",
         *       "asOf": "2026-11-26",
         *       "verified": false,
         *       "unverified": [
         *         "name"
         *       ]
         *     }
         */
        Provenance: {
            source: string;
            /** Format: date */
            asOf: string;
            verified: boolean;
            /** @default [] */
            unverified: components["schemas"]["UnitFact"][];
        };
        /**
         * @example {
         *       "source": "text",
         *       "asOf": "2026-11-26",
         *       "verified": false,
         *       "unverified": [
         *         "name"
         *       ]
         *     }
         */
        ProvenanceInput: {
            source: string;
            /** Format: date */
            asOf: string;
            verified: boolean;
            /** @default [] */
            unverified: components["schemas"]["UnitFact"][];
        };
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "requestId": "fx-leeds",
         *       "unitId": "fx-leeds",
         *       "unitName": "text",
         *       "providerId": "fx-leeds",
         *       "laCode": "E08000025",
         *       "stream": "welfare",
         *       "status": "pending",
         *       "respondBy": "2026-11-26T09:30:00Z",
         *       "offerExpiresAt": "2026-11-26T09:30:00Z",
         *       "declineReason": "no_suitable_bed",
         *       "declineNote": null,
         *       "placementId": "fx-leeds",
         *       "ageYears": 3,
         *       "sex": "female",
         *       "legalBasis": "s25_order",
         *       "needs": [
         *         "self_harm"
         *       ],
         *       "profile": {
         *         "currentLocation": "home",
         *         "careStatus": "s20",
         *         "yotInvolved": false,
         *         "ehcp": false,
         *         "camhsInvolved": false,
         *         "riskFlags": [
         *           "self_harm"
         *         ]
         *       },
         *       "createdAt": "2026-11-26T09:30:00Z",
         *       "decidedAt": "2026-11-26T09:30:00Z",
         *       "updatedAt": "2026-11-26T09:30:00Z"
         *     }
         */
        Referral: {
            id: components["schemas"]["Id"];
            requestId: components["schemas"]["Id"];
            unitId: components["schemas"]["Id"];
            unitName: string;
            providerId: components["schemas"]["Id"];
            laCode: components["schemas"]["GssLaCode"];
            stream: components["schemas"]["Stream"];
            status: components["schemas"]["ReferralStatus"];
            respondBy: components["schemas"]["IsoDateTime"];
            offerExpiresAt: components["schemas"]["IsoDateTime"] | null;
            declineReason: components["schemas"]["DeclineReason"] | null;
            declineNote: string | null;
            placementId: components["schemas"]["Id"] | null;
            /** Format: int64 */
            ageYears?: number;
            sex?: components["schemas"]["Sex"];
            legalBasis?: components["schemas"]["LegalBasis"];
            needs?: components["schemas"]["Need"][];
            profile?: components["schemas"]["ReferralProfile"];
            createdAt: components["schemas"]["IsoDateTime"];
            decidedAt: components["schemas"]["IsoDateTime"] | null;
            updatedAt: components["schemas"]["IsoDateTime"];
        };
        /**
         * @example {
         *       "currentLocation": "home",
         *       "careStatus": "s20",
         *       "yotInvolved": false,
         *       "ehcp": false,
         *       "camhsInvolved": false,
         *       "riskFlags": [
         *         "self_harm"
         *       ]
         *     }
         */
        ReferralProfile: {
            currentLocation?: components["schemas"]["CurrentLocation"];
            careStatus?: components["schemas"]["CareStatus"];
            yotInvolved?: boolean;
            ehcp?: boolean;
            camhsInvolved?: boolean;
            riskFlags?: components["schemas"]["Need"][];
        };
        /**
         * @example {
         *       "currentLocation": "home",
         *       "careStatus": "s20",
         *       "yotInvolved": false,
         *       "ehcp": false,
         *       "camhsInvolved": false,
         *       "riskFlags": [
         *         "self_harm"
         *       ]
         *     }
         */
        ReferralProfileInput: {
            currentLocation?: components["schemas"]["CurrentLocation"];
            careStatus?: components["schemas"]["CareStatus"];
            yotInvolved?: boolean;
            ehcp?: boolean;
            camhsInvolved?: boolean;
            riskFlags?: components["schemas"]["Need"][];
        };
        /** @enum {string} */
        ReferralStatus: "pending" | "offered" | "declined" | "accepted" | "withdrawn" | "expired";
        /**
         * @example {
         *       "reviewed": false
         *     }
         */
        RefreshBody: {
            reviewed?: boolean;
        };
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "laCode": "E08000025",
         *       "childRef": "bham-case-20931",
         *       "ageYears": 3,
         *       "sex": "female",
         *       "stream": "welfare",
         *       "legalBasis": "s25_order",
         *       "needs": [
         *         "self_harm"
         *       ],
         *       "homeLaCode": "E08000025",
         *       "neededBy": "text",
         *       "legalAuthorityEndsOn": "2026-11-26",
         *       "status": "open",
         *       "unmet": false,
         *       "activeHoldId": "fx-leeds",
         *       "placementId": "fx-leeds",
         *       "attempts": 3,
         *       "profile": {
         *         "currentLocation": "home",
         *         "careStatus": "s20",
         *         "yotInvolved": false,
         *         "ehcp": false,
         *         "camhsInvolved": false,
         *         "riskFlags": [
         *           "self_harm"
         *         ]
         *       },
         *       "sosApprovalRef": "text",
         *       "refreshDueAt": "2026-11-26T09:30:00Z",
         *       "reviewDueAt": "2026-11-26T09:30:00Z",
         *       "outcome": "placed_secure_elsewhere",
         *       "outcomeNote": null,
         *       "createdAt": "2026-11-26T09:30:00Z",
         *       "updatedAt": "2026-11-26T09:30:00Z"
         *     }
         */
        Request: {
            id: components["schemas"]["Id"];
            laCode: components["schemas"]["GssLaCode"];
            childRef: components["schemas"]["ChildRef"];
            /** Format: int64 */
            ageYears: number;
            sex: components["schemas"]["Sex"];
            stream: components["schemas"]["Stream"];
            legalBasis: components["schemas"]["LegalBasis"];
            needs: components["schemas"]["Need"][];
            homeLaCode: components["schemas"]["GssLaCode"];
            neededBy: string;
            legalAuthorityEndsOn: components["schemas"]["IsoDate"] | null;
            status: components["schemas"]["RequestStatus"];
            unmet: boolean;
            activeHoldId: components["schemas"]["Id"] | null;
            placementId: components["schemas"]["Id"] | null;
            /** Format: int64 */
            attempts: number;
            profile: components["schemas"]["ReferralProfile"];
            sosApprovalRef: components["schemas"]["SosApprovalRef"] | null;
            refreshDueAt: components["schemas"]["IsoDateTime"];
            reviewDueAt: components["schemas"]["IsoDateTime"];
            outcome: components["schemas"]["WithdrawOutcome"] | null;
            outcomeNote: string | null;
            createdAt: components["schemas"]["IsoDateTime"];
            updatedAt: components["schemas"]["IsoDateTime"];
        };
        /** @enum {string} */
        RequestStatus: "open" | "placed" | "withdrawn" | "lapsed";
        /** @enum {string} */
        Role: "la" | "provider" | "coordinator" | "commissioner";
        /** @enum {string} */
        Sex: "female" | "male";
        /** @example 2026-11-26T09:30:00Z */
        Since: components["schemas"]["IsoDateTime"] | components["schemas"]["IsoDate"];
        SosApprovalRef: string;
        StatusReason: string;
        /**
         * @example {
         *       "readyFrom": "2026-11-26",
         *       "plannedDestination": "home",
         *       "delayReason": "no_placement_found",
         *       "plannedDischargeOn": "2026-11-26"
         *     }
         */
        StepDownBody: {
            /** @description the day the child no longer needed secure care; not before the placement started */
            readyFrom: components["schemas"]["IsoDate"];
            plannedDestination: components["schemas"]["Destination"];
            /** @description why the child cannot leave yet */
            delayReason?: components["schemas"]["DelayReason"];
            /** @description the day the child is planned to leave; not before readyFrom */
            plannedDischargeOn?: components["schemas"]["IsoDate"];
        };
        /** @enum {string} */
        Stream: "welfare" | "justice" | "mental_health";
        /**
         * @example {
         *       "token": "text"
         *     }
         */
        Token: {
            token: string;
        };
        /**
         * @example {
         *       "role": "la",
         *       "org": "E08000025"
         *     }
         */
        TokenBody: {
            role: components["schemas"]["Role"];
            org: components["schemas"]["Org"];
        };
        /**
         * @example {
         *       "id": "fx-leeds",
         *       "name": "text",
         *       "providerId": "fx-leeds",
         *       "providerName": "text",
         *       "kind": "secure_childrens_home",
         *       "streams": [
         *         "welfare"
         *       ],
         *       "laCode": "E08000035",
         *       "regionCode": "E12000003",
         *       "location": {
         *         "lat": 52.48,
         *         "lon": -1.9
         *       },
         *       "ofstedUrn": null,
         *       "odsCode": null,
         *       "ageRange": {
         *         "min": 3,
         *         "max": 3
         *       },
         *       "sexes": [
         *         "female"
         *       ],
         *       "specialisms": [
         *         "self_harm"
         *       ],
         *       "capacity": 3,
         *       "availability": {},
         *       "freeBeds": 3,
         *       "lastConfirmedAt": "2026-11-26T09:30:00Z",
         *       "stale": false,
         *       "illustrative": false,
         *       "wardType": "general_adolescent",
         *       "status": "open",
         *       "statusReason": null,
         *       "statusSince": "2026-11-26T09:30:00Z",
         *       "provenance": {
         *         "source": "text",
         *         "asOf": "2026-11-26",
         *         "verified": false,
         *         "unverified": [
         *           "name"
         *         ]
         *       },
         *       "dutyContact": {
         *         "phone": "0113 496 0000",
         *         "email": "duty@fixture-home.example",
         *         "hours": "24 hours, every day"
         *       },
         *       "version": 3,
         *       "etag": "text"
         *     }
         */
        Unit: {
            id: components["schemas"]["Id"];
            name: string;
            providerId: components["schemas"]["Id"];
            providerName: string;
            kind: components["schemas"]["UnitKind"];
            streams: components["schemas"]["Stream"][];
            laCode: components["schemas"]["UnitLaCode"];
            regionCode: components["schemas"]["UnitRegionCode"];
            location: components["schemas"]["Location"];
            ofstedUrn: string | null;
            odsCode: string | null;
            ageRange: {
                /** Format: int64 */
                min: number;
                /** Format: int64 */
                max: number;
            };
            sexes: components["schemas"]["Sex"][];
            specialisms: components["schemas"]["Need"][];
            /** Format: int64 */
            capacity: number;
            /** @description Per stream: free beds a child of that stream could be given now under the pool rules (a bed may count in several) */
            availability: {
                [key: string]: number;
            };
            /**
             * Format: int64
             * @description Free beds, each counted once
             */
            freeBeds: number;
            lastConfirmedAt: components["schemas"]["IsoDateTime"] | null;
            stale: boolean;
            illustrative: boolean;
            wardType: components["schemas"]["WardType"] | null;
            status: components["schemas"]["UnitStatus"];
            statusReason: string | null;
            statusSince: components["schemas"]["IsoDateTime"] | null;
            provenance: components["schemas"]["Provenance"];
            dutyContact: components["schemas"]["DutyContact"] | null;
            /** Format: int64 */
            version: number;
            etag: string;
        };
        /** @enum {string} */
        UnitFact: "name" | "location" | "ageRange" | "sexes" | "specialisms" | "capacity" | "wardType" | "status" | "codes";
        /** @enum {string} */
        UnitKind: "secure_childrens_home" | "secure_training_centre" | "young_offender_institution" | "secure_school" | "cypmhs_inpatient";
        /** @example E08000035 */
        UnitLaCode: string;
        /** @example E08000035 */
        UnitLaCodeInput: string;
        /**
         * @example {
         *       "status": "paused",
         *       "statusReason": "Two staff off sick: no admissions until Friday"
         *     }
         */
        UnitPatchBody: {
            name?: string;
            providerName?: string;
            laCode?: components["schemas"]["UnitLaCodeInput"];
            regionCode?: components["schemas"]["UnitRegionCodeInput"];
            location?: components["schemas"]["Location"];
            ofstedUrn?: components["schemas"]["OfstedUrn"] | null;
            odsCode?: components["schemas"]["OdsCode"] | null;
            wardType?: components["schemas"]["WardType"] | null;
            status?: components["schemas"]["UnitStatus"];
            statusReason?: components["schemas"]["StatusReason"] | null;
            statusSince?: components["schemas"]["Since"];
            ageRange?: components["schemas"]["AgeRange"];
            sexes?: components["schemas"]["Sex"][];
            specialisms?: components["schemas"]["Need"][];
            provenance?: components["schemas"]["ProvenanceInput"];
            dutyContact?: components["schemas"]["DutyContactInput"] | null;
        };
        /** @example E12000003 */
        UnitRegionCode: string;
        /** @example E12000003 */
        UnitRegionCodeInput: string;
        /** @enum {string} */
        UnitStatus: "open" | "paused" | "closed";
        /**
         * @example {
         *       "generatedAt": "2026-11-26T09:30:00Z",
         *       "from": "2026-11-26",
         *       "to": "2026-11-26",
         *       "nights": 3,
         *       "pooledPlaces": 3,
         *       "sharesIllustrative": false,
         *       "national": {
         *         "placements": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "bedNights": {
         *           "value": 3,
         *           "suppressed": false
         *         },
         *         "agreedBedNights": 3,
         *         "usedOfAgreed": {
         *           "value": 3,
         *           "suppressed": false
         *         }
         *       },
         *       "byDepartment": [
         *         {
         *           "department": "DfE",
         *           "stream": "welfare",
         *           "contractedBeds": 3,
         *           "share": 1,
         *           "agreedBedNights": 3,
         *           "placements": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "bedNights": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "usedOfAgreed": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "flexBedNights": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "lentBedNights": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         }
         *       ],
         *       "byRegion": [
         *         {
         *           "regionCode": "text",
         *           "regionName": "text",
         *           "placements": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "bedNights": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         }
         *       ],
         *       "byDepartmentAndRegion": [
         *         {
         *           "department": "DfE",
         *           "stream": "welfare",
         *           "regionCode": "text",
         *           "regionName": "text",
         *           "placements": {
         *             "value": 3,
         *             "suppressed": false
         *           },
         *           "bedNights": {
         *             "value": 3,
         *             "suppressed": false
         *           }
         *         }
         *       ]
         *     }
         */
        Usage: {
            generatedAt: components["schemas"]["IsoDateTime"];
            from: components["schemas"]["IsoDate"];
            to: components["schemas"]["IsoDate"];
            /** Format: int64 */
            nights: number;
            /**
             * Format: int64
             * @description Total beds of every unit, from the capacity counters
             */
            pooledPlaces: number;
            /** @description True while the contracts behind the shares are illustrative (the 2016 YCS split; tier 4 invented) */
            sharesIllustrative: boolean;
            national: {
                placements: components["schemas"]["Figure"];
                bedNights: components["schemas"]["Figure"];
                agreedBedNights: number;
                /** @description bed-nights used ÷ agreed (1 = exactly the agreed share) */
                usedOfAgreed: components["schemas"]["Figure"];
            };
            byDepartment: {
                department: components["schemas"]["Department"];
                stream: components["schemas"]["Stream"];
                /**
                 * Format: int64
                 * @description Beds contracted to the department in the pool
                 */
                contractedBeds: number;
                /** @description contractedBeds ÷ pooled places */
                share: number;
                /** @description share × pooled places × nights */
                agreedBedNights: number;
                placements: components["schemas"]["Figure"];
                bedNights: components["schemas"]["Figure"];
                usedOfAgreed: components["schemas"]["Figure"];
                /** @description Nights its children spent in beds contracted to another department */
                flexBedNights: components["schemas"]["Figure"];
                /** @description Nights its contracted beds served other departments’ children */
                lentBedNights: components["schemas"]["Figure"];
            }[];
            byRegion: {
                regionCode: string;
                regionName: string;
                placements: components["schemas"]["Figure"];
                bedNights: components["schemas"]["Figure"];
            }[];
            byDepartmentAndRegion: {
                department: components["schemas"]["Department"];
                stream: components["schemas"]["Stream"];
                regionCode: string;
                regionName: string;
                placements: components["schemas"]["Figure"];
                bedNights: components["schemas"]["Figure"];
            }[];
        };
        /** @enum {string} */
        WardType: "general_adolescent" | "picu" | "low_secure" | "medium_secure" | "eating_disorder" | "learning_disability";
        /**
         * @example {
         *       "outcome": "placed_secure_elsewhere",
         *       "note": "Two children on the unit would not be a safe mix tonight."
         *     }
         */
        WithdrawBody: {
            outcome: components["schemas"]["WithdrawOutcome"];
            note?: components["schemas"]["PlainText"];
        };
        /** @enum {string} */
        WithdrawOutcome: "placed_secure_elsewhere" | "dol_order_unregistered" | "dol_order_registered" | "tier4_ward" | "adult_mental_health_ward" | "remained_in_placement" | "no_longer_needed" | "other";
    };
    responses: {
        /** @description `forbidden`: You cannot do this */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/forbidden",
                 *       "title": "You cannot do this",
                 *       "status": 403,
                 *       "detail": "You cannot do this",
                 *       "code": "forbidden"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 403;
                    /** @enum {unknown} */
                    code?: "forbidden";
                };
            };
        };
        /** @description `idempotency_in_progress`: A request with this Idempotency-Key is still running */
        IdempotencyInProgress: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                /** @description With `idempotency_in_progress` only: seconds to wait before retrying with the same key. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/idempotency-in-progress",
                 *       "title": "A request with this Idempotency-Key is still running",
                 *       "status": 409,
                 *       "detail": "A request with this Idempotency-Key is still running",
                 *       "code": "idempotency_in_progress"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "idempotency_in_progress";
                };
            };
        };
        /** @description `idempotency_in_progress`: A request with this Idempotency-Key is still running; `invalid_transition`: Not allowed in this state */
        IdempotencyInProgressOrInvalidTransition: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                /** @description With `idempotency_in_progress` only: seconds to wait before retrying with the same key. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/idempotency-in-progress",
                 *       "title": "A request with this Idempotency-Key is still running",
                 *       "status": 409,
                 *       "detail": "A request with this Idempotency-Key is still running",
                 *       "code": "idempotency_in_progress"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "idempotency_in_progress" | "invalid_transition";
                };
            };
        };
        /** @description `idempotency_in_progress`: A request with this Idempotency-Key is still running; `invalid_transition`: Not allowed in this state; `no_bed_available`: No bed available */
        IdempotencyInProgressOrInvalidTransitionOrNoBedAvailable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                /** @description With `idempotency_in_progress` only: seconds to wait before retrying with the same key. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/idempotency-in-progress",
                 *       "title": "A request with this Idempotency-Key is still running",
                 *       "status": 409,
                 *       "detail": "A request with this Idempotency-Key is still running",
                 *       "code": "idempotency_in_progress"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "idempotency_in_progress" | "invalid_transition" | "no_bed_available";
                };
            };
        };
        /** @description `idempotency_in_progress`: A request with this Idempotency-Key is still running; `no_bed_available`: No bed available; `hold_exists`: The request already has an active hold; `invalid_transition`: Not allowed in this state */
        IdempotencyInProgressOrNoBedAvailableOrHoldExistsOrInvalidTransition: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                /** @description With `idempotency_in_progress` only: seconds to wait before retrying with the same key. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/idempotency-in-progress",
                 *       "title": "A request with this Idempotency-Key is still running",
                 *       "status": 409,
                 *       "detail": "A request with this Idempotency-Key is still running",
                 *       "code": "idempotency_in_progress"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "idempotency_in_progress" | "no_bed_available" | "hold_exists" | "invalid_transition";
                };
            };
        };
        /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
        IdempotencyKeyReused: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/idempotency-key-reused",
                 *       "title": "Idempotency-Key reused with a different request",
                 *       "status": 422,
                 *       "detail": "Idempotency-Key reused with a different request",
                 *       "code": "idempotency_key_reused"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 422;
                    /** @enum {unknown} */
                    code?: "idempotency_key_reused";
                };
            };
        };
        /** @description `internal`: Something went wrong */
        Internal: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/internal",
                 *       "title": "Something went wrong",
                 *       "status": 500,
                 *       "detail": "Something went wrong",
                 *       "code": "internal"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 500;
                    /** @enum {unknown} */
                    code?: "internal";
                };
            };
        };
        /** @description `invalid_transition`: Not allowed in this state */
        InvalidTransition: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/invalid-transition",
                 *       "title": "Not allowed in this state",
                 *       "status": 409,
                 *       "detail": "Not allowed in this state",
                 *       "code": "invalid_transition"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "invalid_transition";
                };
            };
        };
        /** @description `invalid_transition`: Not allowed in this state; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
        InvalidTransitionOrIdempotencyInProgress: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                /** @description With `idempotency_in_progress` only: seconds to wait before retrying with the same key. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/invalid-transition",
                 *       "title": "Not allowed in this state",
                 *       "status": 409,
                 *       "detail": "Not allowed in this state",
                 *       "code": "invalid_transition"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "invalid_transition" | "idempotency_in_progress";
                };
            };
        };
        /** @description `invalid_transition`: Not allowed in this state; `idempotency_in_progress`: A request with this Idempotency-Key is still running; `no_bed_available`: No bed available */
        InvalidTransitionOrIdempotencyInProgressOrNoBedAvailable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                /** @description With `idempotency_in_progress` only: seconds to wait before retrying with the same key. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/invalid-transition",
                 *       "title": "Not allowed in this state",
                 *       "status": 409,
                 *       "detail": "Not allowed in this state",
                 *       "code": "invalid_transition"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "invalid_transition" | "idempotency_in_progress" | "no_bed_available";
                };
            };
        };
        /** @description `invalid_transition`: Not allowed in this state; `idempotency_in_progress`: A request with this Idempotency-Key is still running; `no_bed_available`: No bed available; `hold_exists`: The request already has an active hold */
        InvalidTransitionOrIdempotencyInProgressOrNoBedAvailableOrHoldExists: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                /** @description With `idempotency_in_progress` only: seconds to wait before retrying with the same key. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/invalid-transition",
                 *       "title": "Not allowed in this state",
                 *       "status": 409,
                 *       "detail": "Not allowed in this state",
                 *       "code": "invalid_transition"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "invalid_transition" | "idempotency_in_progress" | "no_bed_available" | "hold_exists";
                };
            };
        };
        /** @description `method_not_allowed`: this path does not take that method; `Allow` lists those it takes */
        MethodNotAllowed: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: Not found */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "Not found",
                 *       "code": "not_found"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 404;
                    /** @enum {unknown} */
                    code?: "not_found";
                };
            };
        };
        /** @description `payload_too_large`: Request too large */
        PayloadTooLarge: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/payload-too-large",
                 *       "title": "Request too large",
                 *       "status": 413,
                 *       "detail": "Request too large",
                 *       "code": "payload_too_large"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 413;
                    /** @enum {unknown} */
                    code?: "payload_too_large";
                };
            };
        };
        /** @description `precondition_required`: A precondition header is required */
        PreconditionRequired: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/precondition-required",
                 *       "title": "A precondition header is required",
                 *       "status": 428,
                 *       "detail": "A precondition header is required",
                 *       "code": "precondition_required"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 428;
                    /** @enum {unknown} */
                    code?: "precondition_required";
                };
            };
        };
        /** @description `rate_limited`: Too many requests */
        RateLimited: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Too many requests",
                 *       "code": "rate_limited"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 429;
                    /** @enum {unknown} */
                    code?: "rate_limited";
                };
            };
        };
        /** @description `unauthenticated`: You are not signed in */
        Unauthenticated: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/unauthenticated",
                 *       "title": "You are not signed in",
                 *       "status": 401,
                 *       "detail": "You are not signed in",
                 *       "code": "unauthenticated"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 401;
                    /** @enum {unknown} */
                    code?: "unauthenticated";
                };
            };
        };
        /** @description `unavailable`: Service unavailable */
        Unavailable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "Service unavailable",
                 *       "code": "unavailable"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 503;
                    /** @enum {unknown} */
                    code?: "unavailable";
                };
            };
        };
        /** @description `unsupported_media_type`: Unsupported media type */
        UnsupportedMediaType: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "Unsupported media type",
                 *       "code": "unsupported_media_type"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 415;
                    /** @enum {unknown} */
                    code?: "unsupported_media_type";
                };
            };
        };
        /** @description `validation_failed`: Your request is not valid */
        ValidationFailed: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/validation-failed",
                 *       "title": "Your request is not valid",
                 *       "status": 400,
                 *       "detail": "Your request is not valid",
                 *       "code": "validation_failed"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 400;
                    /** @enum {unknown} */
                    code?: "validation_failed";
                };
            };
        };
        /** @description `version_mismatch`: The record has changed */
        VersionMismatch: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://secure-beds.example/problems/version-mismatch",
                 *       "title": "The record has changed",
                 *       "status": 412,
                 *       "detail": "The record has changed",
                 *       "code": "version_mismatch"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 412;
                    /** @enum {unknown} */
                    code?: "version_mismatch";
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The id of this request in our logs. Quote it when you report a problem; send your own `x-request-id` to correlate (deployed, API Gateway assigns it). */
        RequestId: string;
        /** @description Seconds to wait before retrying. On 429, 503 and 409 `idempotency_in_progress`: retry the SAME request with the SAME `Idempotency-Key`, after at least this long. */
        RetryAfter: number;
        /** @description The path of the record this call created (e.g. `/v1/holds/h-123`). */
        Location: string;
        /** @description The strong entity tag of the record now (`"7"`). Send it back as `If-Match` on the next change; weak tags (`W/"7"`) never match. */
        ETag: string;
        /** @description The methods this path takes. */
        Allow: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness: 200 once the store answers, 503 within 3 s when it does not */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Audit: {
        parameters: {
            query: {
                entity: components["schemas"]["Id"];
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An entity's audit trail, oldest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "entity": "fx-leeds",
                     *           "entityType": "text",
                     *           "action": "text",
                     *           "actor": {
                     *             "role": "la",
                     *             "org": "text",
                     *             "sub": "text"
                     *           },
                     *           "at": "2026-11-26T09:30:00Z",
                     *           "before": {},
                     *           "after": {}
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postLocalToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "la",
                 *       "org": "E08000025"
                 *     }
                 */
                "application/json": components["schemas"]["TokenBody"];
            };
        };
        responses: {
            /** @description Local only: mint a token for a role and org, signed with a key made at start */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Units: {
        parameters: {
            query?: {
                stream?: components["schemas"]["Stream"];
                region?: components["schemas"]["UnitRegionCodeInput"];
                available?: "true" | "false";
                status?: components["schemas"]["UnitStatus"];
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The national register with live availability and freshness */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "name": "text",
                     *           "providerId": "fx-leeds",
                     *           "providerName": "text",
                     *           "kind": "secure_childrens_home",
                     *           "streams": [
                     *             "welfare"
                     *           ],
                     *           "laCode": "E08000035",
                     *           "regionCode": "E12000003",
                     *           "location": {
                     *             "lat": 52.48,
                     *             "lon": -1.9
                     *           },
                     *           "ofstedUrn": null,
                     *           "odsCode": null,
                     *           "ageRange": {
                     *             "min": 3,
                     *             "max": 3
                     *           },
                     *           "sexes": [
                     *             "female"
                     *           ],
                     *           "specialisms": [
                     *             "self_harm"
                     *           ],
                     *           "capacity": 3,
                     *           "availability": {},
                     *           "freeBeds": 3,
                     *           "lastConfirmedAt": "2026-11-26T09:30:00Z",
                     *           "stale": false,
                     *           "illustrative": false,
                     *           "wardType": "general_adolescent",
                     *           "status": "open",
                     *           "statusReason": null,
                     *           "statusSince": "2026-11-26T09:30:00Z",
                     *           "provenance": {
                     *             "source": "text",
                     *             "asOf": "2026-11-26",
                     *             "verified": false,
                     *             "unverified": [
                     *               "name"
                     *             ]
                     *           },
                     *           "dutyContact": {
                     *             "phone": "0113 496 0000",
                     *             "email": "duty@fixture-home.example",
                     *             "hours": "24 hours, every day"
                     *           },
                     *           "version": 3,
                     *           "etag": "text"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Unit"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1Units: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (428 without it). A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "fx-leeds",
                 *       "name": "text",
                 *       "providerId": "fx-leeds",
                 *       "providerName": "text",
                 *       "kind": "secure_childrens_home",
                 *       "wardType": "general_adolescent",
                 *       "laCode": "E08000035",
                 *       "regionCode": "E12000003",
                 *       "location": {
                 *         "lat": 52.48,
                 *         "lon": -1.9
                 *       },
                 *       "ofstedUrn": null,
                 *       "odsCode": null,
                 *       "ageRange": {
                 *         "min": 8,
                 *         "max": 8
                 *       },
                 *       "sexes": [
                 *         "female"
                 *       ],
                 *       "specialisms": [
                 *         "self_harm"
                 *       ],
                 *       "status": "open",
                 *       "statusReason": "text",
                 *       "statusSince": "2026-11-26T09:30:00Z",
                 *       "provenance": {
                 *         "source": "text",
                 *         "asOf": "2026-11-26",
                 *         "verified": false,
                 *         "unverified": [
                 *           "name"
                 *         ]
                 *       },
                 *       "dutyContact": {
                 *         "phone": "0113 496 0000",
                 *         "email": "duty@fixture-home.example",
                 *         "hours": "24 hours, every day"
                 *       },
                 *       "illustrative": false,
                 *       "beds": [
                 *         {
                 *           "eligibleStreams": [
                 *             "welfare"
                 *           ],
                 *           "contractedTo": "DfE"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateUnitBody"];
            };
        };
        responses: {
            /** @description Add a unit to the register with its beds (each free, with the streams it may serve and who commissions it); audited */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "name": "text",
                     *       "providerId": "fx-leeds",
                     *       "providerName": "text",
                     *       "kind": "secure_childrens_home",
                     *       "streams": [
                     *         "welfare"
                     *       ],
                     *       "laCode": "E08000035",
                     *       "regionCode": "E12000003",
                     *       "location": {
                     *         "lat": 52.48,
                     *         "lon": -1.9
                     *       },
                     *       "ofstedUrn": null,
                     *       "odsCode": null,
                     *       "ageRange": {
                     *         "min": 3,
                     *         "max": 3
                     *       },
                     *       "sexes": [
                     *         "female"
                     *       ],
                     *       "specialisms": [
                     *         "self_harm"
                     *       ],
                     *       "capacity": 3,
                     *       "availability": {},
                     *       "freeBeds": 3,
                     *       "lastConfirmedAt": "2026-11-26T09:30:00Z",
                     *       "stale": false,
                     *       "illustrative": false,
                     *       "wardType": "general_adolescent",
                     *       "status": "open",
                     *       "statusReason": null,
                     *       "statusSince": "2026-11-26T09:30:00Z",
                     *       "provenance": {
                     *         "source": "text",
                     *         "asOf": "2026-11-26",
                     *         "verified": false,
                     *         "unverified": [
                     *           "name"
                     *         ]
                     *       },
                     *       "dutyContact": {
                     *         "phone": "0113 496 0000",
                     *         "email": "duty@fixture-home.example",
                     *         "hours": "24 hours, every day"
                     *       },
                     *       "version": 3,
                     *       "etag": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInProgressOrInvalidTransition"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1UnitsByUnitId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One unit of the register */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "name": "text",
                     *       "providerId": "fx-leeds",
                     *       "providerName": "text",
                     *       "kind": "secure_childrens_home",
                     *       "streams": [
                     *         "welfare"
                     *       ],
                     *       "laCode": "E08000035",
                     *       "regionCode": "E12000003",
                     *       "location": {
                     *         "lat": 52.48,
                     *         "lon": -1.9
                     *       },
                     *       "ofstedUrn": null,
                     *       "odsCode": null,
                     *       "ageRange": {
                     *         "min": 3,
                     *         "max": 3
                     *       },
                     *       "sexes": [
                     *         "female"
                     *       ],
                     *       "specialisms": [
                     *         "self_harm"
                     *       ],
                     *       "capacity": 3,
                     *       "availability": {},
                     *       "freeBeds": 3,
                     *       "lastConfirmedAt": "2026-11-26T09:30:00Z",
                     *       "stale": false,
                     *       "illustrative": false,
                     *       "wardType": "general_adolescent",
                     *       "status": "open",
                     *       "statusReason": null,
                     *       "statusSince": "2026-11-26T09:30:00Z",
                     *       "provenance": {
                     *         "source": "text",
                     *         "asOf": "2026-11-26",
                     *         "verified": false,
                     *         "unverified": [
                     *           "name"
                     *         ]
                     *       },
                     *       "dutyContact": {
                     *         "phone": "0113 496 0000",
                     *         "email": "duty@fixture-home.example",
                     *         "hours": "24 hours, every day"
                     *       },
                     *       "version": 3,
                     *       "etag": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    patchV1UnitsByUnitId: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's current strong ETag, from its last read or change. */
                "If-Match": string;
            };
            path: {
                unitId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "paused",
                 *       "statusReason": "Two staff off sick: no admissions until Friday"
                 *     }
                 */
                "application/json": components["schemas"]["UnitPatchBody"];
            };
        };
        responses: {
            /** @description Correct a unit's facts, status, provenance or duty contact (If-Match: the unit's ETag); a provider may change only its own units' dutyContact */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "name": "text",
                     *       "providerId": "fx-leeds",
                     *       "providerName": "text",
                     *       "kind": "secure_childrens_home",
                     *       "streams": [
                     *         "welfare"
                     *       ],
                     *       "laCode": "E08000035",
                     *       "regionCode": "E12000003",
                     *       "location": {
                     *         "lat": 52.48,
                     *         "lon": -1.9
                     *       },
                     *       "ofstedUrn": null,
                     *       "odsCode": null,
                     *       "ageRange": {
                     *         "min": 3,
                     *         "max": 3
                     *       },
                     *       "sexes": [
                     *         "female"
                     *       ],
                     *       "specialisms": [
                     *         "self_harm"
                     *       ],
                     *       "capacity": 3,
                     *       "availability": {},
                     *       "freeBeds": 3,
                     *       "lastConfirmedAt": "2026-11-26T09:30:00Z",
                     *       "stale": false,
                     *       "illustrative": false,
                     *       "wardType": "general_adolescent",
                     *       "status": "open",
                     *       "statusReason": null,
                     *       "statusSince": "2026-11-26T09:30:00Z",
                     *       "provenance": {
                     *         "source": "text",
                     *         "asOf": "2026-11-26",
                     *         "verified": false,
                     *         "unverified": [
                     *           "name"
                     *         ]
                     *       },
                     *       "dutyContact": {
                     *         "phone": "0113 496 0000",
                     *         "email": "duty@fixture-home.example",
                     *         "hours": "24 hours, every day"
                     *       },
                     *       "version": 3,
                     *       "etag": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransition"];
            412: components["responses"]["VersionMismatch"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1UnitsByUnitIdBeds: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                unitId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A unit's beds, each with its ETag, a page at a time (by bed id) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "unitId": "fx-leeds",
                     *           "eligibleStreams": [
                     *             "welfare"
                     *           ],
                     *           "contractedTo": "DfE",
                     *           "state": "available",
                     *           "servingStream": "welfare",
                     *           "reason": "staffing",
                     *           "version": 3,
                     *           "etag": "text",
                     *           "updatedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Bed"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    putV1UnitsByUnitIdBeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "beds": [
                 *         {
                 *           "id": "fx-leeds",
                 *           "etag": "text",
                 *           "state": "available",
                 *           "reason": "staffing"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BulkBedUpdateBody"];
            };
        };
        responses: {
            /** @description Change several beds at once: all or nothing, each with its ETag */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "unitId": "fx-leeds",
                     *           "eligibleStreams": [
                     *             "welfare"
                     *           ],
                     *           "contractedTo": "DfE",
                     *           "state": "available",
                     *           "servingStream": "welfare",
                     *           "reason": "staffing",
                     *           "version": 3,
                     *           "etag": "text",
                     *           "updatedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Bed"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransition"];
            412: components["responses"]["VersionMismatch"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    putV1UnitsByUnitIdBedsByBedId: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's current strong ETag, from its last read or change. */
                "If-Match": string;
            };
            path: {
                unitId: components["schemas"]["Id"];
                bedId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": "closed",
                 *       "reason": "staffing"
                 *     }
                 */
                "application/json": components["schemas"]["BedUpdateBody"];
            };
        };
        responses: {
            /** @description Set a bed available or closed (If-Match required) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "eligibleStreams": [
                     *         "welfare"
                     *       ],
                     *       "contractedTo": "DfE",
                     *       "state": "available",
                     *       "servingStream": "welfare",
                     *       "reason": "staffing",
                     *       "version": 3,
                     *       "etag": "text",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Bed"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransition"];
            412: components["responses"]["VersionMismatch"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1PoolRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The departments’ pool rules: whether each lends its free contracted beds to the others’ children */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rules": [
                     *         {
                     *           "department": "DfE",
                     *           "release": "always",
                     *           "afterHours": 3
                     *         }
                     *       ],
                     *       "version": 3,
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PoolRules"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    putV1PoolRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rules": [
                 *         {
                 *           "department": "DfE",
                 *           "release": "always",
                 *           "afterHours": 3
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PoolRulesBody"];
            };
        };
        responses: {
            /** @description Set departments’ pool rules (always, after_hours with afterHours, or never); audited */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rules": [
                     *         {
                     *           "department": "DfE",
                     *           "release": "always",
                     *           "afterHours": 3
                     *         }
                     *       ],
                     *       "version": 3,
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PoolRules"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1UnitsByUnitIdConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                unitId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description "Nothing has changed": stamps lastConfirmedAt */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "name": "text",
                     *       "providerId": "fx-leeds",
                     *       "providerName": "text",
                     *       "kind": "secure_childrens_home",
                     *       "streams": [
                     *         "welfare"
                     *       ],
                     *       "laCode": "E08000035",
                     *       "regionCode": "E12000003",
                     *       "location": {
                     *         "lat": 52.48,
                     *         "lon": -1.9
                     *       },
                     *       "ofstedUrn": null,
                     *       "odsCode": null,
                     *       "ageRange": {
                     *         "min": 3,
                     *         "max": 3
                     *       },
                     *       "sexes": [
                     *         "female"
                     *       ],
                     *       "specialisms": [
                     *         "self_harm"
                     *       ],
                     *       "capacity": 3,
                     *       "availability": {},
                     *       "freeBeds": 3,
                     *       "lastConfirmedAt": "2026-11-26T09:30:00Z",
                     *       "stale": false,
                     *       "illustrative": false,
                     *       "wardType": "general_adolescent",
                     *       "status": "open",
                     *       "statusReason": null,
                     *       "statusSince": "2026-11-26T09:30:00Z",
                     *       "provenance": {
                     *         "source": "text",
                     *         "asOf": "2026-11-26",
                     *         "verified": false,
                     *         "unverified": [
                     *           "name"
                     *         ]
                     *       },
                     *       "dutyContact": {
                     *         "phone": "0113 496 0000",
                     *         "email": "duty@fixture-home.example",
                     *         "hours": "24 hours, every day"
                     *       },
                     *       "version": 3,
                     *       "etag": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Requests: {
        parameters: {
            query?: {
                status?: components["schemas"]["RequestStatus"];
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organisation's requests (coordinator: all) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "laCode": "E08000025",
                     *           "childRef": "bham-case-20931",
                     *           "ageYears": 3,
                     *           "sex": "female",
                     *           "stream": "welfare",
                     *           "legalBasis": "s25_order",
                     *           "needs": [
                     *             "self_harm"
                     *           ],
                     *           "homeLaCode": "E08000025",
                     *           "neededBy": "text",
                     *           "legalAuthorityEndsOn": "2026-11-26",
                     *           "status": "open",
                     *           "unmet": false,
                     *           "activeHoldId": "fx-leeds",
                     *           "placementId": "fx-leeds",
                     *           "attempts": 3,
                     *           "profile": {
                     *             "currentLocation": "home",
                     *             "careStatus": "s20",
                     *             "yotInvolved": false,
                     *             "ehcp": false,
                     *             "camhsInvolved": false,
                     *             "riskFlags": [
                     *               "self_harm"
                     *             ]
                     *           },
                     *           "sosApprovalRef": "text",
                     *           "refreshDueAt": "2026-11-26T09:30:00Z",
                     *           "reviewDueAt": "2026-11-26T09:30:00Z",
                     *           "outcome": "placed_secure_elsewhere",
                     *           "outcomeNote": null,
                     *           "createdAt": "2026-11-26T09:30:00Z",
                     *           "updatedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Request"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1Requests: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (428 without it). A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "childRef": "bham-case-20931",
                 *       "ageYears": 14,
                 *       "sex": "female",
                 *       "stream": "welfare",
                 *       "legalBasis": "s25_order",
                 *       "needs": [
                 *         "self_harm",
                 *         "absconding"
                 *       ],
                 *       "homeLaCode": "E08000025",
                 *       "neededBy": "2026-11-26T18:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRequestBody"];
            };
        };
        responses: {
            /** @description Ask for a secure bed for a child (pseudonymous) */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "stream": "welfare",
                     *       "legalBasis": "s25_order",
                     *       "needs": [
                     *         "self_harm"
                     *       ],
                     *       "homeLaCode": "E08000025",
                     *       "neededBy": "text",
                     *       "legalAuthorityEndsOn": "2026-11-26",
                     *       "status": "open",
                     *       "unmet": false,
                     *       "activeHoldId": "fx-leeds",
                     *       "placementId": "fx-leeds",
                     *       "attempts": 3,
                     *       "profile": {
                     *         "currentLocation": "home",
                     *         "careStatus": "s20",
                     *         "yotInvolved": false,
                     *         "ehcp": false,
                     *         "camhsInvolved": false,
                     *         "riskFlags": [
                     *           "self_harm"
                     *         ]
                     *       },
                     *       "sosApprovalRef": "text",
                     *       "refreshDueAt": "2026-11-26T09:30:00Z",
                     *       "reviewDueAt": "2026-11-26T09:30:00Z",
                     *       "outcome": "placed_secure_elsewhere",
                     *       "outcomeNote": null,
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Request"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1RequestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One request */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "stream": "welfare",
                     *       "legalBasis": "s25_order",
                     *       "needs": [
                     *         "self_harm"
                     *       ],
                     *       "homeLaCode": "E08000025",
                     *       "neededBy": "text",
                     *       "legalAuthorityEndsOn": "2026-11-26",
                     *       "status": "open",
                     *       "unmet": false,
                     *       "activeHoldId": "fx-leeds",
                     *       "placementId": "fx-leeds",
                     *       "attempts": 3,
                     *       "profile": {
                     *         "currentLocation": "home",
                     *         "careStatus": "s20",
                     *         "yotInvolved": false,
                     *         "ehcp": false,
                     *         "camhsInvolved": false,
                     *         "riskFlags": [
                     *           "self_harm"
                     *         ]
                     *       },
                     *       "sosApprovalRef": "text",
                     *       "refreshDueAt": "2026-11-26T09:30:00Z",
                     *       "reviewDueAt": "2026-11-26T09:30:00Z",
                     *       "outcome": "placed_secure_elsewhere",
                     *       "outcomeNote": null,
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Request"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1RequestsByIdMatches: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open units with a free bed that fits, ranked by fit band (all, some or none of the child’s needs) then distance within a band, with reasons; a page at a time */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "unitId": "fx-leeds",
                     *           "name": "text",
                     *           "providerId": "fx-leeds",
                     *           "kind": "secure_childrens_home",
                     *           "regionCode": "E12000003",
                     *           "location": {
                     *             "lat": 52.48,
                     *             "lon": -1.9
                     *           },
                     *           "rank": 3,
                     *           "band": 3,
                     *           "distanceKm": 3,
                     *           "available": 3,
                     *           "availability": {},
                     *           "flex": false,
                     *           "stale": false,
                     *           "reasons": [
                     *             "text"
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Match"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1RequestsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "placed_secure_elsewhere",
                 *       "note": "Two children on the unit would not be a safe mix tonight."
                 *     }
                 */
                "application/json": components["schemas"]["WithdrawBody"];
            };
        };
        responses: {
            /** @description Withdraw a request, saying what happened to the child (outcome); its live referrals are withdrawn with it */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "stream": "welfare",
                     *       "legalBasis": "s25_order",
                     *       "needs": [
                     *         "self_harm"
                     *       ],
                     *       "homeLaCode": "E08000025",
                     *       "neededBy": "text",
                     *       "legalAuthorityEndsOn": "2026-11-26",
                     *       "status": "open",
                     *       "unmet": false,
                     *       "activeHoldId": "fx-leeds",
                     *       "placementId": "fx-leeds",
                     *       "attempts": 3,
                     *       "profile": {
                     *         "currentLocation": "home",
                     *         "careStatus": "s20",
                     *         "yotInvolved": false,
                     *         "ehcp": false,
                     *         "camhsInvolved": false,
                     *         "riskFlags": [
                     *           "self_harm"
                     *         ]
                     *       },
                     *       "sosApprovalRef": "text",
                     *       "refreshDueAt": "2026-11-26T09:30:00Z",
                     *       "reviewDueAt": "2026-11-26T09:30:00Z",
                     *       "outcome": "placed_secure_elsewhere",
                     *       "outcomeNote": null,
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Request"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1RequestsByIdRefresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reviewed": false
                 *     }
                 */
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            /** @description "Still needed": moves refreshDueAt on 14 days (and reviewDueAt 3 months with {"reviewed": true}); a lapsed request is open again */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "stream": "welfare",
                     *       "legalBasis": "s25_order",
                     *       "needs": [
                     *         "self_harm"
                     *       ],
                     *       "homeLaCode": "E08000025",
                     *       "neededBy": "text",
                     *       "legalAuthorityEndsOn": "2026-11-26",
                     *       "status": "open",
                     *       "unmet": false,
                     *       "activeHoldId": "fx-leeds",
                     *       "placementId": "fx-leeds",
                     *       "attempts": 3,
                     *       "profile": {
                     *         "currentLocation": "home",
                     *         "careStatus": "s20",
                     *         "yotInvolved": false,
                     *         "ehcp": false,
                     *         "camhsInvolved": false,
                     *         "riskFlags": [
                     *           "self_harm"
                     *         ]
                     *       },
                     *       "sosApprovalRef": "text",
                     *       "refreshDueAt": "2026-11-26T09:30:00Z",
                     *       "reviewDueAt": "2026-11-26T09:30:00Z",
                     *       "outcome": "placed_secure_elsewhere",
                     *       "outcomeNote": null,
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Request"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Holds: {
        parameters: {
            query?: {
                requestId?: components["schemas"]["Id"];
                status?: components["schemas"]["HoldStatus"];
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Holds you can see, by request and status */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "h-01JH2Q9V5S8C3M4N6P7R8T9W0X",
                     *           "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
                     *           "unitId": "fx-leeds",
                     *           "bedId": "fx-leeds-b03",
                     *           "providerId": "fx-provider-a",
                     *           "laCode": "E08000025",
                     *           "stream": "welfare",
                     *           "status": "active",
                     *           "expiresAt": "2026-11-26T11:30:00Z",
                     *           "createdAt": "2026-11-26T09:30:00Z",
                     *           "decidedAt": null,
                     *           "declineReason": null,
                     *           "declineNote": null,
                     *           "placementId": null,
                     *           "contractedTo": "MoJ",
                     *           "flex": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Hold"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1Holds: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (428 without it). A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
                 *       "unitId": "fx-leeds"
                 *     }
                 */
                "application/json": components["schemas"]["CreateHoldBody"];
            };
        };
        responses: {
            /** @description Hold one free bed of the request’s stream at a unit, for HOLD_MINUTES */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "h-01JH2Q9V5S8C3M4N6P7R8T9W0X",
                     *       "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds-b03",
                     *       "providerId": "fx-provider-a",
                     *       "laCode": "E08000025",
                     *       "stream": "welfare",
                     *       "status": "active",
                     *       "expiresAt": "2026-11-26T11:30:00Z",
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "decidedAt": null,
                     *       "declineReason": null,
                     *       "declineNote": null,
                     *       "placementId": null,
                     *       "contractedTo": "MoJ",
                     *       "flex": true
                     *     }
                     */
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInProgressOrNoBedAvailableOrHoldExistsOrInvalidTransition"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1HoldsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One hold; past its expiry it reads as expired */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "h-01JH2Q9V5S8C3M4N6P7R8T9W0X",
                     *       "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds-b03",
                     *       "providerId": "fx-provider-a",
                     *       "laCode": "E08000025",
                     *       "stream": "welfare",
                     *       "status": "active",
                     *       "expiresAt": "2026-11-26T11:30:00Z",
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "decidedAt": null,
                     *       "declineReason": null,
                     *       "declineNote": null,
                     *       "placementId": null,
                     *       "contractedTo": "MoJ",
                     *       "flex": true
                     *     }
                     */
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteV1HoldsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Release a hold: the bed is free again */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "h-01JH2Q9V5S8C3M4N6P7R8T9W0X",
                     *       "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds-b03",
                     *       "providerId": "fx-provider-a",
                     *       "laCode": "E08000025",
                     *       "stream": "welfare",
                     *       "status": "active",
                     *       "expiresAt": "2026-11-26T11:30:00Z",
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "decidedAt": null,
                     *       "declineReason": null,
                     *       "declineNote": null,
                     *       "placementId": null,
                     *       "contractedTo": "MoJ",
                     *       "flex": true
                     *     }
                     */
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransition"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1HoldsByIdAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "legalAuthorityEndsOn": "2026-11-26"
                 *     }
                 */
                "application/json": components["schemas"]["AcceptBody"];
            };
        };
        responses: {
            /** @description Accept the child: the hold becomes a placement and the bed is occupied */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "holdId": "fx-leeds",
                     *       "referralId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "homeLaCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "stream": "welfare",
                     *       "regionCode": "E12000003",
                     *       "status": "active",
                     *       "startedAt": "2026-11-26T09:30:00Z",
                     *       "distanceKm": null,
                     *       "external": false,
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalAuthority": {
                     *         "basis": "s25_order",
                     *         "from": "2026-11-26T09:30:00Z",
                     *         "until": "2026-11-26T09:30:00Z",
                     *         "courtHearingAt": "2026-11-26T09:30:00Z",
                     *         "status": "ok"
                     *       },
                     *       "legalAuthorityHistory": [
                     *         {
                     *           "basis": "s25_order",
                     *           "from": "2026-11-26T09:30:00Z",
                     *           "until": "2026-11-26T09:30:00Z",
                     *           "courtHearingAt": "2026-11-26T09:30:00Z",
                     *           "recordedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "stepDownReadyFrom": "2026-11-26",
                     *       "plannedDestination": "home",
                     *       "delayReason": "no_placement_found",
                     *       "plannedDischargeOn": "2026-11-26",
                     *       "daysReadyButStillHere": 3,
                     *       "dischargedAt": "2026-11-26T09:30:00Z",
                     *       "dischargedOn": "2026-11-26",
                     *       "destination": "home",
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Placement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1HoldsByIdDecline: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "mix_of_children",
                 *       "note": "Two children on the unit would not be a safe mix tonight."
                 *     }
                 */
                "application/json": components["schemas"]["DeclineBody"];
            };
        };
        responses: {
            /** @description Decline with a coded reason: the bed is free again */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "h-01JH2Q9V5S8C3M4N6P7R8T9W0X",
                     *       "requestId": "r-01JH2Q8K2B7D6F5G4H3J2K1M0N",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds-b03",
                     *       "providerId": "fx-provider-a",
                     *       "laCode": "E08000025",
                     *       "stream": "welfare",
                     *       "status": "active",
                     *       "expiresAt": "2026-11-26T11:30:00Z",
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "decidedAt": null,
                     *       "declineReason": null,
                     *       "declineNote": null,
                     *       "placementId": null,
                     *       "contractedTo": "MoJ",
                     *       "flex": true
                     *     }
                     */
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Placements: {
        parameters: {
            query?: {
                status?: components["schemas"]["PlacementStatus"];
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Placements you can see */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "requestId": "fx-leeds",
                     *           "holdId": "fx-leeds",
                     *           "referralId": "fx-leeds",
                     *           "unitId": "fx-leeds",
                     *           "bedId": "fx-leeds",
                     *           "providerId": "fx-leeds",
                     *           "laCode": "E08000025",
                     *           "homeLaCode": "E08000025",
                     *           "childRef": "bham-case-20931",
                     *           "stream": "welfare",
                     *           "regionCode": "E12000003",
                     *           "status": "active",
                     *           "startedAt": "2026-11-26T09:30:00Z",
                     *           "distanceKm": null,
                     *           "external": false,
                     *           "ageYears": 3,
                     *           "sex": "female",
                     *           "legalAuthority": {
                     *             "basis": "s25_order",
                     *             "from": "2026-11-26T09:30:00Z",
                     *             "until": "2026-11-26T09:30:00Z",
                     *             "courtHearingAt": "2026-11-26T09:30:00Z",
                     *             "status": "ok"
                     *           },
                     *           "legalAuthorityHistory": [
                     *             {
                     *               "basis": "s25_order",
                     *               "from": "2026-11-26T09:30:00Z",
                     *               "until": "2026-11-26T09:30:00Z",
                     *               "courtHearingAt": "2026-11-26T09:30:00Z",
                     *               "recordedAt": "2026-11-26T09:30:00Z"
                     *             }
                     *           ],
                     *           "stepDownReadyFrom": "2026-11-26",
                     *           "plannedDestination": "home",
                     *           "delayReason": "no_placement_found",
                     *           "plannedDischargeOn": "2026-11-26",
                     *           "daysReadyButStillHere": 3,
                     *           "dischargedAt": "2026-11-26T09:30:00Z",
                     *           "dischargedOn": "2026-11-26",
                     *           "destination": "home",
                     *           "warnings": [
                     *             "text"
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Placement"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1PlacementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One placement, with its legal authority now, every order, and step-down waits */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "holdId": "fx-leeds",
                     *       "referralId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "homeLaCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "stream": "welfare",
                     *       "regionCode": "E12000003",
                     *       "status": "active",
                     *       "startedAt": "2026-11-26T09:30:00Z",
                     *       "distanceKm": null,
                     *       "external": false,
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalAuthority": {
                     *         "basis": "s25_order",
                     *         "from": "2026-11-26T09:30:00Z",
                     *         "until": "2026-11-26T09:30:00Z",
                     *         "courtHearingAt": "2026-11-26T09:30:00Z",
                     *         "status": "ok"
                     *       },
                     *       "legalAuthorityHistory": [
                     *         {
                     *           "basis": "s25_order",
                     *           "from": "2026-11-26T09:30:00Z",
                     *           "until": "2026-11-26T09:30:00Z",
                     *           "courtHearingAt": "2026-11-26T09:30:00Z",
                     *           "recordedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "stepDownReadyFrom": "2026-11-26",
                     *       "plannedDestination": "home",
                     *       "delayReason": "no_placement_found",
                     *       "plannedDischargeOn": "2026-11-26",
                     *       "daysReadyButStillHere": 3,
                     *       "dischargedAt": "2026-11-26T09:30:00Z",
                     *       "dischargedOn": "2026-11-26",
                     *       "destination": "home",
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Placement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1PlacementsByIdLegalAuthority: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "basis": "s25_order",
                 *       "from": "2026-11-26T09:30:00Z",
                 *       "until": "2026-11-26T09:30:00Z",
                 *       "courtHearingAt": "2026-11-26T09:30:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["LegalAuthorityBody"];
            };
        };
        responses: {
            /** @description Record a new order (interim, first up to 3 months, renewal up to 6): kept in the history; a welfare order over 6 months, or a statutory period exceeded, is 400 */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "holdId": "fx-leeds",
                     *       "referralId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "homeLaCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "stream": "welfare",
                     *       "regionCode": "E12000003",
                     *       "status": "active",
                     *       "startedAt": "2026-11-26T09:30:00Z",
                     *       "distanceKm": null,
                     *       "external": false,
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalAuthority": {
                     *         "basis": "s25_order",
                     *         "from": "2026-11-26T09:30:00Z",
                     *         "until": "2026-11-26T09:30:00Z",
                     *         "courtHearingAt": "2026-11-26T09:30:00Z",
                     *         "status": "ok"
                     *       },
                     *       "legalAuthorityHistory": [
                     *         {
                     *           "basis": "s25_order",
                     *           "from": "2026-11-26T09:30:00Z",
                     *           "until": "2026-11-26T09:30:00Z",
                     *           "courtHearingAt": "2026-11-26T09:30:00Z",
                     *           "recordedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "stepDownReadyFrom": "2026-11-26",
                     *       "plannedDestination": "home",
                     *       "delayReason": "no_placement_found",
                     *       "plannedDischargeOn": "2026-11-26",
                     *       "daysReadyButStillHere": 3,
                     *       "dischargedAt": "2026-11-26T09:30:00Z",
                     *       "dischargedOn": "2026-11-26",
                     *       "destination": "home",
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Placement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1PlacementsByIdStepDownReady: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "readyFrom": "2026-11-26",
                 *       "plannedDestination": "home",
                 *       "delayReason": "no_placement_found",
                 *       "plannedDischargeOn": "2026-11-26"
                 *     }
                 */
                "application/json": components["schemas"]["StepDownBody"];
            };
        };
        responses: {
            /** @description The child no longer needs secure care: count "ready but still here" days from readyFrom, with why and when they will leave; again to correct it */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "holdId": "fx-leeds",
                     *       "referralId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "homeLaCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "stream": "welfare",
                     *       "regionCode": "E12000003",
                     *       "status": "active",
                     *       "startedAt": "2026-11-26T09:30:00Z",
                     *       "distanceKm": null,
                     *       "external": false,
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalAuthority": {
                     *         "basis": "s25_order",
                     *         "from": "2026-11-26T09:30:00Z",
                     *         "until": "2026-11-26T09:30:00Z",
                     *         "courtHearingAt": "2026-11-26T09:30:00Z",
                     *         "status": "ok"
                     *       },
                     *       "legalAuthorityHistory": [
                     *         {
                     *           "basis": "s25_order",
                     *           "from": "2026-11-26T09:30:00Z",
                     *           "until": "2026-11-26T09:30:00Z",
                     *           "courtHearingAt": "2026-11-26T09:30:00Z",
                     *           "recordedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "stepDownReadyFrom": "2026-11-26",
                     *       "plannedDestination": "home",
                     *       "delayReason": "no_placement_found",
                     *       "plannedDischargeOn": "2026-11-26",
                     *       "daysReadyButStillHere": 3,
                     *       "dischargedAt": "2026-11-26T09:30:00Z",
                     *       "dischargedOn": "2026-11-26",
                     *       "destination": "home",
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Placement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1PlacementsByIdDischarge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "destination": "home",
                 *       "on": "2026-11-26"
                 *     }
                 */
                "application/json": components["schemas"]["DischargeBody"];
            };
        };
        responses: {
            /** @description The child leaves (on a day, default today): the bed is free and the step-down wait ends */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "holdId": "fx-leeds",
                     *       "referralId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "homeLaCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "stream": "welfare",
                     *       "regionCode": "E12000003",
                     *       "status": "active",
                     *       "startedAt": "2026-11-26T09:30:00Z",
                     *       "distanceKm": null,
                     *       "external": false,
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalAuthority": {
                     *         "basis": "s25_order",
                     *         "from": "2026-11-26T09:30:00Z",
                     *         "until": "2026-11-26T09:30:00Z",
                     *         "courtHearingAt": "2026-11-26T09:30:00Z",
                     *         "status": "ok"
                     *       },
                     *       "legalAuthorityHistory": [
                     *         {
                     *           "basis": "s25_order",
                     *           "from": "2026-11-26T09:30:00Z",
                     *           "until": "2026-11-26T09:30:00Z",
                     *           "courtHearingAt": "2026-11-26T09:30:00Z",
                     *           "recordedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "stepDownReadyFrom": "2026-11-26",
                     *       "plannedDestination": "home",
                     *       "delayReason": "no_placement_found",
                     *       "plannedDischargeOn": "2026-11-26",
                     *       "daysReadyButStillHere": 3,
                     *       "dischargedAt": "2026-11-26T09:30:00Z",
                     *       "dischargedOn": "2026-11-26",
                     *       "destination": "home",
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Placement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Capacity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Beds by state per stream, region and nationally; stale units apart; from counters, as of this call (each process keeps the totals, re-reading only counters whose change stamp moved) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "generatedAt": "2026-11-26T09:30:00Z",
                     *       "forecast": {
                     *         "next24h": 3,
                     *         "next72h": 3,
                     *         "byStream": [
                     *           {
                     *             "stream": "welfare",
                     *             "next24h": 3,
                     *             "next72h": 3
                     *           }
                     *         ],
                     *         "byRegion": [
                     *           {
                     *             "regionCode": "text",
                     *             "next24h": 3,
                     *             "next72h": 3
                     *           }
                     *         ]
                     *       },
                     *       "national": {
                     *         "beds": {
                     *           "available": 3,
                     *           "held": 3,
                     *           "occupied": 3,
                     *           "closed": 3,
                     *           "total": 3
                     *         },
                     *         "staleBeds": {
                     *           "available": 3,
                     *           "held": 3,
                     *           "occupied": 3,
                     *           "closed": 3,
                     *           "total": 3
                     *         },
                     *         "units": 3,
                     *         "staleUnits": 3,
                     *         "unitsByStatus": {
                     *           "open": 3,
                     *           "paused": 3,
                     *           "closed": 3
                     *         },
                     *         "occupancy": 1
                     *       },
                     *       "byStream": [
                     *         {
                     *           "stream": "welfare",
                     *           "beds": {
                     *             "available": 3,
                     *             "held": 3,
                     *             "occupied": 3,
                     *             "closed": 3,
                     *             "total": 3
                     *           },
                     *           "staleBeds": {
                     *             "available": 3,
                     *             "held": 3,
                     *             "occupied": 3,
                     *             "closed": 3,
                     *             "total": 3
                     *           },
                     *           "units": 3,
                     *           "staleUnits": 3,
                     *           "unitsByStatus": {
                     *             "open": 3,
                     *             "paused": 3,
                     *             "closed": 3
                     *           },
                     *           "occupancy": 1
                     *         }
                     *       ],
                     *       "byRegion": [
                     *         {
                     *           "regionCode": "text",
                     *           "regionName": "text",
                     *           "beds": {
                     *             "available": 3,
                     *             "held": 3,
                     *             "occupied": 3,
                     *             "closed": 3,
                     *             "total": 3
                     *           },
                     *           "staleBeds": {
                     *             "available": 3,
                     *             "held": 3,
                     *             "occupied": 3,
                     *             "closed": 3,
                     *             "total": 3
                     *           },
                     *           "units": 3,
                     *           "staleUnits": 3,
                     *           "unitsByStatus": {
                     *             "open": 3,
                     *             "paused": 3,
                     *             "closed": 3
                     *           },
                     *           "occupancy": 1
                     *         }
                     *       ],
                     *       "byStreamAndRegion": [
                     *         {
                     *           "stream": "welfare",
                     *           "regionCode": "text",
                     *           "beds": {
                     *             "available": 3,
                     *             "held": 3,
                     *             "occupied": 3,
                     *             "closed": 3,
                     *             "total": 3
                     *           },
                     *           "staleBeds": {
                     *             "available": 3,
                     *             "held": 3,
                     *             "occupied": 3,
                     *             "closed": 3,
                     *             "total": 3
                     *           },
                     *           "units": 3,
                     *           "staleUnits": 3,
                     *           "unitsByStatus": {
                     *             "open": 3,
                     *             "paused": 3,
                     *             "closed": 3
                     *           },
                     *           "occupancy": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Capacity"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Usage: {
        parameters: {
            query?: {
                from?: components["schemas"]["IsoDate"];
                to?: components["schemas"]["IsoDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bed-nights used per department (welfare → DfE, justice → MoJ, mental health → DHSC) and region of the unit, against each department's agreed share of the pooled places; default: the 30 days up to today; at most 366 days (400 beyond). Fewer than 5 children in a cell: null with suppressed: true. `Accept: text/csv` gives every table in one CSV (a `scope` column says which); a withheld figure is written `c`, as DfE does */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "generatedAt": "2026-11-26T09:30:00Z",
                     *       "from": "2026-11-26",
                     *       "to": "2026-11-26",
                     *       "nights": 3,
                     *       "pooledPlaces": 3,
                     *       "sharesIllustrative": false,
                     *       "national": {
                     *         "placements": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "bedNights": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "agreedBedNights": 3,
                     *         "usedOfAgreed": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         }
                     *       },
                     *       "byDepartment": [
                     *         {
                     *           "department": "DfE",
                     *           "stream": "welfare",
                     *           "contractedBeds": 3,
                     *           "share": 1,
                     *           "agreedBedNights": 3,
                     *           "placements": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "bedNights": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "usedOfAgreed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "flexBedNights": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "lentBedNights": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           }
                     *         }
                     *       ],
                     *       "byRegion": [
                     *         {
                     *           "regionCode": "text",
                     *           "regionName": "text",
                     *           "placements": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "bedNights": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           }
                     *         }
                     *       ],
                     *       "byDepartmentAndRegion": [
                     *         {
                     *           "department": "DfE",
                     *           "stream": "welfare",
                     *           "regionCode": "text",
                     *           "regionName": "text",
                     *           "placements": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "bedNights": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Usage"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Demand: {
        parameters: {
            query?: {
                from?: components["schemas"]["IsoDate"];
                to?: components["schemas"]["IsoDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests created in the period (default: the 30 days up to today; at most 366 days, 400 beyond): placed, unplaced, unmet, waiting days, declines by reason, distance placed, step-down waits and beds forecast to free; nationally, by region of the child's home LA, by stream, and both. Fewer than 5 children in a cell (or a figure that would reveal one): null with suppressed: true. `Accept: text/csv` gives every table in one CSV (a `scope` column says which); a withheld figure is written `c`, as DfE does */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "generatedAt": "2026-11-26T09:30:00Z",
                     *       "from": "2026-11-26",
                     *       "to": "2026-11-26",
                     *       "national": {
                     *         "requests": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "placed": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "unplaced": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "unmet": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "lapsed": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "unplacedByOutcome": {
                     *           "placed_secure_elsewhere": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "dol_order_unregistered": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "dol_order_registered": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "tier4_ward": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "adult_mental_health_ward": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "remained_in_placement": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "no_longer_needed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "other": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           }
                     *         },
                     *         "referralsPerPlacement": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         },
                     *         "waitingDays": {
                     *           "median": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "p90": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           }
                     *         },
                     *         "declines": {
                     *           "total": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "byReason": {
                     *             "no_suitable_bed": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "staffing": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "mix_of_children": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "needs_not_met": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "risk_to_others": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "age_or_sex": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "legal_status": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "distance": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "other": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           }
                     *         },
                     *         "distanceKm": {
                     *           "median": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "p90": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           }
                     *         },
                     *         "stepDown": {
                     *           "ready": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "waitingDays": {
                     *             "median": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "p90": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "byDelayReason": {
                     *             "no_placement_found": {
                     *               "ready": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "waitingDays": {
                     *                 "median": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "p90": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 }
                     *               }
                     *             },
                     *             "awaiting_court": {
                     *               "ready": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "waitingDays": {
                     *                 "median": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "p90": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 }
                     *               }
                     *             },
                     *             "awaiting_funding": {
                     *               "ready": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "waitingDays": {
                     *                 "median": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "p90": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 }
                     *               }
                     *             },
                     *             "awaiting_health_assessment": {
                     *               "ready": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "waitingDays": {
                     *                 "median": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "p90": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 }
                     *               }
                     *             },
                     *             "other": {
                     *               "ready": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "waitingDays": {
                     *                 "median": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "p90": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 }
                     *               }
                     *             },
                     *             "not_given": {
                     *               "ready": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "waitingDays": {
                     *                 "median": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "p90": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "bedsForecastToFree": {
                     *           "value": 3,
                     *           "suppressed": false
                     *         }
                     *       },
                     *       "byRegion": [
                     *         {
                     *           "requests": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "placed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unplaced": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unmet": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "lapsed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unplacedByOutcome": {
                     *             "placed_secure_elsewhere": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "dol_order_unregistered": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "dol_order_registered": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "tier4_ward": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "adult_mental_health_ward": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "remained_in_placement": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "no_longer_needed": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "other": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "referralsPerPlacement": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "waitingDays": {
                     *             "median": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "p90": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "declines": {
                     *             "total": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "byReason": {
                     *               "no_suitable_bed": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "staffing": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "mix_of_children": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "needs_not_met": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "risk_to_others": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "age_or_sex": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "legal_status": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "distance": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "other": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               }
                     *             }
                     *           },
                     *           "distanceKm": {
                     *             "median": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "p90": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "stepDown": {
                     *             "ready": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "waitingDays": {
                     *               "median": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "p90": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               }
                     *             },
                     *             "byDelayReason": {
                     *               "no_placement_found": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_court": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_funding": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_health_assessment": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "other": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "not_given": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "bedsForecastToFree": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "regionCode": "text",
                     *           "regionName": "text"
                     *         }
                     *       ],
                     *       "byStream": [
                     *         {
                     *           "requests": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "placed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unplaced": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unmet": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "lapsed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unplacedByOutcome": {
                     *             "placed_secure_elsewhere": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "dol_order_unregistered": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "dol_order_registered": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "tier4_ward": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "adult_mental_health_ward": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "remained_in_placement": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "no_longer_needed": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "other": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "referralsPerPlacement": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "waitingDays": {
                     *             "median": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "p90": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "declines": {
                     *             "total": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "byReason": {
                     *               "no_suitable_bed": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "staffing": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "mix_of_children": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "needs_not_met": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "risk_to_others": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "age_or_sex": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "legal_status": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "distance": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "other": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               }
                     *             }
                     *           },
                     *           "distanceKm": {
                     *             "median": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "p90": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "stepDown": {
                     *             "ready": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "waitingDays": {
                     *               "median": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "p90": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               }
                     *             },
                     *             "byDelayReason": {
                     *               "no_placement_found": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_court": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_funding": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_health_assessment": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "other": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "not_given": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "bedsForecastToFree": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "stream": "welfare",
                     *           "department": "DfE"
                     *         }
                     *       ],
                     *       "byRegionAndStream": [
                     *         {
                     *           "requests": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "placed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unplaced": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unmet": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "lapsed": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "unplacedByOutcome": {
                     *             "placed_secure_elsewhere": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "dol_order_unregistered": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "dol_order_registered": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "tier4_ward": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "adult_mental_health_ward": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "remained_in_placement": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "no_longer_needed": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "other": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "referralsPerPlacement": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "waitingDays": {
                     *             "median": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "p90": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "declines": {
                     *             "total": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "byReason": {
                     *               "no_suitable_bed": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "staffing": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "mix_of_children": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "needs_not_met": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "risk_to_others": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "age_or_sex": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "legal_status": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "distance": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "other": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               }
                     *             }
                     *           },
                     *           "distanceKm": {
                     *             "median": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "p90": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             }
                     *           },
                     *           "stepDown": {
                     *             "ready": {
                     *               "value": 3,
                     *               "suppressed": false
                     *             },
                     *             "waitingDays": {
                     *               "median": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               },
                     *               "p90": {
                     *                 "value": 3,
                     *                 "suppressed": false
                     *               }
                     *             },
                     *             "byDelayReason": {
                     *               "no_placement_found": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_court": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_funding": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "awaiting_health_assessment": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "other": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               },
                     *               "not_given": {
                     *                 "ready": {
                     *                   "value": 3,
                     *                   "suppressed": false
                     *                 },
                     *                 "waitingDays": {
                     *                   "median": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   },
                     *                   "p90": {
                     *                     "value": 3,
                     *                     "suppressed": false
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "bedsForecastToFree": {
                     *             "value": 3,
                     *             "suppressed": false
                     *           },
                     *           "regionCode": "text",
                     *           "regionName": "text",
                     *           "stream": "welfare",
                     *           "department": "DfE"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Demand"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Referrals: {
        parameters: {
            query?: {
                status?: components["schemas"]["ReferralStatus"];
                requestId?: components["schemas"]["Id"];
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Referrals you can see: an LA its own, a provider those to its units, a coordinator all */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "requestId": "fx-leeds",
                     *           "unitId": "fx-leeds",
                     *           "unitName": "text",
                     *           "providerId": "fx-leeds",
                     *           "laCode": "E08000025",
                     *           "stream": "welfare",
                     *           "status": "pending",
                     *           "respondBy": "2026-11-26T09:30:00Z",
                     *           "offerExpiresAt": "2026-11-26T09:30:00Z",
                     *           "declineReason": "no_suitable_bed",
                     *           "declineNote": null,
                     *           "placementId": "fx-leeds",
                     *           "ageYears": 3,
                     *           "sex": "female",
                     *           "legalBasis": "s25_order",
                     *           "needs": [
                     *             "self_harm"
                     *           ],
                     *           "profile": {
                     *             "currentLocation": "home",
                     *             "careStatus": "s20",
                     *             "yotInvolved": false,
                     *             "ehcp": false,
                     *             "camhsInvolved": false,
                     *             "riskFlags": [
                     *               "self_harm"
                     *             ]
                     *           },
                     *           "createdAt": "2026-11-26T09:30:00Z",
                     *           "decidedAt": "2026-11-26T09:30:00Z",
                     *           "updatedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Referral"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1Referrals: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (428 without it). A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requestId": "fx-leeds",
                 *       "unitIds": [
                 *         "fx-leeds"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateReferralBody"];
            };
        };
        responses: {
            /** @description Refer one request to 1–10 open units at once; no bed is held */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "requestId": "fx-leeds",
                     *           "unitId": "fx-leeds",
                     *           "unitName": "text",
                     *           "providerId": "fx-leeds",
                     *           "laCode": "E08000025",
                     *           "stream": "welfare",
                     *           "status": "pending",
                     *           "respondBy": "2026-11-26T09:30:00Z",
                     *           "offerExpiresAt": "2026-11-26T09:30:00Z",
                     *           "declineReason": "no_suitable_bed",
                     *           "declineNote": null,
                     *           "placementId": "fx-leeds",
                     *           "ageYears": 3,
                     *           "sex": "female",
                     *           "legalBasis": "s25_order",
                     *           "needs": [
                     *             "self_harm"
                     *           ],
                     *           "profile": {
                     *             "currentLocation": "home",
                     *             "careStatus": "s20",
                     *             "yotInvolved": false,
                     *             "ehcp": false,
                     *             "camhsInvolved": false,
                     *             "riskFlags": [
                     *               "self_harm"
                     *             ]
                     *           },
                     *           "createdAt": "2026-11-26T09:30:00Z",
                     *           "decidedAt": "2026-11-26T09:30:00Z",
                     *           "updatedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Referral"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInProgressOrInvalidTransitionOrNoBedAvailable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1ReferralsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One referral; an offer past its expiry reads as expired */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "unitName": "text",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "stream": "welfare",
                     *       "status": "pending",
                     *       "respondBy": "2026-11-26T09:30:00Z",
                     *       "offerExpiresAt": "2026-11-26T09:30:00Z",
                     *       "declineReason": "no_suitable_bed",
                     *       "declineNote": null,
                     *       "placementId": "fx-leeds",
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalBasis": "s25_order",
                     *       "needs": [
                     *         "self_harm"
                     *       ],
                     *       "profile": {
                     *         "currentLocation": "home",
                     *         "careStatus": "s20",
                     *         "yotInvolved": false,
                     *         "ehcp": false,
                     *         "camhsInvolved": false,
                     *         "riskFlags": [
                     *           "self_harm"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "decidedAt": "2026-11-26T09:30:00Z",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1ReferralsByIdOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description "We would take this child now": an offer for OFFER_MINUTES; no bed is taken */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "unitName": "text",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "stream": "welfare",
                     *       "status": "pending",
                     *       "respondBy": "2026-11-26T09:30:00Z",
                     *       "offerExpiresAt": "2026-11-26T09:30:00Z",
                     *       "declineReason": "no_suitable_bed",
                     *       "declineNote": null,
                     *       "placementId": "fx-leeds",
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalBasis": "s25_order",
                     *       "needs": [
                     *         "self_harm"
                     *       ],
                     *       "profile": {
                     *         "currentLocation": "home",
                     *         "careStatus": "s20",
                     *         "yotInvolved": false,
                     *         "ehcp": false,
                     *         "camhsInvolved": false,
                     *         "riskFlags": [
                     *           "self_harm"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "decidedAt": "2026-11-26T09:30:00Z",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgressOrNoBedAvailable"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1ReferralsByIdDecline: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "mix_of_children",
                 *       "note": "Two children on the unit would not be a safe mix tonight."
                 *     }
                 */
                "application/json": components["schemas"]["DeclineBody"];
            };
        };
        responses: {
            /** @description Decline with a coded reason (the hold decline reasons) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "unitName": "text",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "stream": "welfare",
                     *       "status": "pending",
                     *       "respondBy": "2026-11-26T09:30:00Z",
                     *       "offerExpiresAt": "2026-11-26T09:30:00Z",
                     *       "declineReason": "no_suitable_bed",
                     *       "declineNote": null,
                     *       "placementId": "fx-leeds",
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalBasis": "s25_order",
                     *       "needs": [
                     *         "self_harm"
                     *       ],
                     *       "profile": {
                     *         "currentLocation": "home",
                     *         "careStatus": "s20",
                     *         "yotInvolved": false,
                     *         "ehcp": false,
                     *         "camhsInvolved": false,
                     *         "riskFlags": [
                     *           "self_harm"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-26T09:30:00Z",
                     *       "decidedAt": "2026-11-26T09:30:00Z",
                     *       "updatedAt": "2026-11-26T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1ReferralsByIdAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "legalAuthorityEndsOn": "2026-11-26"
                 *     }
                 */
                "application/json": components["schemas"]["AcceptBody"];
            };
        };
        responses: {
            /** @description Accept a live offer: one conditional write takes a free bed at the unit and makes the placement; the request’s other referrals are withdrawn */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "holdId": "fx-leeds",
                     *       "referralId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "homeLaCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "stream": "welfare",
                     *       "regionCode": "E12000003",
                     *       "status": "active",
                     *       "startedAt": "2026-11-26T09:30:00Z",
                     *       "distanceKm": null,
                     *       "external": false,
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalAuthority": {
                     *         "basis": "s25_order",
                     *         "from": "2026-11-26T09:30:00Z",
                     *         "until": "2026-11-26T09:30:00Z",
                     *         "courtHearingAt": "2026-11-26T09:30:00Z",
                     *         "status": "ok"
                     *       },
                     *       "legalAuthorityHistory": [
                     *         {
                     *           "basis": "s25_order",
                     *           "from": "2026-11-26T09:30:00Z",
                     *           "until": "2026-11-26T09:30:00Z",
                     *           "courtHearingAt": "2026-11-26T09:30:00Z",
                     *           "recordedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "stepDownReadyFrom": "2026-11-26",
                     *       "plannedDestination": "home",
                     *       "delayReason": "no_placement_found",
                     *       "plannedDischargeOn": "2026-11-26",
                     *       "daysReadyButStillHere": 3,
                     *       "dischargedAt": "2026-11-26T09:30:00Z",
                     *       "dischargedOn": "2026-11-26",
                     *       "destination": "home",
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Placement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgressOrNoBedAvailableOrHoldExists"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1Notifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organisation's notifications, newest first: what happened and to which record (ids only, never a childRef) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fx-leeds",
                     *           "type": "text",
                     *           "entity": "text",
                     *           "entityId": "fx-leeds",
                     *           "createdAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getV1ContactsByOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: components["schemas"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An organisation's notification contacts (email, SMS, webhooks), with their ETag */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "org": "text",
                     *       "email": [
                     *         {
                     *           "address": "duty@fixture-home.example",
                     *           "events": []
                     *         }
                     *       ],
                     *       "sms": [],
                     *       "webhooks": [
                     *         {
                     *           "url": "https://provider.example/hooks/secure-beds",
                     *           "events": []
                     *         }
                     *       ],
                     *       "etag": "text",
                     *       "updatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Contacts"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    putV1ContactsByOrg: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's current strong ETag, from its last read or change. */
                "If-Match": string;
            };
            path: {
                org: components["schemas"]["Org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": [
                 *         {
                 *           "address": "duty@fixture-home.example",
                 *           "events": []
                 *         }
                 *       ],
                 *       "sms": [],
                 *       "webhooks": [
                 *         {
                 *           "url": "https://provider.example/hooks/secure-beds",
                 *           "events": []
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ContactsBody"];
            };
        };
        responses: {
            /** @description Replace an organisation’s notification contacts (If-Match required: "0" for the first set); audited */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "org": "text",
                     *       "email": [
                     *         {
                     *           "address": "duty@fixture-home.example",
                     *           "events": []
                     *         }
                     *       ],
                     *       "sms": [],
                     *       "webhooks": [
                     *         {
                     *           "url": "https://provider.example/hooks/secure-beds",
                     *           "events": []
                     *         }
                     *       ],
                     *       "etag": "text",
                     *       "updatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Contacts"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransition"];
            412: components["responses"]["VersionMismatch"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postV1UnitsByUnitIdExternalPlacements: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (428 without it). A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422. */
                "Idempotency-Key": string;
            };
            path: {
                unitId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bedId": "fx-leeds",
                 *       "stream": "welfare",
                 *       "since": "2026-11-26",
                 *       "ageYears": 8,
                 *       "sex": "female"
                 *     }
                 */
                "application/json": components["schemas"]["ExternalPlacementBody"];
            };
        };
        responses: {
            /** @description Record a child placed outside this service (the YCS, an NHS access assessment, before go-live): the bed becomes occupied by an external placement, with no childRef */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fx-leeds",
                     *       "requestId": "fx-leeds",
                     *       "holdId": "fx-leeds",
                     *       "referralId": "fx-leeds",
                     *       "unitId": "fx-leeds",
                     *       "bedId": "fx-leeds",
                     *       "providerId": "fx-leeds",
                     *       "laCode": "E08000025",
                     *       "homeLaCode": "E08000025",
                     *       "childRef": "bham-case-20931",
                     *       "stream": "welfare",
                     *       "regionCode": "E12000003",
                     *       "status": "active",
                     *       "startedAt": "2026-11-26T09:30:00Z",
                     *       "distanceKm": null,
                     *       "external": false,
                     *       "ageYears": 3,
                     *       "sex": "female",
                     *       "legalAuthority": {
                     *         "basis": "s25_order",
                     *         "from": "2026-11-26T09:30:00Z",
                     *         "until": "2026-11-26T09:30:00Z",
                     *         "courtHearingAt": "2026-11-26T09:30:00Z",
                     *         "status": "ok"
                     *       },
                     *       "legalAuthorityHistory": [
                     *         {
                     *           "basis": "s25_order",
                     *           "from": "2026-11-26T09:30:00Z",
                     *           "until": "2026-11-26T09:30:00Z",
                     *           "courtHearingAt": "2026-11-26T09:30:00Z",
                     *           "recordedAt": "2026-11-26T09:30:00Z"
                     *         }
                     *       ],
                     *       "stepDownReadyFrom": "2026-11-26",
                     *       "plannedDestination": "home",
                     *       "delayReason": "no_placement_found",
                     *       "plannedDischargeOn": "2026-11-26",
                     *       "daysReadyButStillHere": 3,
                     *       "dischargedAt": "2026-11-26T09:30:00Z",
                     *       "dischargedOn": "2026-11-26",
                     *       "destination": "home",
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Placement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidTransitionOrIdempotencyInProgressOrNoBedAvailable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFhirR4Metadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The FHIR CapabilityStatement: what this FHIR R4 server does */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resourceType": "CapabilityStatement",
                     *       "id": "text",
                     *       "status": "active",
                     *       "date": "text",
                     *       "publisher": "text",
                     *       "kind": "instance",
                     *       "software": {
                     *         "name": "text",
                     *         "version": "text"
                     *       },
                     *       "implementation": {
                     *         "description": "text",
                     *         "url": "text"
                     *       },
                     *       "fhirVersion": "4.0.1",
                     *       "format": [
                     *         "text"
                     *       ],
                     *       "rest": [
                     *         {
                     *           "mode": "server",
                     *           "documentation": "text",
                     *           "security": {},
                     *           "resource": [
                     *             {
                     *               "type": "text",
                     *               "interaction": [
                     *                 {
                     *                   "code": "text"
                     *                 }
                     *               ],
                     *               "searchParam": [
                     *                 {
                     *                   "name": "text",
                     *                   "type": "text",
                     *                   "documentation": "text"
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/fhir+json": components["schemas"]["FhirCapabilityStatement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFhirR4Location: {
        parameters: {
            query?: {
                _id?: components["schemas"]["FhirIdInput"];
                partof?: string;
                "physical-type"?: "bu" | "wa" | "bd";
                "operational-status"?: components["schemas"]["BedStatus0116"];
                status?: "active" | "suspended" | "inactive";
                organization?: string;
                _count?: number;
                _offset?: number;
                _format?: "json" | "application/json" | "application/fhir+json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Search units and beds as FHIR R4 Location resources */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resourceType": "Bundle",
                     *       "id": "text",
                     *       "meta": {
                     *         "lastUpdated": "text"
                     *       },
                     *       "type": "searchset",
                     *       "timestamp": "text",
                     *       "total": 3,
                     *       "link": [
                     *         {
                     *           "relation": "text",
                     *           "url": "text"
                     *         }
                     *       ],
                     *       "entry": [
                     *         {
                     *           "fullUrl": "text",
                     *           "resource": {
                     *             "resourceType": "Location",
                     *             "id": "text",
                     *             "meta": {
                     *               "lastUpdated": "text",
                     *               "tag": [
                     *                 {
                     *                   "system": "text",
                     *                   "code": "text",
                     *                   "display": "text"
                     *                 }
                     *               ]
                     *             },
                     *             "extension": [
                     *               {
                     *                 "url": "text",
                     *                 "valueBoolean": false,
                     *                 "valueCode": "text",
                     *                 "valueDateTime": "text",
                     *                 "valueString": "text"
                     *               }
                     *             ],
                     *             "identifier": [
                     *               {
                     *                 "system": "text",
                     *                 "value": "text"
                     *               }
                     *             ],
                     *             "status": "active",
                     *             "operationalStatus": {
                     *               "system": "text",
                     *               "code": "text",
                     *               "display": "text"
                     *             },
                     *             "name": "text",
                     *             "description": "text",
                     *             "mode": "instance",
                     *             "type": [
                     *               {
                     *                 "coding": [
                     *                   {
                     *                     "system": "text",
                     *                     "code": "text",
                     *                     "display": "text"
                     *                   }
                     *                 ],
                     *                 "text": "text"
                     *               }
                     *             ],
                     *             "telecom": [
                     *               {
                     *                 "system": "text",
                     *                 "value": "text",
                     *                 "use": "text"
                     *               }
                     *             ],
                     *             "physicalType": {
                     *               "coding": [
                     *                 {
                     *                   "system": "text",
                     *                   "code": "text",
                     *                   "display": "text"
                     *                 }
                     *               ],
                     *               "text": "text"
                     *             },
                     *             "position": {
                     *               "latitude": 3,
                     *               "longitude": 3
                     *             },
                     *             "managingOrganization": {
                     *               "reference": "text",
                     *               "display": "text",
                     *               "identifier": {
                     *                 "system": "text",
                     *                 "value": "text"
                     *               }
                     *             },
                     *             "partOf": {
                     *               "reference": "text",
                     *               "display": "text",
                     *               "identifier": {
                     *                 "system": "text",
                     *                 "value": "text"
                     *               }
                     *             },
                     *             "availabilityExceptions": "text"
                     *           },
                     *           "search": {
                     *             "mode": "match"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/fhir+json": components["schemas"]["FhirLocationBundle"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFhirR4LocationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["FhirIdInput"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One unit or bed as a FHIR R4 Location */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resourceType": "Location",
                     *       "id": "text",
                     *       "meta": {
                     *         "lastUpdated": "text",
                     *         "tag": [
                     *           {
                     *             "system": "text",
                     *             "code": "text",
                     *             "display": "text"
                     *           }
                     *         ]
                     *       },
                     *       "extension": [
                     *         {
                     *           "url": "text",
                     *           "valueBoolean": false,
                     *           "valueCode": "text",
                     *           "valueDateTime": "text",
                     *           "valueString": "text"
                     *         }
                     *       ],
                     *       "identifier": [
                     *         {
                     *           "system": "text",
                     *           "value": "text"
                     *         }
                     *       ],
                     *       "status": "active",
                     *       "operationalStatus": {
                     *         "system": "text",
                     *         "code": "text",
                     *         "display": "text"
                     *       },
                     *       "name": "text",
                     *       "description": "text",
                     *       "mode": "instance",
                     *       "type": [
                     *         {
                     *           "coding": [
                     *             {
                     *               "system": "text",
                     *               "code": "text",
                     *               "display": "text"
                     *             }
                     *           ],
                     *           "text": "text"
                     *         }
                     *       ],
                     *       "telecom": [
                     *         {
                     *           "system": "text",
                     *           "value": "text",
                     *           "use": "text"
                     *         }
                     *       ],
                     *       "physicalType": {
                     *         "coding": [
                     *           {
                     *             "system": "text",
                     *             "code": "text",
                     *             "display": "text"
                     *           }
                     *         ],
                     *         "text": "text"
                     *       },
                     *       "position": {
                     *         "latitude": 3,
                     *         "longitude": 3
                     *       },
                     *       "managingOrganization": {
                     *         "reference": "text",
                     *         "display": "text",
                     *         "identifier": {
                     *           "system": "text",
                     *           "value": "text"
                     *         }
                     *       },
                     *       "partOf": {
                     *         "reference": "text",
                     *         "display": "text",
                     *         "identifier": {
                     *           "system": "text",
                     *           "value": "text"
                     *         }
                     *       },
                     *       "availabilityExceptions": "text"
                     *     }
                     */
                    "application/fhir+json": components["schemas"]["FhirLocation"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFhirR4MeasureReport: {
        parameters: {
            query?: {
                period?: components["schemas"]["FhirDateParam"];
                _format?: "json" | "application/json" | "application/fhir+json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pooled capacity now as a SANER-style FHIR R4 MeasureReport */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resourceType": "Bundle",
                     *       "id": "text",
                     *       "meta": {
                     *         "lastUpdated": "text"
                     *       },
                     *       "type": "searchset",
                     *       "timestamp": "text",
                     *       "total": 3,
                     *       "link": [
                     *         {
                     *           "relation": "text",
                     *           "url": "text"
                     *         }
                     *       ],
                     *       "entry": [
                     *         {
                     *           "fullUrl": "text",
                     *           "resource": {
                     *             "resourceType": "MeasureReport",
                     *             "id": "text",
                     *             "meta": {
                     *               "lastUpdated": "text",
                     *               "tag": [
                     *                 {
                     *                   "system": "text",
                     *                   "code": "text",
                     *                   "display": "text"
                     *                 }
                     *               ]
                     *             },
                     *             "extension": [
                     *               {
                     *                 "url": "text",
                     *                 "valueBoolean": false,
                     *                 "valueCode": "text",
                     *                 "valueDateTime": "text",
                     *                 "valueString": "text"
                     *               }
                     *             ],
                     *             "status": "complete",
                     *             "type": "summary",
                     *             "measure": "text",
                     *             "date": "text",
                     *             "reporter": {
                     *               "reference": "text",
                     *               "display": "text",
                     *               "identifier": {
                     *                 "system": "text",
                     *                 "value": "text"
                     *               }
                     *             },
                     *             "period": {
                     *               "start": "text",
                     *               "end": "text"
                     *             },
                     *             "group": [
                     *               {
                     *                 "code": {
                     *                   "coding": [
                     *                     {
                     *                       "system": "text",
                     *                       "code": "text",
                     *                       "display": "text"
                     *                     }
                     *                   ],
                     *                   "text": "text"
                     *                 },
                     *                 "population": [
                     *                   {
                     *                     "code": {
                     *                       "coding": [
                     *                         {
                     *                           "system": "text",
                     *                           "code": "text",
                     *                           "display": "text"
                     *                         }
                     *                       ],
                     *                       "text": "text"
                     *                     },
                     *                     "count": 3
                     *                   }
                     *                 ],
                     *                 "measureScore": {
                     *                   "value": 3
                     *                 },
                     *                 "stratifier": [
                     *                   {
                     *                     "code": [
                     *                       {
                     *                         "coding": [
                     *                           {
                     *                             "system": "text",
                     *                             "code": "text",
                     *                             "display": "text"
                     *                           }
                     *                         ],
                     *                         "text": "text"
                     *                       }
                     *                     ],
                     *                     "stratum": [
                     *                       {
                     *                         "value": {
                     *                           "coding": [
                     *                             {
                     *                               "system": "text",
                     *                               "code": "text",
                     *                               "display": "text"
                     *                             }
                     *                           ],
                     *                           "text": "text"
                     *                         },
                     *                         "population": [
                     *                           {
                     *                             "code": {
                     *                               "coding": [
                     *                                 {
                     *                                   "system": "text",
                     *                                   "code": "text",
                     *                                   "display": "text"
                     *                                 }
                     *                               ],
                     *                               "text": "text"
                     *                             },
                     *                             "count": 3
                     *                           }
                     *                         ],
                     *                         "measureScore": {
                     *                           "value": 3
                     *                         }
                     *                       }
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           "search": {
                     *             "mode": "match"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/fhir+json": components["schemas"]["FhirMeasureReportBundle"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
}
