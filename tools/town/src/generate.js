"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOWN_SIZE_PEOPLE = void 0;
exports.generateTown = generateTown;
const groups_1 = require("./groups");
const help_posts_1 = require("./help-posts");
const memberships_1 = require("./memberships");
const people_1 = require("./people");
const random_1 = require("./random");
const sessions_1 = require("./sessions");
const spaces_1 = require("./spaces");
const tie_book_1 = require("./tie-book");
const ties_1 = require("./ties");
/** Members the platform has at each size; the town itself is always about 500,000 people. */
exports.TOWN_SIZE_PEOPLE = {
    S: 2_000,
    M: 20_000,
    L: 100_000,
};
/**
 * Spaces and groups grow more slowly than membership: a bigger slice of the same town reveals more of
 * its places and groups, but each group also gains members. Help posts grow with people.
 */
function scaled(atSmall, people, exponent) {
    return Math.round(atSmall * (people / exports.TOWN_SIZE_PEOPLE.S) ** exponent);
}
/** Generates a whole town in memory. The same size and seed always give the same town, byte for byte. */
function generateTown(size, seed) {
    const people = exports.TOWN_SIZE_PEOPLE[size];
    const population = (0, people_1.generatePopulation)(new random_1.Random(seed, 'people'), people);
    const venues = (0, spaces_1.generateSpaces)(new random_1.Random(seed, 'spaces'), scaled(80, people, 0.62));
    const organisations = (0, groups_1.generateGroups)(new random_1.Random(seed, 'groups'), scaled(60, people, 0.72), venues);
    const sessions = (0, sessions_1.generateSessions)(new random_1.Random(seed, 'sessions'), organisations, venues);
    const plan = (0, memberships_1.generateMemberships)(new random_1.Random(seed, 'memberships'), population.residents, organisations);
    const neighbourhood = new tie_book_1.Neighbourhood(population.residents);
    const book = new tie_book_1.TieBook(new random_1.Random(seed, 'tie-timing'), population.residents.length);
    const helpPosts = (0, help_posts_1.generateHelpPosts)(new random_1.Random(seed, 'help'), scaled(150, people, 1), population.residents, organisations, plan.membersOf, neighbourhood, book);
    (0, ties_1.generateTies)(new random_1.Random(seed, 'ties'), {
        residents: population.residents,
        householdMembers: population.householdMembers,
        organisations,
        venues,
        sessions,
        plan,
        neighbourhood,
    }, book);
    return {
        size,
        seed,
        households: population.households,
        people: population.people,
        groups: organisations.map((organisation) => organisation.group),
        spaces: venues.map((venue) => venue.space),
        sessions,
        memberships: plan.memberships,
        helpPosts,
        ties: book.ties,
    };
}
