export { TOWN_TODAY } from './clock';
export { TOWN_SIZE_PEOPLE, generateTown } from './generate';
export { TOWN_CENTRE } from './geography';
export { loadGeneratedTown, loadTown, townIsEmpty } from './load';
export type { LoadTownOptions, TownLoadProgress } from './load';
export { TOWN_TABLES, townStats } from './model';
export type {
  OpeningPeriod,
  Town,
  TownGroup,
  TownHelpPost,
  TownHousehold,
  TownMembership,
  TownPerson,
  TownSession,
  TownSize,
  TownSpace,
  TownStats,
  TownTable,
  TownTie,
} from './model';
