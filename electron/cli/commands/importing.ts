import fs from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { formatDateVi, formatNumberVi } from '../../domain/vietnamese';
import type { DraftDocument, ImportCounts, ImportDraft } from '../../importing';
import { draftImport, extractDocument, importXlsx, readDocumentFile, readFileBytes, saveImport, writeIndicatorTemplate } from '../../importing';
import type { Extraction } from '../../importing';
import type { CliCommand, CliIo } from '../command';
import { CliError, printJson, requireOption } from '../command';

function describeExtraction(io: CliIo, extraction: Extraction): void {
  const s = extraction.session;
  io.out(`Session: ${s.title ?? '(no title)'}`);
  io.out(`  number ${s.number ?? '-'}, date ${s.date ?? (s.month ? `${s.month} (month only)` : 'unknown')}, chair ${s.chair ?? 'unknown'}`);
  io.out(`Figures (${extraction.indicators.length}):`);
  for (const f of extraction.indicators) {
    const value = `${formatNumberVi(f.value)}${f.value_max != null ? `-${formatNumberVi(f.value_max)}` : ''}${f.of != null ? `/${formatNumberVi(f.of)}` : ''}`;
    const target = f.target != null && f.kind !== 'target' ? `, target ${formatNumberVi(f.target)}` : '';
    io.out(`  - ${f.name}: ${value} ${f.unit} [${f.kind}${f.qualifier !== 'exact' ? `, ${f.qualifier}` : ''}${target}]${f.period ? ` (${f.period})` : ''}`);
  }
  io.out(`Tasks (${extraction.tasks.length}):`);
  for (const t of extraction.tasks) {
    const due = t.deadline.due ? formatDateVi(t.deadline.due) : t.deadline.kind === 'recurring' ? 'recurring' : 'no deadline';
    io.out(`  - ${t.lead} (${due}): ${t.content.length > 120 ? `${t.content.slice(0, 117)}...` : t.content}`);
  }
}

export const extractCommand: CliCommand = {
  name: 'extract',
  usage: 'extract FILE [--json]',
  summary: 'read one document (.txt, .docx, .pdf) and print the session, figures and tasks found; writes nothing',
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new CliError('missing FILE');
    const read = await readDocumentFile(file);
    const extraction = extractDocument(read.text, path.basename(file));
    if (args.options.json) return printJson(io, extraction);
    describeExtraction(io, extraction);
  },
};

function describeDocument(print: (text: string) => void, doc: DraftDocument): void {
  const s = doc.session;
  const session = s.existingId != null ? `existing session #${s.existingId}` : `new session${s.date ? ` of ${s.date}` : ' (date missing)'}`;
  print(`${doc.fileName}: ${session} - ${s.title}`);
  if (doc.alreadyImported) {
    print(`  already imported as document #${doc.alreadyImported.documentId}: nothing will be added`);
    return;
  }
  const duplicates = doc.figures.filter((f) => f.duplicateOf).length;
  const newIndicators = doc.figures.filter((f) => f.indicator.action === 'create').length;
  const aliases = doc.figures.filter((f) => f.indicator.action === 'alias').length;
  print(`  ${doc.figures.length} figures (${duplicates} already saved, ${newIndicators} new indicators, ${aliases} linked as other wordings), ${doc.tasks.length} tasks`);
  for (const warning of doc.warnings) print(`  ! ${warning}`);
}

function describeCounts(counts: ImportCounts): string {
  return [
    `${counts.documents} documents`,
    `${counts.sessions} sessions`,
    `${counts.indicators} indicators`,
    `${counts.aliases} aliases`,
    `${counts.observations} figures`,
    `${counts.targets} targets`,
    `${counts.tasks} tasks`,
    `${counts.skippedDocuments} documents already imported`,
    `${counts.skippedDuplicates} duplicate figures skipped`,
  ].join(', ');
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE... --db FILE [--yes] [--json]',
  summary: 'extract documents and save them; asks before saving unless --yes; the same document twice saves nothing new',
  async run(args, io) {
    if (args.positionals.length === 0) throw new CliError('missing FILE');
    const db = openDatabase(requireOption(args, 'db'));
    try {
      const files = [];
      for (const file of args.positionals) files.push(await readFileBytes(file));
      const draft: ImportDraft = await draftImport(db, files);
      // With --json stdout carries the result alone; the summary goes to stderr.
      const print = (text: string) => (args.options.json ? io.err(text) : io.out(text));
      for (const doc of draft.documents) describeDocument(print, doc);
      for (const failure of draft.failures) io.err(`${failure.fileName}: ${failure.message}`);
      if (draft.documents.length === 0) throw new CliError('no document could be read; nothing saved');
      if (!args.options.yes && !(await io.confirm('Save these into the database?'))) {
        io.err('Nothing saved: not confirmed (no terminal, or answered no). Run with --yes to save without asking.');
        return;
      }
      const counts = saveImport(db, draft);
      if (args.options.json) printJson(io, counts);
      else io.out(`Saved: ${describeCounts(counts)}`);
      if (draft.failures.length > 0) throw new CliError(`${draft.failures.length} file(s) could not be read; the others were saved`);
    } finally {
      db.close();
    }
  },
};

export const importXlsxCommand: CliCommand = {
  name: 'import-xlsx',
  usage: 'import-xlsx FILE --db FILE [--json]',
  summary: 'import indicator figures and targets from a spreadsheet in the layout of xlsx-template',
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new CliError('missing FILE');
    const { fileName, bytes } = await readFileBytes(file);
    const db = openDatabase(requireOption(args, 'db'));
    try {
      const counts = await importXlsx(db, bytes, fileName);
      if (args.options.json) return printJson(io, counts);
      io.out(`Saved: ${describeCounts(counts)}`);
    } finally {
      db.close();
    }
  },
};

export const xlsxTemplateCommand: CliCommand = {
  name: 'xlsx-template',
  usage: 'xlsx-template --out PATH',
  summary: 'write the empty indicator spreadsheet (columns: Chỉ tiêu, Đơn vị, Phạm vi, Kỳ số liệu, Ngày số liệu, Giá trị, Mục tiêu, Hạn mục tiêu, Chiều, Nguồn)',
  async run(args, io) {
    const out = requireOption(args, 'out');
    await fs.writeFile(out, await writeIndicatorTemplate());
    io.err(`Template written to ${out}`);
  },
};
