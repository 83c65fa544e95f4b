/**
 * A simple line chart as inline SVG for the report's HTML (Chromium prints it as vectors): one x label per point, a
 * y axis from 0 with rounded ticks, a legend. Gaps (null) break the line. The chart is one image to assistive
 * technology (role="img") named by its title and its values in words; every chart also has its table.
 */

export interface ChartLine {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly dashed?: boolean;
}

export interface LineChart {
  /** Unique in the document: the ids of the title and description. */
  readonly id: string;
  /** The chart's name (its accessible name). */
  readonly title: string;
  readonly labels: readonly string[];
  readonly lines: readonly ChartLine[];
  readonly yTitle: string;
  readonly width: number;
  readonly height: number;
  /** Tick text, e.g. percentages in Dutch. */
  readonly tick: (v: number) => string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The chart's values in words, its text alternative: per line each label with its value. */
export function chartDescription(c: LineChart): string {
  return c.lines
    .map((line) => `${line.name}: ${line.values.map((v, i) => `${c.labels[i]} ${v === null ? "niet getoond" : c.tick(v)}`).join(", ")}.`)
    .join(" ");
}

/** A "nice" step (1, 2 or 5 × 10^n) for about `count` ticks up to max. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

export function lineChartSvg(c: LineChart): string {
  const left = 56;
  const right = 28;
  const top = 26;
  const bottom = 40;
  const w = c.width - left - right;
  const h = c.height - top - bottom;
  const all = c.lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  const step = niceStep(Math.max(...all, 0) || 1, 4);
  const yMax = Math.ceil((Math.max(...all, 0) || 1) / step) * step;
  // Each point in the middle of its share of the width, so the outer labels stay clear of the axis and the edge.
  const x = (i: number) => left + ((i + 0.5) * w) / c.labels.length;
  const y = (v: number) => top + h - (v / yMax) * h;
  const parts: string[] = [];
  for (let v = 0; v <= yMax + step / 2; v += step) {
    parts.push(`<line x1="${left}" y1="${y(v)}" x2="${left + w}" y2="${y(v)}" stroke="#d0d0d0" stroke-width="0.5"/>`);
    parts.push(`<text x="${left - 4}" y="${y(v) + 3}" font-size="10" text-anchor="end" fill="#333">${escape(c.tick(v))}</text>`);
  }
  c.labels.forEach((label, i) => {
    parts.push(`<text x="${x(i)}" y="${top + h + 12}" font-size="9.5" text-anchor="middle" fill="#333">${escape(label)}</text>`);
  });
  parts.push(`<line x1="${left}" y1="${top + h}" x2="${left + w}" y2="${top + h}" stroke="#333" stroke-width="0.8"/>`);
  parts.push(`<text x="${left}" y="${top - 12}" font-size="10" fill="#333">${escape(c.yTitle)}</text>`);
  c.lines.forEach((line, li) => {
    let path = "";
    line.values.forEach((v, i) => {
      if (v === null) return;
      const prev = i > 0 ? line.values[i - 1] : null;
      path += `${prev === null || prev === undefined ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
    });
    const dash = line.dashed ? ` stroke-dasharray="4,2"` : "";
    parts.push(`<path d="${path.trim()}" fill="none" stroke="${line.color}" stroke-width="2"${dash}/>`);
    line.values.forEach((v, i) => {
      if (v !== null) parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" fill="${line.color}"/>`);
    });
    const lx = left + li * 200;
    const ly = c.height - 6;
    parts.push(`<line x1="${lx}" y1="${ly - 3}" x2="${lx + 16}" y2="${ly - 3}" stroke="${line.color}" stroke-width="1.5"${dash}/>`);
    parts.push(`<text x="${lx + 22}" y="${ly}" font-size="10" fill="#333">${escape(line.name)}</text>`);
  });
  const name = `${c.id}-titel`;
  const described = `${c.id}-beschrijving`;
  return (
    // Named by the title and the values together: Chromium makes the accessible name the figure's alternative text in the PDF.
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${name} ${described}" viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}">` +
    `<title id="${name}">${escape(c.title)}</title><desc id="${described}">${escape(chartDescription(c))}</desc>${parts.join("")}</svg>`
  );
}
