/**
 * ExcelJS and mammoth are loaded with the first spreadsheet or Word file read, not with
 * the app (readers/xlsx-reader.ts, readers/docx-reader.ts): 35 MiB resident that most
 * processes never need. Checked in a fresh Node process, where nothing else has loaded them.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SCRIPT = `
  import Module from 'node:module';
  const loaded = () => {
    const files = Object.keys(Module._cache);
    return { exceljs: files.some((f) => f.includes('/node_modules/exceljs/')), mammoth: files.some((f) => f.includes('/node_modules/mammoth/')) };
  };
  const importing = await import('./electron/importing/index.ts');
  const { writeIndicatorTemplate } = await import('./electron/importing/readers/xlsx-layout.ts');
  const { Document, Packer, Paragraph } = await import('docx');
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Phiên họp thứ hai')] }] }));
  const steps = {};
  await importing.readDocument(new TextEncoder().encode('Phiên họp thứ nhất'), 'a.txt');
  steps.afterText = loaded();
  await importing.readDocument(docx, 'b.docx');
  steps.afterWord = loaded();
  await writeIndicatorTemplate();
  steps.afterSpreadsheet = loaded();
  process.stdout.write(JSON.stringify(steps));
`;

describe('document readers', () => {
  it('load ExcelJS and mammoth only when a spreadsheet or a Word file is first handled', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(out)).toEqual({
      afterText: { exceljs: false, mammoth: false },
      afterWord: { exceljs: false, mammoth: true },
      afterSpreadsheet: { exceljs: true, mammoth: true },
    });
  });
});
