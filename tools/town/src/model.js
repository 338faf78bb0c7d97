"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOWN_TABLES = void 0;
exports.townStats = townStats;
/** The tables a town fills, in foreign-key order. */
exports.TOWN_TABLES = [
    'household',
    'person',
    'village_group',
    'space',
    'session',
    'membership',
    'help_post',
    'tie',
];
function townStats(town) {
    return {
        household: town.households.length,
        person: town.people.length,
        village_group: town.groups.length,
        space: town.spaces.length,
        session: town.sessions.length,
        membership: town.memberships.length,
        help_post: town.helpPosts.length,
        tie: town.ties.length,
    };
}
