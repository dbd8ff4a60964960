import type { Migration } from '../migration';
import { initialSchema } from './001-initial-schema';

/** Every migration, in order; a new step is a new file appended here. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];
