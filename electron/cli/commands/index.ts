import type { CliCommand } from '../command';
import { backupCommand, initCommand, restoreCommand, sampleCommand, sessionsCommand } from './database';

/** Every command of the command line, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  sampleCommand,
  sessionsCommand,
  backupCommand,
  restoreCommand,
];
