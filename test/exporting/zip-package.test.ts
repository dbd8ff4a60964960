import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPackage } from '../../electron/exporting/zip-package';

describe('zipPackage: the .docx container', () => {
  const xml = new TextEncoder().encode(`<?xml version="1.0"?><w:document>${'<w:p><w:r><w:t>Kết luận</w:t></w:r></w:p>'.repeat(2000)}</w:document>`);
  const picture = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);

  it('reads back part by part, in order: text deflated, pictures stored as they are', () => {
    const methods: Record<string, number> = {};
    const files = unzipSync(
      new Uint8Array(
        zipPackage([
          { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>'), deflate: true },
          { name: 'word/document.xml', data: xml, deflate: true },
          { name: 'word/media/chart1.png', data: picture, deflate: false },
        ]),
      ),
      {
        filter: (file) => {
          methods[file.name] = file.compression;
          return true;
        },
      },
    );
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/chart1.png']);
    expect(files['word/document.xml']).toEqual(xml);
    expect(files['word/media/chart1.png']).toEqual(picture);
    expect(methods).toEqual({ '[Content_Types].xml': 8, 'word/document.xml': 8, 'word/media/chart1.png': 0 });
  });
});
