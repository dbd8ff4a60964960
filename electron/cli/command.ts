import { parseArgs } from 'node:util';

/** What a command writes to: stdout carries results (and --json alone), stderr messages. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks a yes/no question on the terminal; false when there is no terminal. */
  confirm(question: string): Promise<boolean>;
}

export interface CliArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(args: CliArgs, io: CliIo): Promise<void>;
}

/** A failure the user can fix; printed as one line without a stack trace. */
export class CliError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  'as-of': { type: 'string' },
  session: { type: 'string' },
  agency: { type: 'string' },
  format: { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean' },
  yes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(argv: string[]): CliArgs & { command: string | undefined } {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options: values };
}

export function requireOption(args: CliArgs, name: string): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value === '') throw new CliError(`missing --${name}`);
  return value;
}

export function optionalString(args: CliArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A positive integer option such as --session 3. */
export function optionalId(args: CliArgs, name: string): number | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--${name} must be a number, got "${value}"`);
  return Number(value);
}

/** An ISO date option such as --as-of 2025-07-31. */
export function optionalIsoDate(args: CliArgs, name: string): string | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
