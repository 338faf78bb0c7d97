export * from './lib/domain';
export * from './lib/area-cell';
export * from './lib/recurrence';
