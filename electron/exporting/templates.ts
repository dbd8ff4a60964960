/**
 * Loads the document templates: templates/layout.yaml (page and type, shared by both
 * documents) and templates/<kind>.yaml (wording, recipients, signer). A mistake is
 * reported in Vietnamese with the file, the line and the field, because the staff who
 * edit these files cannot read a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Document as YamlDocument } from 'yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import { TEMPLATES_DIR } from '../paths';
import type { PageLayout } from './document-model';
import type { BriefingTemplate, ConclusionTemplate, DocumentKind } from './template-schema';
import { BriefingTemplateSchema, ConclusionTemplateSchema, LayoutSchema } from './template-schema';

const LAYOUT_FILE = 'layout.yaml';

/** A template that cannot be used: which file, which line, which field. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly field: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'một dòng chữ',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường',
  null: 'null',
};

function fieldName(segments: ReadonlyArray<PropertyKey>): string {
  return segments.map((s) => (typeof s === 'number' ? `[${s}]` : String(s))).join('.').replace(/\.\[/g, '[');
}

/** The line of the deepest node the path reaches, and whether it reaches the end. */
function locate(doc: YamlDocument, segments: ReadonlyArray<PropertyKey>, lines: LineCounter): { line: number; found: boolean } {
  let node: unknown = doc.contents;
  let line = isMap(node) || isSeq(node) ? lines.linePos(node.range?.[0] ?? 0).line : 1;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return { line, found: false };
      line = isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return { line, found: false };
      node = item;
      if (isScalar(item) && item.range) line = lines.linePos(item.range[0]).line;
    } else {
      return { line, found: false };
    }
  }
  return { line: Math.max(1, line), found: true };
}

function issueMessage(issue: z.core.$ZodIssue, found: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!found) return 'bị thiếu';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      if (issue.origin === 'array') return `phải có ít nhất ${String(issue.minimum)} mục`;
      return issue.message.startsWith('phải') ? issue.message : `không được nhỏ hơn ${String(issue.minimum)}`;
    case 'too_big':
      return issue.message.startsWith('phải') ? issue.message : `không được lớn hơn ${String(issue.maximum)}`;
    case 'invalid_value':
      return `phải là ${issue.values.map((v) => String(v)).join(' hoặc ')}`;
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields `value` lacks, taken from `defaults`, group by group; what `value` holds stays as it is. */
function fillMissing(value: unknown, defaults: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(defaults)) return value;
  const filled: Record<string, unknown> = { ...value };
  for (const [key, fallback] of Object.entries(defaults)) {
    filled[key] = key in value ? fillMissing(value[key], fallback) : fallback;
  }
  return filled;
}

/**
 * The staff's copy of a template (in the app's data folder) with the fields it lacks
 * taken from the template of the same name that ships with the app: a copy edited
 * before an upgrade that added fields keeps working, with the staff's own wording
 * where they wrote one. A misspelt field is still an error.
 */
function withShippedDefaults(value: unknown, file: string): unknown {
  const shipped = path.join(TEMPLATES_DIR, path.basename(file));
  if (path.resolve(shipped) === path.resolve(file) || !fs.existsSync(shipped)) return value;
  return fillMissing(value, parseDocument(fs.readFileSync(shipped, 'utf8').normalize('NFC')).toJS());
}

/**
 * Reads and checks one YAML file against a schema; throws a TemplateError naming the
 * line. Fields the file lacks come from the shipped template of the same name.
 */
export function readYamlFile<T>(file: string, schema: z.ZodType<T>): T {
  const name = path.basename(file);
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    throw new TemplateError(`Không đọc được tệp mẫu ${file}`, name, 0, '');
  }
  const lines = new LineCounter();
  const doc = parseDocument(source.normalize('NFC'), { lineCounter: lines });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line ?? 1;
    throw new TemplateError(
      `Tệp mẫu ${name}, dòng ${line}: sai cú pháp YAML (${syntax.message.split('\n')[0]})`,
      name,
      line,
      '',
    );
  }
  const result = schema.safeParse(withShippedDefaults(doc.toJS(), file));
  if (result.success) return result.data;

  const problems = result.error.issues.flatMap((issue) => {
    // An unknown key is reported on its own line, a missing one on its parent's.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return keys.map((segments) => {
      const { line, found } = locate(doc, segments, lines);
      const field = fieldName(segments);
      const message =
        issue.code === 'unrecognized_keys' ? 'không có trong mẫu (kiểm tra chính tả tên trường)' : issueMessage(issue, found);
      return { line, field, text: `Tệp mẫu ${name}, dòng ${line}: trường "${field}" ${message}` };
    });
  });
  problems.sort((a, b) => a.line - b.line);
  const first = problems[0];
  if (!first) throw new TemplateError(`Tệp mẫu ${name} không hợp lệ`, name, 1, '');
  throw new TemplateError(problems.map((p) => p.text).join('\n'), name, first.line, first.field);
}

export interface LoadedTemplate<T> {
  layout: PageLayout;
  template: T;
}

/**
 * The text of the files a document's templates come from, or where one cannot be read,
 * a mark that differs from any text: what a document built from them depends on.
 */
export function templateTexts(dir: string, kind: DocumentKind): string[] {
  return [LAYOUT_FILE, `${kind}.yaml`].map((name) => {
    try {
      return fs.readFileSync(path.join(dir, name), 'utf8');
    } catch {
      return `\u0000${name}`;
    }
  });
}

/** The notice's templates from the folder; the app's own templates/ by default. */
export function loadConclusionTemplate(dir: string = TEMPLATES_DIR): LoadedTemplate<ConclusionTemplate> {
  return {
    layout: readYamlFile(path.join(dir, LAYOUT_FILE), LayoutSchema),
    template: readYamlFile(path.join(dir, 'conclusion.yaml'), ConclusionTemplateSchema),
  };
}

/** The report's templates from the folder; the app's own templates/ by default. */
export function loadBriefingTemplate(dir: string = TEMPLATES_DIR): LoadedTemplate<BriefingTemplate> {
  return {
    layout: readYamlFile(path.join(dir, LAYOUT_FILE), LayoutSchema),
    template: readYamlFile(path.join(dir, 'briefing.yaml'), BriefingTemplateSchema),
  };
}
