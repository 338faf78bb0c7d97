/** The database cannot be used at start; its message is shown to the person running Village as is. */
export class DatabaseUnavailableError extends Error {}
