import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import type { SampleDatabase } from './helpers';
import { docxParts, pdfInfo, sampleDatabase, xmlText } from './helpers';

describe('command line: export', () => {
  let sample: SampleDatabase;

  beforeAll(() => {
    sample = sampleDatabase();
    // The command opens the file itself.
    sample.db.close();
  });
  afterAll(() => fs.rmSync(sample.dir, { recursive: true, force: true }));

  it('writes the conclusion notice as .docx and the briefing as .pdf, leaving no partial file', async () => {
    const docx = path.join(sample.dir, 'out', 'thong-bao.docx');
    const run = await cli(['export', 'conclusion', '--db', sample.file, '--session', String(sample.third), '--format', 'docx', '--out', docx]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(xmlText(docxParts(fs.readFileSync(docx))['word/document.xml'] ?? '')).toContain('THÔNG BÁO');

    const pdf = path.join(sample.dir, 'out', 'bao-cao.pdf');
    expect((await cli(['export', 'briefing', '--db', sample.file, '--session', String(sample.fourth), '--format', 'pdf', '--out', pdf])).code).toBe(0);
    expect(pdfInfo(pdf)['Page size']).toMatch(/^595\.28 x 841\.89/);
    expect(fs.readdirSync(path.dirname(pdf)).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('fails with one line for a wrong kind, format or session, and writes nothing', async () => {
    const out = path.join(sample.dir, 'bad.pdf');
    const base = ['--db', sample.file, '--out', out];
    const kind = await cli(['export', 'memo', ...base, '--session', '1', '--format', 'pdf']);
    expect(kind.code).not.toBe(0);
    expect(kind.stderr).toMatch(/briefing or conclusion/);
    const format = await cli(['export', 'briefing', ...base, '--session', '1', '--format', 'odt']);
    expect(format.stderr).toMatch(/--format must be docx or pdf/);
    const session = await cli(['export', 'briefing', ...base, '--session', '999', '--format', 'pdf']);
    expect(session.code).not.toBe(0);
    expect(session.stderr.split('\n')).toHaveLength(1);
    expect(session.stderr).toContain('Không tìm thấy phiên họp #999');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
  });

  it('is listed in --help', async () => {
    expect((await cli(['--help'])).stdout).toContain('export briefing|conclusion --db FILE --session ID --format docx|pdf --out PATH');
  });
});
