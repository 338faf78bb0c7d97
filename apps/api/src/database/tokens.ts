/** Injection tokens for things built before Nest starts (see main.ts and the test harness). */
export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const APP_CONFIG = Symbol('APP_CONFIG');
export const LOGGER = Symbol('LOGGER');
