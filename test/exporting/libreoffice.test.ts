import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../electron/exporting';
import type { SampleDatabase } from './helpers';
import { pdfPages, pdfText, sampleDatabase, save } from './helpers';

/**
 * The Word files as another office suite sees them: LibreOffice converts each one
 * without error, and lays it out in about as many pages as the app's own PDF, which
 * is what the fixed table widths and the shared page geometry are for.
 */
describe('Word export opened by LibreOffice', () => {
  let sample: SampleDatabase;
  const documents = [
    { name: 'conclusion', kind: 'conclusion' as const, session: (s: SampleDatabase) => s.third, appendix: true },
    { name: 'briefing', kind: 'briefing' as const, session: (s: SampleDatabase) => s.fourth, appendix: false },
  ];

  beforeAll(async () => {
    sample = sampleDatabase();
    for (const d of documents) {
      for (const format of ['docx', 'pdf'] as const) {
        const bytes = await exportDocument(sample.db, { sessionId: d.session(sample), kind: d.kind, format, appendix: d.appendix });
        save(sample.dir, `${d.name}.${format}`, bytes);
      }
    }
    const converted = path.join(sample.dir, 'libreoffice');
    // A profile of its own, so the test neither depends on nor changes the user's LibreOffice settings.
    const profile = pathToFileURL(path.join(sample.dir, 'lo-profile')).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', converted, ...documents.map((d) => path.join(sample.dir, `${d.name}.docx`))],
      { stdio: 'pipe', timeout: 170_000 },
    );
  }, 180_000);
  afterAll(() => sample?.close());

  for (const d of documents) {
    it(`converts the ${d.name} .docx, within one page of the app's PDF`, () => {
      const converted = path.join(sample.dir, 'libreoffice', `${d.name}.pdf`);
      expect(fs.existsSync(converted)).toBe(true);
      const ours = pdfPages(path.join(sample.dir, `${d.name}.pdf`));
      const theirs = pdfPages(converted);
      expect(Math.abs(theirs - ours)).toBeLessThanOrEqual(1);
      const text = pdfText(converted).normalize('NFC');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Nơi nhận:');
    });
  }
});
