import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { ExportStream } from './export-metadata.js';

// A tagged PDF (PDF/UA-1) built with PDFKit's own structure API: every piece of content sits in a
// structure element in reading order (headings, paragraphs, tables with header cells, figures with
// alternative text), and what repeats on every page (running header, page numbers, rules) is marked
// as an artifact. Source Sans 3 is embedded (subset), so Danish and Norwegian letters render anywhere.

const fonts = createRequire(import.meta.url);
// Fonts are named by file: PDFKit caches a font under the name it is asked by, but a registered alias of
// the document's default font is opened and parsed again on every use.
export const FONT = {
  regular: fonts.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
  bold: fonts.resolve('@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf'),
};

export type Struct = PDFKit.PDFStructureElement;
export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'GREY';

export const INK = '#1f2933';
export const MUTED = '#52606d';
export const RAG_COLOUR: Record<Rag, string> = { GREEN: '#2e7d32', AMBER: '#b26a00', RED: '#c62828', GREY: '#6b7280' };

export interface TableColumn {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
}

/** A cell: text, or a traffic light drawn as a shape with its name beside it (never colour alone). */
export type TableCell = string | { rag: Rag; text: string };

const MARGIN = { top: 62, bottom: 56, left: 50, right: 50 };
const CELL_PAD = 2.4;

export class BriefingDocument {
  readonly doc: PDFKit.PDFDocument;
  readonly root: Struct;
  private layout: 'portrait' | 'landscape' = 'portrait';
  private readonly finished: Promise<void>;

  constructor(out: ExportStream, meta: { title: string; subject: string; lang: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      pdfVersion: '1.7',
      // PDFKit writes the PDF/UA-1 identification; its type declarations list only the PDF/A subsets.
      subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
      tagged: true,
      displayTitle: true,
      lang: meta.lang,
      font: FONT.regular,
      info: { Title: meta.title, Subject: meta.subject, Author: 'Tværs', Creator: 'Tværs' },
    });
    this.doc.font(FONT.regular).fillColor(INK);
    this.finished = new Promise<void>((resolve, reject) => {
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          out.writeBytes(chunk).then(() => done(), done);
        },
        final(done) {
          resolve();
          done();
        },
      });
      // A client that goes away fails the download, never the process.
      sink.on('error', reject);
      this.doc.on('error', reject);
      this.doc.pipe(sink);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  get left(): number {
    return MARGIN.left;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** A new section (a `Sect` element) under `parent`. */
  section(parent: Struct = this.root): Struct {
    const section = this.doc.struct('Sect');
    parent.add(section);
    return section;
  }

  /** A new A4 page, in the layout of the page before unless `layout` says otherwise. */
  newPage(layout: 'portrait' | 'landscape' = this.layout): void {
    this.layout = layout;
    this.doc.addPage({ size: 'A4', margins: MARGIN, layout });
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  heading(parent: Struct, level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 20 : level === 2 ? 14 : 11;
    // Never a heading alone at the foot of a page: room for it and the start of what it heads.
    this.ensureSpace(size * 2 + 60);
    if (level > 1 && this.doc.y > MARGIN.top + 1) this.doc.moveDown(level === 2 ? 0.6 : 0.35);
    parent.add(
      this.doc.struct(`H${level}`, {}, () => {
        this.doc.font(FONT.bold).fontSize(size).fillColor(INK).text(text, MARGIN.left, this.doc.y, { width: this.width });
      }),
    );
    this.doc.moveDown(level === 3 ? 0.15 : 0.3);
  }

  paragraph(parent: Struct, text: string, options: { size?: number; colour?: string; bold?: boolean } = {}): void {
    const size = options.size ?? 9.5;
    this.doc.font(options.bold ? FONT.bold : FONT.regular).fontSize(size);
    this.ensureSpace(Math.min(this.doc.heightOfString(text, { width: this.width }), size * 4));
    parent.add(
      this.doc.struct('P', {}, () => {
        this.doc
          .fillColor(options.colour ?? INK)
          .text(text, MARGIN.left, this.doc.y, { width: this.width })
          .fillColor(INK);
      }),
    );
    this.doc.moveDown(0.35);
  }

  /**
   * A list of label–value lines (`L` of `LI` with `Lbl` and `LBody`), e.g. the title page's facts; with
   * `columns: 2` the second half stands beside the first (read after it).
   */
  facts(parent: Struct, rows: [string, string][], size = 10.5, columns: 1 | 2 = 1): void {
    const gap = 16;
    const columnWidth = (this.width - (columns - 1) * gap) / columns;
    const perColumn = Math.ceil(rows.length / columns);
    const top = this.doc.y;
    let bottom = top;
    for (let c = 0; c < columns; c++) {
      this.doc.y = top;
      this.factList(
        parent,
        rows.slice(c * perColumn, (c + 1) * perColumn),
        size,
        MARGIN.left + c * (columnWidth + gap),
        columnWidth,
        columns === 1 ? 0.3 : 0.45,
      );
      bottom = Math.max(bottom, this.doc.y);
    }
    this.doc.y = bottom;
    this.doc.font(FONT.regular).moveDown(0.3);
  }

  private factList(parent: Struct, rows: [string, string][], size: number, x: number, width: number, labelShare: number): void {
    const list = this.doc.struct('L');
    parent.add(list);
    const labelWidth = width * labelShare;
    for (const [label, value] of rows) {
      this.doc.fontSize(size);
      const height = Math.max(
        this.doc.font(FONT.bold).heightOfString(value, { width: width - labelWidth }),
        this.doc.font(FONT.regular).heightOfString(label, { width: labelWidth - 6 }),
        size * 1.3,
      );
      this.ensureSpace(height);
      const y = this.doc.y;
      const item = this.doc.struct('LI');
      list.add(item);
      item.add(
        this.doc.struct('Lbl', {}, () =>
          this.doc
            .font(FONT.regular)
            .fillColor(MUTED)
            .text(label, x, y, { width: labelWidth - 6 }),
        ),
      );
      item.add(
        this.doc.struct('LBody', {}, () =>
          this.doc
            .font(FONT.bold)
            .fillColor(INK)
            .text(value, x + labelWidth, y, { width: width - labelWidth }),
        ),
      );
      item.end();
      this.doc.y = Math.max(this.doc.y, y + height) + 2;
    }
    list.end();
  }

  /**
   * A table with a header row of TH cells (scope column). On a page break the rest continues as a
   * new table with its header row again, so every page reads on its own.
   */
  table(parent: Struct, columns: TableColumn[], rows: TableCell[][], size = 8.5): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const textOf = (cell: TableCell) => (typeof cell === 'string' ? cell : cell.text);
    const lightIndent = size + 3;
    const heightOf = (cells: TableCell[], font: keyof typeof FONT) => {
      this.doc.font(FONT[font]).fontSize(size);
      return (
        Math.max(
          ...cells.map((cell, i) =>
            this.doc.heightOfString(textOf(cell) || ' ', {
              width: widths[i]! - 2 * CELL_PAD - (typeof cell === 'string' ? 0 : lightIndent),
            }),
          ),
        ) +
        2 * CELL_PAD
      );
    };
    const headerHeight = heightOf(
      columns.map((c) => c.header),
      'bold',
    );
    let table: Struct | null = null;
    const startTable = () => {
      table?.end();
      table = this.doc.struct('Table');
      parent.add(table);
      const header = this.doc.struct('TR');
      table.add(header);
      const y = this.doc.y;
      columns.forEach((column, i) => {
        const cell = this.doc.struct('TH');
        header.add(cell);
        cell.add(() => {
          this.doc.rect(xs[i]!, y, widths[i]!, headerHeight).fill('#e4e7eb');
          this.doc
            .font(FONT.bold)
            .fontSize(size)
            .fillColor(INK)
            .text(column.header, xs[i]! + CELL_PAD, y + CELL_PAD, { width: widths[i]! - 2 * CELL_PAD, align: column.align ?? 'left' });
        });
        cell.end();
      });
      header.end();
      this.doc.y = y + headerHeight;
    };
    this.ensureSpace(headerHeight + heightOf(rows[0] ?? [], 'regular'));
    startTable();
    for (const row of rows) {
      const height = heightOf(row, 'regular');
      if (this.doc.y + height > this.bottom) {
        this.newPage();
        startTable();
      }
      const y = this.doc.y;
      const tr = this.doc.struct('TR');
      table!.add(tr);
      row.forEach((cell, i) => {
        const td = this.doc.struct('TD');
        tr.add(td);
        td.add(() => {
          let x = xs[i]! + CELL_PAD;
          if (typeof cell !== 'string') {
            lightShape(this.doc, cell.rag, x + size / 2, y + CELL_PAD + size * 0.62, size * 0.42);
            x += lightIndent;
          }
          this.doc
            .font(FONT.regular)
            .fontSize(size)
            .fillColor(INK)
            .text(textOf(cell), x, y + CELL_PAD, {
              width: widths[i]! - 2 * CELL_PAD - (typeof cell === 'string' ? 0 : lightIndent),
              align: columns[i]!.align ?? 'left',
            });
        });
        td.end();
      });
      tr.end();
      this.artifact(() =>
        this.doc
          .moveTo(MARGIN.left, y + height)
          .lineTo(MARGIN.left + this.width, y + height)
          .lineWidth(0.4)
          .stroke('#cbd2d9'),
      );
      this.doc.y = y + height;
    }
    (table as Struct | null)?.end();
    this.doc.x = MARGIN.left;
    this.doc.moveDown(0.6);
  }

  /** A chart: drawn in a box of `height` points as one `Figure` whose alternative text says what it shows. */
  figure(parent: Struct, alt: string, height: number, draw: (box: { x: number; y: number; width: number; height: number }) => void): void {
    this.ensureSpace(height + 8);
    const box = { x: MARGIN.left, y: this.doc.y, width: this.width, height };
    parent.add(this.doc.struct('Figure', { alt }, () => draw(box)));
    this.doc.x = MARGIN.left;
    this.doc.y = box.y + height + 8;
  }

  /** Content that is layout, not document: marked as an artifact so assistive technology skips it. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Stops sending: a briefing that failed half-way is not finished as if it were whole. */
  abort(): void {
    this.doc.unpipe();
  }

  /** Running header and page numbers on every page but the first, then the file is finished. */
  async end(runningHeader: string, pageLabel: (n: number, of: number) => string): Promise<void> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { height } = this.doc.page;
      this.doc.page.margins.bottom = 0;
      this.artifact(() => {
        this.doc.font(FONT.regular).fontSize(8).fillColor(MUTED);
        if (i > range.start) {
          this.doc.text(runningHeader, MARGIN.left, 30, { width: this.width, lineBreak: false });
          this.doc
            .moveTo(MARGIN.left, 44)
            .lineTo(MARGIN.left + this.width, 44)
            .lineWidth(0.5)
            .stroke('#9aa5b1');
        }
        this.doc.text(pageLabel(i + 1, range.count), MARGIN.left, height - 36, { width: this.width, align: 'right', lineBreak: false });
      }, 'Pagination');
      this.doc.page.margins.bottom = MARGIN.bottom;
    }
    this.root.end();
    this.doc.end();
    await this.finished;
  }
}

/** A traffic light as a shape as well as a colour: circle green, triangle amber, square red, bar grey. */
export function lightShape(doc: PDFKit.PDFDocument, rag: Rag, cx: number, cy: number, r: number): void {
  const colour = RAG_COLOUR[rag];
  if (rag === 'GREEN') doc.circle(cx, cy, r).fill(colour);
  else if (rag === 'AMBER') doc.polygon([cx, cy - r * 1.1], [cx + r * 1.1, cy + r * 0.85], [cx - r * 1.1, cy + r * 0.85]).fill(colour);
  else if (rag === 'RED') doc.rect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8).fill(colour);
  else doc.rect(cx - r, cy - r * 0.35, r * 2, r * 0.7).fill(colour);
  doc.fillColor(INK);
}
