import { generateGroups } from './groups';
import { generateHelpPosts } from './help-posts';
import { generateMemberships } from './memberships';
import type { Town, TownSize } from './model';
import { generatePopulation } from './people';
import { generatePostcodes } from './postcodes';
import { Random } from './random';
import { generateSessions } from './sessions';
import { generateSpaces } from './spaces';
import { Neighbourhood, TieBook } from './tie-book';
import { generateTies } from './ties';

/** Members the platform has at each size; the town itself is always about 500,000 people. */
export const TOWN_SIZE_PEOPLE: Readonly<Record<TownSize, number>> = {
  S: 2_000,
  M: 20_000,
  L: 100_000,
  XL: 1_000_000,
};

/**
 * Spaces and groups grow more slowly than membership: a bigger slice of the same town reveals more of
 * its places and groups, but each group also gains members. Help posts grow with people.
 */
function scaled(atSmall: number, people: number, exponent: number): number {
  return Math.round(atSmall * (people / TOWN_SIZE_PEOPLE.S) ** exponent);
}

/** Generates a whole town in memory. The same size and seed always give the same town, byte for byte. */
export function generateTown(size: TownSize, seed: number): Town {
  const people = TOWN_SIZE_PEOPLE[size];
  const population = generatePopulation(new Random(seed, 'people'), people);
  const venues = generateSpaces(new Random(seed, 'spaces'), scaled(80, people, 0.62));
  const organisations = generateGroups(
    new Random(seed, 'groups'),
    scaled(60, people, 0.72),
    venues,
  );
  const sessions = generateSessions(new Random(seed, 'sessions'), organisations, venues);
  const plan = generateMemberships(
    new Random(seed, 'memberships'),
    population.residents,
    organisations,
  );

  const neighbourhood = new Neighbourhood(population.residents);
  const book = new TieBook(new Random(seed, 'tie-timing'), population.residents.length);
  const helpPosts = generateHelpPosts(
    new Random(seed, 'help'),
    scaled(150, people, 1),
    population.residents,
    organisations,
    plan.membersOf,
    neighbourhood,
    book,
  );
  generateTies(
    new Random(seed, 'ties'),
    {
      residents: population.residents,
      householdMembers: population.householdMembers,
      organisations,
      venues,
      sessions,
      plan,
      neighbourhood,
    },
    book,
  );

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
    postcodes: generatePostcodes(venues.map((venue) => venue.space)),
  };
}
