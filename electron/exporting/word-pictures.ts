/**
 * The charts of a Word file, written as WordprocessingML like the body around them: a
 * caption, then the picture inline in a centred paragraph, its PNG a part of the package
 * of its own. docx's ImageRun hashed every picture in JavaScript to name it and deflated
 * it, already compressed, before word-renderer.ts inflated it again.
 */
import type { ChartBlock } from './document-model';
import { chartPixelSize, chartPng } from './chart-rendering';
import { escapeXmlText, paragraphXml } from './word-body-xml';
import { STYLE } from './word-styles';
import type { PackagePart } from './zip-package';

/** English Metric Units per CSS pixel (914,400 to the inch, 96 pixels to the inch). */
const EMU_PER_PX = 9525;
const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const DRAWING_ML = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PICTURE = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

const escapeXmlAttribute = (text: string) => escapeXmlText(text).replace(/"/g, '&quot;');

/** The drawing of picture `n` (its relationship id `rId`), as docx writes an inline picture. */
function inlinePictureXml(chart: ChartBlock, n: number, rId: string): string {
  const { width, height } = chartPixelSize(chart);
  const cx = width * EMU_PER_PX;
  const cy = height * EMU_PER_PX;
  const caption = escapeXmlAttribute(chart.caption);
  return (
    '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${n}" name="${caption}" descr="${caption}" title="${caption}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${DRAWING_ML}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${DRAWING_ML}"><a:graphicData uri="${PICTURE}"><pic:pic xmlns:pic="${PICTURE}">` +
    `<pic:nvPicPr><pic:cNvPr id="${n}" name="chart${n}.png" descr="${caption}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
  );
}

/** The charts of one Word file, numbered in the order the body names them. */
export class WordPictures {
  private readonly charts: ChartBlock[] = [];

  private static relationshipId(n: number): string {
    return `rIdChart${n}`;
  }

  private static mediaName(n: number): string {
    return `media/chart${n}.png`;
  }

  /** The chart's caption and picture paragraphs; the picture kept whole on its page. */
  chartXml(chart: ChartBlock): string {
    const n = this.charts.push(chart);
    const picture = `<w:p><w:pPr><w:keepLines/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r>${inlinePictureXml(chart, n, WordPictures.relationshipId(n))}</w:r></w:p>`;
    return paragraphXml(STYLE.tableCaption, [{ text: chart.caption }]) + picture;
  }

  /** document.xml.rels with a relationship to each picture. */
  relationshipsXml(relationships: string): string {
    const added = this.charts
      .map((_, i) => `<Relationship Id="${WordPictures.relationshipId(i + 1)}" Type="${IMAGE_RELATIONSHIP}" Target="${WordPictures.mediaName(i + 1)}"/>`)
      .join('');
    return relationships.replace('</Relationships>', `${added}</Relationships>`);
  }

  /** The pictures as package parts, once drawn (chart-rendering.ts draws them on resvg's threads). */
  async parts(): Promise<PackagePart[]> {
    const pngs = await Promise.all(this.charts.map(chartPng));
    return pngs.map((data, i) => ({ name: `word/${WordPictures.mediaName(i + 1)}`, data, deflate: false }));
  }
}
