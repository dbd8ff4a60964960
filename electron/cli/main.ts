import readline from 'node:readline/promises';
import type { CliIo } from './command';
import { CliError, parseCliArgs } from './command';
import { COMMANDS } from './commands';
import { applyHeapPolicy } from '../heap-policy';

const HELP_FOOTER = `
Dates are ISO (YYYY-MM-DD). In --json output percentages are numbers (39.51 means 39,51%)
and attainment is a fraction (0.494 means 49,4% of the target).`;

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return `Usage: npm run cli -- <command> [options]\n\nCommands:\n${lines.join('\n')}\n${HELP_FOOTER}`;
}

const terminalIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  async confirm(question) {
    if (!process.stdin.isTTY) return false;
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^(y|yes|c|có|co)$/i.test((await rl.question(`${question} [y/N] `)).trim());
    } finally {
      rl.close();
    }
  },
};

/** Runs one command line; returns the process exit code. */
export async function runCli(argv: string[], io: CliIo = terminalIo): Promise<number> {
  try {
    const { command, ...args } = parseCliArgs(argv);
    if (!command || command === 'help' || (args.options.help && !command)) {
      io.out(helpText());
      return command ? 0 : args.options.help ? 0 : 1;
    }
    const found = COMMANDS.find((c) => c.name === command);
    if (!found) throw new CliError(`unknown command "${command}"; run with --help for the list`);
    if (args.options.help) {
      io.out(`Usage: npm run cli -- ${found.usage}\n\n${found.summary}`);
      return 0;
    }
    await found.run(args, io);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`error: ${message.split('\n')[0]}`);
    return error instanceof CliError || error instanceof Error ? 1 : 2;
  }
}

const isEntryPoint = process.argv[1] && /cli[\\/]main\.[tj]s$/.test(process.argv[1]);
if (isEntryPoint) {
  applyHeapPolicy();
  // A reader that stops early (`... --json | head`) closes the pipe: the output is not
  // wanted any more, which is no error. Every write to the database is its own
  // transaction, so stopping between writes leaves nothing half-written.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
