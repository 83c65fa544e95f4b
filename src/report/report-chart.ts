/**
 * A simple line chart as SVG text for the PDF (pdfmake draws it as vectors): one x label per point, a y axis
 * from 0 with rounded ticks, a legend. Gaps (null) break the line. Every chart in the report has its table.
 */

export interface ChartLine {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly dashed?: boolean;
}

export interface LineChart {
  readonly labels: readonly string[];
  readonly lines: readonly ChartLine[];
  readonly yTitle: string;
  readonly width: number;
  readonly height: number;
  /** Tick text, e.g. percentages in Dutch. */
  readonly tick: (v: number) => string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A "nice" step (1, 2 or 5 × 10^n) for about `count` ticks up to max. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

export function lineChartSvg(c: LineChart): string {
  const left = 48;
  const right = 28;
  const top = 24;
  const bottom = 34;
  const w = c.width - left - right;
  const h = c.height - top - bottom;
  const all = c.lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  const step = niceStep(Math.max(...all, 0) || 1, 4);
  const yMax = Math.ceil((Math.max(...all, 0) || 1) / step) * step;
  const x = (i: number) => left + (c.labels.length === 1 ? w / 2 : (i * w) / (c.labels.length - 1));
  const y = (v: number) => top + h - (v / yMax) * h;
  const parts: string[] = [];
  for (let v = 0; v <= yMax + step / 2; v += step) {
    parts.push(`<line x1="${left}" y1="${y(v)}" x2="${left + w}" y2="${y(v)}" stroke="#d0d0d0" stroke-width="0.5"/>`);
    parts.push(`<text x="${left - 4}" y="${y(v) + 3}" font-size="7" text-anchor="end" fill="#333">${escape(c.tick(v))}</text>`);
  }
  c.labels.forEach((label, i) => {
    parts.push(`<text x="${x(i)}" y="${top + h + 12}" font-size="6.5" text-anchor="middle" fill="#333">${escape(label)}</text>`);
  });
  parts.push(`<line x1="${left}" y1="${top + h}" x2="${left + w}" y2="${top + h}" stroke="#333" stroke-width="0.8"/>`);
  parts.push(`<text x="${left}" y="${top - 10}" font-size="7" fill="#333">${escape(c.yTitle)}</text>`);
  c.lines.forEach((line, li) => {
    let path = "";
    line.values.forEach((v, i) => {
      if (v === null) return;
      const prev = i > 0 ? line.values[i - 1] : null;
      path += `${prev === null || prev === undefined ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
    });
    const dash = line.dashed ? ` stroke-dasharray="4,2"` : "";
    parts.push(`<path d="${path.trim()}" fill="none" stroke="${line.color}" stroke-width="1.5"${dash}/>`);
    line.values.forEach((v, i) => {
      if (v !== null) parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="1.8" fill="${line.color}"/>`);
    });
    const lx = left + li * 150;
    const ly = c.height - 6;
    parts.push(`<line x1="${lx}" y1="${ly - 3}" x2="${lx + 16}" y2="${ly - 3}" stroke="${line.color}" stroke-width="1.5"${dash}/>`);
    parts.push(`<text x="${lx + 20}" y="${ly}" font-size="7" fill="#333">${escape(line.name)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}">${parts.join("")}</svg>`;
}
