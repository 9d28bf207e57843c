import { FONT, INK, lightShape, MUTED, type Rag } from './briefing-document.js';

// The briefing's charts, drawn with PDFKit vectors in a box: axis with values, value labels and a
// legend on each, so that a printed page says what a screen reader reads from the figure's alt text.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Series {
  name: string;
  colour: string;
  values: number[];
}

type Doc = PDFKit.PDFDocument;

const AXIS_WIDTH = 52;
const LEGEND_HEIGHT = 16;
const LABEL_HEIGHT = 14;

/** Round tick values spanning [min, max] (zero always included). */
export function ticks(min: number, max: number, count = 4): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max, low + 1);
  const raw = (high - low) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const first = Math.floor(low / step) * step;
  const result: number[] = [];
  for (let v = first; v < high + step; v += step) {
    result.push(Number(v.toPrecision(12)));
    if (v >= high) break;
  }
  return result;
}

function legend(doc: Doc, box: Box, entries: { name: string; colour: string; rag?: Rag }[]): void {
  let x = box.x + AXIS_WIDTH;
  doc.font(FONT.regular).fontSize(8);
  for (const entry of entries) {
    if (entry.rag) lightShape(doc, entry.rag, x + 4, box.y + 5, 3.6);
    else doc.rect(x, box.y + 1, 8, 8).fill(entry.colour);
    doc.fillColor(INK).text(entry.name, x + 12, box.y, { lineBreak: false });
    x += 12 + doc.widthOfString(entry.name) + 14;
  }
}

/** The plot area of a chart with a legend above, a value axis at the left and category labels below. */
function plotArea(box: Box, rightGap = 0): Box {
  return {
    x: box.x + AXIS_WIDTH,
    y: box.y + LEGEND_HEIGHT + 10,
    width: box.width - AXIS_WIDTH - rightGap,
    height: box.height - LEGEND_HEIGHT - 10 - LABEL_HEIGHT,
  };
}

/** Draws the value axis with gridlines for `values` (zero included) and returns the value → y scale. */
function valueAxis(doc: Doc, plot: Box, values: number[], format: (v: number) => string): (v: number) => number {
  const axis = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const low = axis[0]!;
  const high = axis[axis.length - 1]!;
  const scale = (v: number) => plot.y + plot.height - ((v - low) / (high - low)) * plot.height;
  yAxis(doc, plot, axis, scale, format);
  return scale;
}

function yAxis(doc: Doc, plot: Box, values: number[], scale: (v: number) => number, format: (v: number) => string): void {
  doc.font(FONT.regular).fontSize(7).fillColor(MUTED);
  for (const v of values) {
    const y = scale(v);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(v === 0 ? 0.8 : 0.3)
      .stroke(v === 0 ? '#52606d' : '#cbd2d9');
    doc.fillColor(MUTED).text(format(v), plot.x - AXIS_WIDTH, y - 4, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }
  doc.fillColor(INK);
}

/** Grouped bars: one group per category (fiscal year), one bar per series, each bar labelled with its value. */
export function groupedBars(doc: Doc, box: Box, categories: string[], series: Series[], format: (v: number) => string): void {
  legend(doc, box, series);
  const plot = plotArea(box);
  const scale = valueAxis(
    doc,
    plot,
    series.flatMap((s) => s.values),
    format,
  );
  const group = plot.width / Math.max(1, categories.length);
  const bar = Math.min(26, (group * 0.8) / Math.max(1, series.length));
  categories.forEach((category, c) => {
    const start = plot.x + c * group + (group - bar * series.length) / 2;
    series.forEach((s, i) => {
      const value = s.values[c] ?? 0;
      const top = scale(Math.max(0, value));
      const height = Math.abs(scale(value) - scale(0));
      doc.rect(start + i * bar, top, bar - 2, Math.max(height, 0.5)).fill(s.colour);
      doc
        .font(FONT.regular)
        .fontSize(5.5)
        .fillColor(INK)
        .text(format(value), start + i * bar - 2, value >= 0 ? top - 7 : top + height + 1, {
          width: bar + 2,
          align: 'center',
          lineBreak: false,
        });
    });
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(INK)
      .text(category, plot.x + c * group, plot.y + plot.height + 3, { width: group, align: 'center', lineBreak: false });
  });
}

/** One horizontal bar per dimension, split by light, each part labelled with its count. */
export function stackedLights(
  doc: Doc,
  box: Box,
  rows: { name: string; counts: { rag: Rag; count: number }[] }[],
  ragNames: Record<Rag, string>,
): void {
  const colours: Record<Rag, string> = { GREEN: '#2e7d32', AMBER: '#b26a00', RED: '#c62828', GREY: '#9aa5b1' };
  const order: Rag[] = ['GREEN', 'AMBER', 'RED', 'GREY'];
  legend(
    doc,
    box,
    order.map((rag) => ({ name: ragNames[rag], colour: colours[rag], rag })),
  );
  const top = box.y + LEGEND_HEIGHT + 6;
  const rowHeight = Math.min(22, (box.height - LEGEND_HEIGHT - 6) / Math.max(1, rows.length));
  const width = box.width - AXIS_WIDTH - 10;
  rows.forEach((row, r) => {
    const y = top + r * rowHeight;
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(INK)
      .text(row.name, box.x, y + rowHeight / 2 - 5, { width: AXIS_WIDTH + 6, lineBreak: false });
    const total = row.counts.reduce((s, c) => s + c.count, 0);
    let x = box.x + AXIS_WIDTH + 10;
    for (const rag of order) {
      const count = row.counts.find((c) => c.rag === rag)?.count ?? 0;
      if (count === 0 || total === 0) continue;
      const w = (count / total) * width;
      doc.rect(x, y + 2, w, rowHeight - 6).fill(colours[rag]);
      doc
        .font(FONT.bold)
        .fontSize(8)
        .fillColor('#ffffff')
        .text(String(count), x, y + rowHeight / 2 - 5, { width: w, align: 'center', lineBreak: false });
      x += w;
    }
  });
  doc.fillColor(INK);
}

/** Cumulative cash-flow lines by fiscal year with the payback year marked. Null values are not drawn. */
export function cashFlowLines(
  doc: Doc,
  box: Box,
  years: number[],
  series: { name: string; colour: string; values: (number | null)[]; dashed?: boolean }[],
  payback: { year: number; label: string } | null,
  format: (v: number) => string,
): void {
  legend(doc, box, series);
  const plot = plotArea(box, 10);
  const scale = valueAxis(
    doc,
    plot,
    series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
    format,
  );
  const step = plot.width / Math.max(1, years.length);
  const xOf = (i: number) => plot.x + step * (i + 0.5);
  years.forEach((year, i) =>
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(INK)
      .text(String(year), xOf(i) - step / 2, plot.y + plot.height + 3, { width: step, align: 'center', lineBreak: false }),
  );
  if (payback) {
    const i = years.indexOf(payback.year);
    if (i >= 0) {
      doc
        .moveTo(xOf(i), plot.y)
        .lineTo(xOf(i), plot.y + plot.height)
        .dash(3, { space: 2 })
        .lineWidth(1)
        .stroke('#1f2933')
        .undash();
      doc
        .font(FONT.bold)
        .fontSize(7)
        .fillColor(INK)
        .text(`${payback.label} ${payback.year}`, xOf(i) + 3, plot.y + 1, { lineBreak: false });
    }
  }
  for (const s of series) {
    const points = s.values.map((v, i) => (v === null ? null : ([xOf(i), scale(v)] as const))).filter((p) => p !== null);
    if (points.length === 0) continue;
    doc.moveTo(points[0]![0], points[0]![1]);
    for (const [x, y] of points.slice(1)) doc.lineTo(x, y);
    if (s.dashed) doc.dash(4, { space: 2 });
    doc.lineWidth(1.6).stroke(s.colour).undash();
    for (const [x, y] of points) doc.circle(x, y, 2.2).fill(s.colour);
  }
  doc.fillColor(INK);
}
