import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateError, loadBriefingTemplate, loadConclusionTemplate } from '../../electron/exporting/templates';
import { TEMPLATES_DIR } from '../../electron/paths';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped templates with one file edited. */
function editedTemplates(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'templates-'));
  made.push(dir);
  fs.cpSync(TEMPLATES_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const before = fs.readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(target, after);
  return dir;
}

/** The 1-based line of the first line of `text` matching the pattern. */
function lineOf(text: string, pattern: RegExp): number {
  return text.split('\n').findIndex((line) => pattern.test(line)) + 1;
}

function failure(load: () => unknown): TemplateError {
  try {
    load();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('the template was accepted');
}

describe('document templates', () => {
  it('loads the shipped templates with the Government Office defaults and the decree values', () => {
    const { layout, template } = loadConclusionTemplate();
    expect(layout.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(layout.fontSizes.body).toBe(14);
    expect(template.symbol).toBe('TB-VPCP');
    expect(template.issuer.name).toBe('VĂN PHÒNG CHÍNH PHỦ');
    expect(template.recipients.archive).toBe('Lưu: VT, KGVX (2)');
    const briefing = loadBriefingTemplate();
    expect(briefing.template.symbol).toBe('BC-VPCP');
    expect(briefing.template.documentType).toBe('BÁO CÁO');
  });

  it('refuses a margin outside the decree, naming the file, the line and the field', () => {
    const dir = editedTemplates('layout.yaml', (t) => t.replace(/^( {2}left:) 30/m, '$1 25'));
    const error = failure(() => loadConclusionTemplate(dir));
    const line = lineOf(fs.readFileSync(path.join(dir, 'layout.yaml'), 'utf8'), /^ {2}left: 25/);
    expect(error.file).toBe('layout.yaml');
    expect(error.line).toBe(line);
    expect(error.field).toBe('margins.left');
    expect(error.message).toBe(`Tệp mẫu layout.yaml, dòng ${line}: trường "margins.left" phải từ 30 đến 35 mm (Nghị định 30/2020/NĐ-CP)`);
  });

  it('names a misspelt field on its own line', () => {
    const dir = editedTemplates('conclusion.yaml', (t) => t.replace(/^symbol: TB-VPCP$/m, 'symbl: TB-VPCP'));
    const error = failure(() => loadConclusionTemplate(dir));
    const text = fs.readFileSync(path.join(dir, 'conclusion.yaml'), 'utf8');
    expect(error.message).toBe(`Tệp mẫu conclusion.yaml, dòng ${lineOf(text, /^symbl:/)}: trường "symbl" không có trong mẫu (kiểm tra chính tả tên trường)`);
  });

  it('takes the fields an older edited copy lacks from the shipped template, keeping the staff wording', () => {
    // A copy edited before an upgrade: its own signer, and no carriedOverSummary group, which came later.
    const dir = editedTemplates('conclusion.yaml', (t) =>
      t.replace(/^( {2}name: )Trần Văn Sơn$/m, '$1Nguyễn Văn A').replace(/^ {2}carriedOverSummary:.*\n(?: {4}.*\n| {6}.*\n)+/m, ''),
    );
    expect(fs.readFileSync(path.join(dir, 'conclusion.yaml'), 'utf8')).not.toContain('carriedOverSummary');
    const { template } = loadConclusionTemplate(dir);
    expect(template.signer.name).toBe('Nguyễn Văn A');
    expect(template.tasks.carriedOverSummary).toEqual(loadConclusionTemplate().template.tasks.carriedOverSummary);
  });

  it('names a wrong type and a misspelt placeholder with their lines', () => {
    const dir = editedTemplates('conclusion.yaml', (t) =>
      t.replace(/^( {2}name: )Trần Văn Sơn$/m, '$1[]').replace('{summary}, cụ thể:', '{sumary}, cụ thể:'),
    );
    const error = failure(() => loadConclusionTemplate(dir));
    const text = fs.readFileSync(path.join(dir, 'conclusion.yaml'), 'utf8');
    expect(error.message).toContain(`dòng ${lineOf(text, /\{sumary\}/)}: trường "shortcomings.overdue" có chỗ điền {sumary} không hợp lệ`);
    expect(error.message).toContain(`dòng ${lineOf(text, /^ {2}name: \[\]/)}: trường "signer.name" phải là một dòng chữ`);
  });

  it('reports broken YAML with its line', () => {
    const dir = editedTemplates('briefing.yaml', (t) => t.replace(/^symbol: BC-VPCP$/m, 'symbol: [BC-VPCP'));
    const error = failure(() => loadBriefingTemplate(dir));
    expect(error.file).toBe('briefing.yaml');
    expect(error.message).toMatch(/^Tệp mẫu briefing\.yaml, dòng \d+: sai cú pháp YAML/);
    expect(error.line).toBeGreaterThanOrEqual(lineOf(fs.readFileSync(path.join(dir, 'briefing.yaml'), 'utf8'), /^symbol:/));
  });

  it('ships the templates and their documentation in the templates folder of the app', () => {
    for (const file of ['layout.yaml', 'conclusion.yaml', 'briefing.yaml', 'README.md']) {
      expect(fs.existsSync(path.join(TEMPLATES_DIR, file))).toBe(true);
    }
  });
});
