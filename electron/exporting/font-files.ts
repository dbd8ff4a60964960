/**
 * The serif font the PDF and the chart pictures are drawn with. Everything is local:
 * Times New Roman from Windows where it exists, else a metric twin installed on the
 * system (Liberation Serif 2, Tinos), else Noto Serif bundled through npm, so every
 * machine prints and nothing is fetched at run time. All four cover Vietnamese.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface FontFamilyFiles {
  /** The family name the files declare, which resvg matches SVG text against. */
  family: string;
  files: Record<FontFace, string>;
}

export interface FontSet {
  family: string;
  files: Record<FontFace, string>;
  data: Record<FontFace, Buffer>;
}

const require = createRequire(import.meta.url);

function windowsFonts(): string {
  return path.win32.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
}

function bundledNotoSerif(face: string, file: string): string {
  return require.resolve(`@expo-google-fonts/noto-serif/${face}/${file}`);
}

/** The families in order of preference. */
export function defaultFontCandidates(): FontFamilyFiles[] {
  const win = windowsFonts();
  return [
    {
      family: 'Times New Roman',
      files: {
        regular: path.win32.join(win, 'times.ttf'),
        bold: path.win32.join(win, 'timesbd.ttf'),
        italic: path.win32.join(win, 'timesi.ttf'),
        boldItalic: path.win32.join(win, 'timesbi.ttf'),
      },
    },
    {
      family: 'Liberation Serif',
      files: {
        regular: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
        bold: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf',
        italic: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf',
        boldItalic: '/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf',
      },
    },
    {
      family: 'Tinos',
      files: {
        regular: '/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf',
        bold: '/usr/share/fonts/truetype/croscore/Tinos-Bold.ttf',
        italic: '/usr/share/fonts/truetype/croscore/Tinos-Italic.ttf',
        boldItalic: '/usr/share/fonts/truetype/croscore/Tinos-BoldItalic.ttf',
      },
    },
    {
      family: 'Noto Serif',
      files: {
        regular: bundledNotoSerif('400Regular', 'NotoSerif_400Regular.ttf'),
        bold: bundledNotoSerif('700Bold', 'NotoSerif_700Bold.ttf'),
        italic: bundledNotoSerif('400Regular_Italic', 'NotoSerif_400Regular_Italic.ttf'),
        boldItalic: bundledNotoSerif('700Bold_Italic', 'NotoSerif_700Bold_Italic.ttf'),
      },
    },
  ];
}

/** The first family of the candidates whose four files all exist, read from disk. */
export function findFontSet(candidates: readonly FontFamilyFiles[]): FontSet {
  const found = candidates.find((c) => FONT_FACES.every((face) => fs.existsSync(c.files[face])));
  if (!found) throw new Error('Không tìm thấy phông chữ có dấu tiếng Việt để tạo tệp PDF');
  const data = Object.fromEntries(FONT_FACES.map((face) => [face, fs.readFileSync(found.files[face])])) as Record<
    FontFace,
    Buffer
  >;
  return { family: found.family, files: found.files, data };
}

let cached: FontSet | null = null;

/** The preferred font of this machine, read once per process: every export draws with it. */
export function loadFontSet(): FontSet {
  cached ??= findFontSet(defaultFontCandidates());
  return cached;
}
