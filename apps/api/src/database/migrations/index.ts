import { MigrationInterface } from 'typeorm';
import { Initial1795324705213 } from './1795324705213-Initial';

// Every migration, in order. A committed migration is never edited: add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795324705213];
