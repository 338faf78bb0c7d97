import DataLoader from 'dataloader';
import type { GraphQLContext, Loaders } from '../graphql/loaders';
import { DateCounts, dateKey, GoingRepository, RsvpRow, SessionDate } from './going.repository';

/** Per-request batches of going lists: a page of dates asks for its counts in one query. */
export interface GoingLoaders {
  counts: DataLoader<SessionDate, DateCounts, string>;
  /** The viewer's own RSVP per date (one loader per person: the viewer may change on sign-in). */
  rsvpOf(personId: string): DataLoader<SessionDate, RsvpRow | null, string>;
}

// Keyed by the request's Loaders, which live exactly as long as the request (and are made fresh
// for each event of a subscription).
const perRequest = new WeakMap<Loaders, GoingLoaders>();

export function goingLoaders(context: GraphQLContext, repository: GoingRepository): GoingLoaders {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) {
    const byPerson = new Map<string, DataLoader<SessionDate, RsvpRow | null, string>>();
    loaders = {
      counts: new DataLoader(
        async (dates) => {
          const counts = await repository.counts(dates);
          return dates.map((date) => counts.get(dateKey(date)) ?? { going: 0, waiting: 0 });
        },
        { cacheKeyFn: dateKey },
      ),
      rsvpOf(personId) {
        let loader = byPerson.get(personId);
        if (!loader) {
          loader = new DataLoader(
            async (dates) => {
              const rsvps = await repository.rsvpsOf(personId, dates);
              return dates.map((date) => rsvps.get(dateKey(date)) ?? null);
            },
            { cacheKeyFn: dateKey },
          );
          byPerson.set(personId, loader);
        }
        return loader;
      },
    };
    perRequest.set(context.loaders, loaders);
  }
  return loaders;
}
