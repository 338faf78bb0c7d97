export * from './lib/domain';
export * from './lib/area-cell';
export * from './lib/recurrence';
export * from './lib/availability';
export * from './lib/contact-details';
export * from './lib/help-lifecycle';
export * from './lib/risky-content';
export * from './lib/safety';
