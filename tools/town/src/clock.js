"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LAUNCH_MS = exports.TODAY_MS = exports.DAY_MS = exports.TOWN_TODAY = void 0;
exports.timestamp = timestamp;
exports.isoDate = isoDate;
exports.monthFromToday = monthFromToday;
exports.isoWeekday = isoWeekday;
/**
 * The town's calendar. Every date is computed from one fixed "today" rather than the real clock,
 * so the same seed gives the same town whenever it is generated.
 */
exports.TOWN_TODAY = '2026-11-22';
exports.DAY_MS = 86_400_000;
exports.TODAY_MS = Date.parse(`${exports.TOWN_TODAY}T00:00:00Z`);
/** The platform went live two years before "today": no record is older than this. */
exports.LAUNCH_MS = exports.TODAY_MS - 730 * exports.DAY_MS;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const dayNames = new Map();
/**
 * `YYYY-MM-DDTHH:MM:SSZ`, whole seconds, UTC. A large town needs millions of these, so the date part
 * is formatted once per day and the time from a table of two-digit strings.
 */
function timestamp(ms) {
    const seconds = Math.floor(ms / 1000);
    const day = Math.floor(seconds / 86_400);
    let date = dayNames.get(day);
    if (date === undefined) {
        date = isoDate(day * exports.DAY_MS);
        dayNames.set(day, date);
    }
    const time = seconds - day * 86_400;
    return `${date}T${TWO_DIGITS[Math.floor(time / 3600)]}:${TWO_DIGITS[Math.floor(time / 60) % 60]}:${TWO_DIGITS[time % 60]}Z`;
}
/** `YYYY-MM-DD` (UTC). */
function isoDate(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** First day (`YYYY-MM-01`) of the month `offset` months from today's month (negative = past). */
function monthFromToday(offset) {
    const today = new Date(exports.TODAY_MS);
    return isoDate(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
}
/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
function isoWeekday(ms) {
    return ((new Date(ms).getUTCDay() + 6) % 7) + 1;
}
