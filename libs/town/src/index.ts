// What the API and the benchmarks use; everything else stays inside the generator.
export { generateTown } from './generate';
export { loadGeneratedTown, loadTown, townIsEmpty } from './load';
export type { LoadTownOptions, TownLoadProgress } from './load';
export { isTownSize, TOWN_TABLES } from './model';
export type { Town, TownSize, TownStats, TownTable } from './model';
export { generatePostcodes, wardPostcode } from './postcodes';
export type { TownPostcode } from './model';
export { arrayLiteral, copyRow } from './copy-format';
export type { CopyValue } from './copy-format';
