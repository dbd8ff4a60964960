/**
 * The Electron security scan: @doyensec/electronegativity over the project, compared
 * with the reviewed allow-list (security/electronegativity-allowlist.json). Used by
 * test/security/electronegativity.test.ts and by `npm run security:scan`, which also
 * writes the SARIF report to test-artifacts/ and exits non-zero on unreviewed findings.
 *
 * The tool always exits 0, and its SARIF output carries no severity, so the findings
 * are taken from its programmatic API instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import run from '@doyensec/electronegativity';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
export const ALLOWLIST_FILE = path.join(PROJECT_ROOT, 'security', 'electronegativity-allowlist.json');

/**
 * Build output is generated from the scanned sources plus dependencies (which the tool
 * skips in node_modules too); its file names carry content hashes, so it is left out.
 */
const GENERATED = /^(dist-electron|dist-renderer|release|test-artifacts)\//;

/** Fetches the list of Electron releases from the internet: unavailable offline, and not about our code. */
const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const BLOCKING = new Set(['HIGH', 'MEDIUM']);

export interface Finding {
  id: string;
  severity: string;
  file: string;
  line: number;
  sample: string;
  description: string;
}

export interface AllowEntry {
  id: string;
  file: string;
  /** The flagged line, trimmed; when it changes, the finding must be reviewed again. */
  sample?: string;
  reason: string;
}

export interface ScanResult {
  findings: Finding[];
  /** Files the scanner could not parse: they were not checked at all. */
  unparsed: Array<{ file: string; message: string }>;
}

export async function scanProject(root = PROJECT_ROOT, sarifFile?: string): Promise<ScanResult> {
  const result = await run({
    input: root,
    isRelative: true,
    excludeFromScan: ONLINE_CHECKS,
    ...(sarifFile ? { output: sarifFile, isSarif: true } : {}),
  });
  const relative = (file: string) => (path.isAbsolute(file) ? path.relative(root, file) : file).split(path.sep).join('/');
  return {
    findings: result.issues
      .map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        file: relative(issue.file),
        line: issue.location?.line ?? 0,
        sample: (issue.sample ?? '').trim(),
        description: issue.description,
      }))
      .filter((f) => !GENERATED.test(f.file)),
    unparsed: result.errors.filter((e) => !e.tolerable && !GENERATED.test(relative(e.file))).map((e) => ({ file: relative(e.file), message: e.message })),
  };
}

export function loadAllowlist(file = ALLOWLIST_FILE): AllowEntry[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries?: AllowEntry[] };
  const entries = parsed.entries ?? [];
  for (const entry of entries) {
    if (!entry.id || !entry.file || !entry.reason?.trim()) throw new Error(`Allow-list entry without id, file or reason: ${JSON.stringify(entry)}`);
  }
  return entries;
}

function allows(entry: AllowEntry, finding: Finding): boolean {
  return entry.id === finding.id && entry.file === finding.file && (entry.sample === undefined || entry.sample === finding.sample);
}

/** High and medium findings no allow-list entry covers. */
export function unreviewedFindings(findings: readonly Finding[], allowlist: readonly AllowEntry[]): Finding[] {
  return findings.filter((f) => BLOCKING.has(f.severity) && !allowlist.some((entry) => allows(entry, f)));
}

/** Entries that no longer match any finding: fixed, or the code moved and needs a fresh review. */
export function staleEntries(findings: readonly Finding[], allowlist: readonly AllowEntry[]): AllowEntry[] {
  return allowlist.filter((entry) => !findings.some((f) => allows(entry, f)));
}

export function describeFinding(f: Finding): string {
  return `${f.severity} ${f.id} ${f.file}:${f.line} ${f.sample ? `«${f.sample.slice(0, 120)}» ` : ''}— ${f.description}`;
}

const isEntryPoint = process.argv[1] && /scripts[\\/]security-scan\.[tj]s$/.test(process.argv[1]);
if (isEntryPoint) {
  const sarif = path.join(PROJECT_ROOT, 'test-artifacts', 'electronegativity.sarif');
  fs.mkdirSync(path.dirname(sarif), { recursive: true });
  scanProject(PROJECT_ROOT, sarif).then(({ findings, unparsed }) => {
    const allowlist = loadAllowlist();
    const blocking = unreviewedFindings(findings, allowlist);
    for (const f of findings) process.stdout.write(`${blocking.includes(f) ? 'UNREVIEWED ' : ''}${describeFinding(f)}\n`);
    for (const u of unparsed) process.stdout.write(`NOT SCANNED ${u.file}: ${u.message}\n`);
    for (const e of staleEntries(findings, allowlist)) process.stdout.write(`STALE allow-list entry ${e.id} ${e.file}\n`);
    process.stdout.write(`SARIF report: ${path.relative(PROJECT_ROOT, sarif)}\n`);
    process.exitCode = blocking.length > 0 || unparsed.length > 0 ? 1 : 0;
  });
}
