export * from './model';
export { GraphBuilder } from './graph-builder';
export { degrees, weightedDegrees, components, egoSizes, effectiveSize } from './measures';
export { louvain, modularity } from './louvain';
export { betweenness } from './betweenness';
export { pagerank } from './pagerank';
export {
  TIE_HALF_LIFE_DAYS,
  ACTIVE_TIE_THRESHOLD,
  MEMBERSHIP_WEIGHT_FACTOR,
  CO_ATTENDANCE_RULE,
  CONNECTEDNESS_THRESHOLDS,
  EVENT_SOURCES,
  STATE_SOURCES,
  TIE_SOURCES,
  tieWeight,
  tieWeightAt,
} from './tie-weight';
export { analyseTown, DEFAULT_BETWEENNESS_SAMPLES, median } from './analyse-town';
export type { AnalyseTownInput } from './analyse-town';
