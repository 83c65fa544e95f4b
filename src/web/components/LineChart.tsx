/**
 * A small accessible SVG line chart over teljaren: one line per series, optional bands (a projection's intervals)
 * and markers (targets). It only draws what it is given; its numbers are always shown in a table next to it
 * (ChartBlock).
 *
 * The chart is drawn at the width it has (measured), so its text keeps its size on a phone and the x labels are
 * thinned to what fits ("15/16", every second or third teljaar, always the last). Every point is a keyboard stop
 * with its value in its accessible name (one Tab stop for the chart, then the arrow keys: a roving tabindex), and
 * shows a tooltip on hover and on focus that stays while the pointer is over the chart and closes with Escape
 * (WCAG 1.4.13).
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { t } from "../text.js";

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  /** One value per x (null: no value, the line breaks). */
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
  /** Drawn thicker: e.g. the official definition. */
  readonly emphasis?: boolean;
  /** Per x, more text for the point's tooltip (e.g. the projection's intervals). */
  readonly notes?: readonly (string | null)[];
}

/** A shaded range per x between `low` and `high` (e.g. an 80% or 95% prediction interval). */
export interface ChartBand {
  readonly key: string;
  readonly label: string;
  readonly low: readonly (number | null)[];
  readonly high: readonly (number | null)[];
  readonly fill: string;
}

export interface ChartMarker {
  readonly x: string;
  readonly y: number;
  /** Short text drawn beside the marker when there is room. */
  readonly label: string;
  /** More text for the tooltip and the accessible name. */
  readonly note?: string;
}

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), distinguishable also by dash and marker shape. */
export const palette = ["#1f5c99", "#b34700", "#2e7d32", "#6a1b9a", "#c2185b", "#37474f", "#00695c", "#795548"] as const;
const dashes = ["", "6 4", "2 3", "10 3 2 3", "1 0", "4 2", "8 2 2 2", "3 3"];

/** A series' dash pattern: its own by position; a `dashed` series never solid. */
const dashOf = (s: ChartSeries, si: number) => dashes[si % dashes.length] || (s.dashed ? dashes[1] : "");

/** Pixels a tick label needs at 12px (a rough width per character; labels are short). */
const CHAR = 7;
/** The narrowest and widest the chart is drawn. */
const MIN_W = 240;
const MAX_W = 960;

/** Four or five round y ticks from 0 covering `max` (0, 1, 2, 3 or 0, 50, 100, 150, 200). */
export function yTicks(max: number): number[] {
  if (!(max > 0)) return [0, 0.25, 0.5, 0.75, 1];
  const raw = max / 4;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** "2015-2016" → "15/16" (other x values as they are). */
export function shortTeljaar(x: string): string {
  const m = /^\d{2}(\d{2})-\d{2}(\d{2})$/.exec(x);
  return m ? `${m[1]}/${m[2]}` : x;
}

/** The indices whose x label is drawn: evenly spaced, at least `minGap` pixels apart, always including the last. */
export function labelIndices(n: number, step: number, minGap: number): number[] {
  if (n === 0) return [];
  const every = step > 0 ? Math.max(1, Math.ceil(minGap / step)) : 1;
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i -= every) out.unshift(i);
  return out;
}

/** The width of an element, followed as it changes (the chart's container). */
function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [w, setW] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const cw = el.clientWidth;
      if (cw > 0) setW(Math.min(MAX_W, Math.max(MIN_W, Math.round(cw))));
    };
    update();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}

interface Point {
  readonly group: number;
  readonly i: number;
  readonly cx: number;
  readonly cy: number;
  readonly x: string;
  readonly title: string;
  readonly value: string;
  readonly note?: string | null;
  readonly marker: boolean;
  /** A marker's short text drawn beside it. */
  readonly drawn?: string;
  readonly colour: string;
  readonly r: number;
}

export function LineChart({ title, desc, xs, series, bands = [], markers = [], markerLabel = t.col.target, yFormat, yLabel }: {
  title: string;
  desc: string;
  xs: readonly string[];
  series: readonly ChartSeries[];
  bands?: readonly ChartBand[];
  markers?: readonly ChartMarker[];
  /** The legend's name for the markers. */
  markerLabel?: string;
  yFormat: (n: number) => string;
  yLabel: string;
}) {
  const id = useId();
  const plot = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const W = useWidth(plot, 720);
  const H = W < 480 ? 260 : 320;
  const [focused, setFocused] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(0);

  const values = [
    ...series.flatMap((s) => s.values),
    ...bands.flatMap((b) => b.high),
    ...markers.map((m) => m.y),
  ].filter((v): v is number => v != null);
  const ticks = yTicks(Math.max(0, ...values) * 1.05);
  const yMax = ticks.at(-1)!;
  const M = { top: 28, right: 12, bottom: 36, left: Math.max(36, Math.max(...ticks.map((v) => yFormat(v).length)) * CHAR + 12) };
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const pad = xs.length > 1 ? Math.min(16, iw / (xs.length * 2)) : 0;
  const step = xs.length > 1 ? (iw - 2 * pad) / (xs.length - 1) : 0;
  const xAt = (i: number) => M.left + (xs.length > 1 ? pad + i * step : iw / 2);
  const yAt = (v: number) => M.top + ih - (Math.max(0, v) / yMax) * ih;
  const labels = labelIndices(xs.length, step, 5 * CHAR + 10);

  // Every point the keyboard visits: the series' values, then the markers (a group of their own).
  const points: Point[] = [];
  series.forEach((s, si) => {
    const colour = palette[si % palette.length]!;
    s.values.forEach((v, i) => {
      if (v == null) return;
      points.push({ group: si, i, cx: xAt(i), cy: yAt(v), x: xs[i]!, title: s.label, value: yFormat(v), note: s.notes?.[i], marker: false, colour, r: s.emphasis ? 4 : 3 });
    });
  });
  markers.forEach((m) => {
    const i = xs.indexOf(m.x);
    if (i < 0) return;
    points.push({ group: series.length, i, cx: xAt(i), cy: yAt(m.y), x: m.x, title: markerLabel, value: yFormat(m.y), note: m.note, marker: true, drawn: m.label, colour: "#000", r: 8 });
  });
  const activeIndex = Math.min(active, Math.max(0, points.length - 1));
  const shown = dismissed ? null : hovered ?? focused;
  const tip = shown !== null ? points[shown] : undefined;

  const focusPoint = (j: number) => {
    setActive(j);
    svg.current?.querySelector<SVGGElement>(`[data-point="${j}"]`)?.focus();
  };
  /** Left/right: another teljaar on the same line; up/down: the nearest point on another line; Home/End. */
  const onKey = (e: KeyboardEvent, j: number) => {
    const p = points[j]!;
    const same = points.map((q, k) => ({ q, k })).filter(({ q }) => q.group === p.group);
    const at = same.findIndex(({ k }) => k === j);
    let next: number | undefined;
    if (e.key === "ArrowRight") next = same[at + 1]?.k;
    else if (e.key === "ArrowLeft") next = same[at - 1]?.k;
    else if (e.key === "Home") next = same[0]?.k;
    else if (e.key === "End") next = same.at(-1)?.k;
    else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      const groups = [...new Set(points.map((q) => q.group))];
      const g = groups[groups.indexOf(p.group) + (e.key === "ArrowDown" ? 1 : -1)];
      const candidates = points.map((q, k) => ({ q, k })).filter(({ q }) => q.group === g);
      next = candidates.sort((a, b) => Math.abs(a.q.i - p.i) - Math.abs(b.q.i - p.i))[0]?.k;
    } else if (e.key === "Escape") {
      setDismissed(true);
      return;
    } else return;
    e.preventDefault();
    if (next !== undefined) focusPoint(next);
  };

  const lineOf = (s: ChartSeries) => {
    const segments: string[] = [];
    let d = "";
    s.values.forEach((v, i) => {
      if (v == null) {
        if (d) segments.push(d);
        d = "";
      } else d += `${d ? "L" : "M"}${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`;
    });
    if (d) segments.push(d);
    return segments;
  };
  /** A band's shape per run of x where it has both ends (a single x: a narrow bar). */
  const bandPaths = (b: ChartBand) => {
    const out: string[] = [];
    let run: number[] = [];
    const flush = () => {
      if (run.length === 1) {
        const i = run[0]!;
        const x = xAt(i);
        out.push(`M${x - 4},${yAt(b.high[i]!)}L${x + 4},${yAt(b.high[i]!)}L${x + 4},${yAt(b.low[i]!)}L${x - 4},${yAt(b.low[i]!)}Z`);
      } else if (run.length > 1) {
        const top = run.map((i) => `${xAt(i).toFixed(1)},${yAt(b.high[i]!).toFixed(1)}`);
        const bottom = [...run].reverse().map((i) => `${xAt(i).toFixed(1)},${yAt(b.low[i]!).toFixed(1)}`);
        out.push(`M${top.join("L")}L${bottom.join("L")}Z`);
      }
      run = [];
    };
    xs.forEach((_, i) => (b.low[i] != null && b.high[i] != null ? run.push(i) : flush()));
    flush();
    return out;
  };

  // Marker labels only where they fit: not past the edges, not over each other.
  const markerLabels: { x: number; y: number; text: string; anchor: "start" | "middle" | "end" }[] = [];
  if (W >= 480) {
    let lastEnd = -Infinity;
    for (const p of points.filter((q) => q.marker)) {
      const text = p.drawn ?? p.value;
      const width = text.length * CHAR;
      const anchor = p.cx - width / 2 < M.left ? "start" : p.cx + width / 2 > W - M.right ? "end" : "middle";
      const start = anchor === "start" ? p.cx : anchor === "end" ? p.cx - width : p.cx - width / 2;
      if (start < lastEnd + 8) continue;
      markerLabels.push({ x: p.cx, y: p.cy - 14, text, anchor });
      lastEnd = start + width;
    }
  }

  const tipAlign = tip ? (tip.cx < W * 0.25 ? "start" : tip.cx > W * 0.75 ? "end" : "middle") : "middle";
  return (
    <div className="vsv-chart">
      <div className="vsv-chart__plot" ref={plot} onMouseLeave={() => setHovered(null)}>
        <svg ref={svg} viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d ${id}-k`} className="vsv-chart__svg">
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{desc}</desc>
          <g aria-hidden="true">
            <text x={0} y={14} className="vsv-chart__tick vsv-chart__ylabel">{yLabel}</text>
            {ticks.map((v) => (
              <g key={v}>
                <line x1={M.left} x2={W - M.right} y1={yAt(v)} y2={yAt(v)} stroke="#d0d0d0" />
                <text x={M.left - 6} y={yAt(v)} dy="0.32em" textAnchor="end" className="vsv-chart__tick">{yFormat(v)}</text>
              </g>
            ))}
            {labels.map((i) => (
              <text key={xs[i]} x={xAt(i)} y={H - M.bottom + 20} textAnchor="middle" className="vsv-chart__tick vsv-chart__xtick">
                {shortTeljaar(xs[i]!)}
              </text>
            ))}
            <line x1={M.left} x2={W - M.right} y1={yAt(0)} y2={yAt(0)} stroke="#555" />
            {bands.map((b) => bandPaths(b).map((d, k) => <path key={`${b.key}-${k}`} d={d} fill={b.fill} stroke="none" className="vsv-chart__band" />))}
            {series.map((s, si) => lineOf(s).map((d, k) => (
              <path key={`${s.key}-${k}`} d={d} fill="none" stroke={palette[si % palette.length]} strokeWidth={s.emphasis ? 3.5 : 2}
                strokeDasharray={dashOf(s, si)} />
            )))}
            {markerLabels.map((l) => (
              <text key={`${l.x}-${l.text}`} x={l.x} y={l.y} textAnchor={l.anchor} className="vsv-chart__marker-label">{l.text}</text>
            ))}
          </g>
          <g className="vsv-chart__points">
            {points.map((p, j) => (
              <g key={j} data-point={j} role="img" tabIndex={j === activeIndex ? 0 : -1}
                aria-label={t.chart.point(p.title, p.x, p.value, p.note ?? undefined)}
                className={`vsv-chart__point${p.marker ? " vsv-chart__marker" : ""}`}
                onFocus={() => { setFocused(j); setActive(j); setDismissed(false); }}
                onBlur={() => setFocused((f) => (f === j ? null : f))}
                onMouseEnter={() => { setHovered(j); setDismissed(false); }}
                onKeyDown={(e) => onKey(e, j)}>
                <circle cx={p.cx} cy={p.cy} r={12} fill="transparent" />
                <circle cx={p.cx} cy={p.cy} r={p.marker ? 11 : 8} fill="none" className="vsv-chart__ring" />
                {p.marker ? (
                  <path d={`M${p.cx},${p.cy - 8}L${p.cx + 8},${p.cy}L${p.cx},${p.cy + 8}L${p.cx - 8},${p.cy}Z`} fill="#fff" stroke="#000" strokeWidth={2} />
                ) : (
                  <circle cx={p.cx} cy={p.cy} r={p.r} fill={p.colour} />
                )}
              </g>
            ))}
          </g>
        </svg>
        {tip ? (
          <div className={`vsv-chart__tooltip vsv-chart__tooltip--${tipAlign}${tip.cy < 70 ? " vsv-chart__tooltip--below" : ""}`} aria-hidden="true"
            data-testid="chart-tooltip" style={{ left: `${(tip.cx / W) * 100}%`, top: `${(tip.cy / H) * 100}%` }}>
            <strong>{tip.x}</strong>
            <span>{tip.title}: {tip.value}</span>
            {tip.note ? <span>{tip.note}</span> : null}
          </div>
        ) : null}
      </div>
      <ul className="vsv-chart__legend" aria-label={t.legend}>
        {series.map((s, si) => (
          <li key={s.key}>
            <svg width="32" height="12" aria-hidden="true" focusable="false">
              <line x1="0" x2="32" y1="6" y2="6" stroke={palette[si % palette.length]} strokeWidth={s.emphasis ? 3.5 : 2} strokeDasharray={dashOf(s, si)} />
            </svg>
            {s.label}
          </li>
        ))}
        {bands.map((b) => (
          <li key={b.key}>
            <svg width="32" height="14" aria-hidden="true" focusable="false"><rect width="32" height="14" fill={b.fill} /></svg>
            {b.label}
          </li>
        ))}
        {markers.length > 0 && (
          <li>
            <svg width="32" height="16" aria-hidden="true" focusable="false">
              <path d="M16,2L22,8L16,14L10,8Z" fill="#fff" stroke="#000" strokeWidth={2} />
            </svg>
            {markerLabel}
          </li>
        )}
      </ul>
      <p className="vsv-hint vsv-chart__hint" id={`${id}-k`}>{t.chart.keyboard}</p>
    </div>
  );
}

/** Every teljaar from the first to the last given, so the x axis is evenly spaced (2015-2016 … 2029-2030). */
export function teljaarRange(teljaren: readonly string[]): string[] {
  const starts = teljaren.map((t) => Number(t.slice(0, 4))).filter((n) => Number.isFinite(n));
  if (starts.length === 0) return [];
  const out: string[] = [];
  for (let y = Math.min(...starts); y <= Math.max(...starts); y++) out.push(`${y}-${y + 1}`);
  return out;
}
