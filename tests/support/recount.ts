// The tests recount with the bench's own recount, so the two can never disagree on what "right" is.
export { doubleBookings, readCounters, recountBeds } from '../../scripts/recount.js';
