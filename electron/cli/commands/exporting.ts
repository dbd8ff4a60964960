import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import type { DocumentKind, ExportFormat } from '../../exporting';
import type { CliCommand } from '../command';
import { CliError, optionalId, requireOption } from '../command';

const KINDS: readonly DocumentKind[] = ['briefing', 'conclusion'];
const FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

/** Writes beside the target and renames, so a reader never sees half a file. */
function writeWhole(out: string, bytes: Buffer): void {
  const partial = `${out}.partial`;
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export briefing|conclusion --db FILE --session ID --format docx|pdf --out PATH',
  summary: "the session's briefing report or draft conclusion notice, as Word or PDF",
  async run(args, io) {
    const [kind, ...extra] = args.positionals;
    if (!kind || !KINDS.includes(kind as DocumentKind) || extra.length > 0) {
      throw new CliError(`export needs one document kind: ${KINDS.join(' or ')}`);
    }
    const format = requireOption(args, 'format');
    if (!FORMATS.includes(format as ExportFormat)) throw new CliError(`--format must be ${FORMATS.join(' or ')}, got "${format}"`);
    const sessionId = optionalId(args, 'session');
    if (sessionId === undefined) throw new CliError('missing --session');
    const out = requireOption(args, 'out');
    const db = openDatabase(requireOption(args, 'db'), { mustExist: true });
    try {
      // Loaded here: the renderers (docx, pdfkit, ECharts, resvg) would slow every other command's start.
      const { exportDocument } = await import('../../exporting');
      const bytes = await exportDocument(db, { sessionId, kind: kind as DocumentKind, format: format as ExportFormat });
      writeWhole(out, bytes);
      io.err(`Wrote ${out} (${bytes.length} bytes)`);
    } finally {
      db.close();
    }
  },
};
