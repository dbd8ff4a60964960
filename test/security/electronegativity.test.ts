/**
 * The Electron security scan runs with the tests: any high or medium finding of
 * @doyensec/electronegativity that the reviewed allow-list does not cover fails them,
 * with the finding printed, and so does an allow-list entry that matches nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AllowEntry, ScanResult } from '../../scripts/security-scan';
import { describeFinding, loadAllowlist, scanProject, staleEntries, unreviewedFindings } from '../../scripts/security-scan';

let scan: ScanResult;
let allowlist: AllowEntry[];

beforeAll(async () => {
  allowlist = loadAllowlist();
  scan = await scanProject();
}, 180_000);

describe('electronegativity', () => {
  it('parses every source file it scans', () => {
    expect(scan.unparsed).toEqual([]);
  });

  it('finds no high or medium issue outside the reviewed allow-list', () => {
    expect(unreviewedFindings(scan.findings, allowlist).map(describeFinding)).toEqual([]);
  });

  it('has no allow-list entry left over from code that changed or was fixed', () => {
    expect(staleEntries(scan.findings, allowlist)).toEqual([]);
  });
});
