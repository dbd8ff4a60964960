import type { CliCommand } from '../command';
import { compareCommand, tasksCommand } from './comparison';
import { backupCommand, initCommand, restoreCommand, sampleCommand, sessionsCommand } from './database';
import { exportCommand } from './exporting';
import { extractCommand, importCommand, importXlsxCommand, xlsxTemplateCommand } from './importing';

/** Every command of the command line, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  sampleCommand,
  sessionsCommand,
  backupCommand,
  restoreCommand,
  compareCommand,
  tasksCommand,
  exportCommand,
  extractCommand,
  importCommand,
  importXlsxCommand,
  xlsxTemplateCommand,
];
