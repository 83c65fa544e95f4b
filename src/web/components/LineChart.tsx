/**
 * A small accessible SVG line chart over teljaren: one line per series, optional markers (targets).
 * It only draws what it is given; its numbers are always shown in a table next to it (ChartBlock).
 */
import { useId } from "react";
import { t } from "../text.js";

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  /** One value per x (null: no value, the line breaks). */
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
  /** Drawn thicker: e.g. the official definition. */
  readonly emphasis?: boolean;
}

export interface ChartMarker {
  readonly x: string;
  readonly y: number;
  readonly label: string;
}

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), distinguishable also by dash and marker shape. */
export const palette = ["#1f5c99", "#b34700", "#2e7d32", "#6a1b9a", "#c2185b", "#37474f", "#00695c", "#795548"] as const;
const dashes = ["", "6 4", "2 3", "10 3 2 3", "1 0", "4 2", "8 2 2 2", "3 3"];

const W = 720;
const H = 320;
const M = { top: 16, right: 24, bottom: 48, left: 64 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function LineChart({ title, desc, xs, series, markers = [], yFormat, yLabel }: {
  title: string;
  desc: string;
  xs: readonly string[];
  series: readonly ChartSeries[];
  markers?: readonly ChartMarker[];
  yFormat: (n: number) => string;
  yLabel: string;
}) {
  const id = useId();
  const values = series.flatMap((s) => s.values.filter((v): v is number => v != null)).concat(markers.map((m) => m.y));
  const yMax = niceMax(Math.max(0, ...values) * 1.05);
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const step = xs.length > 1 ? iw / (xs.length - 1) : 0;
  const xAt = (i: number) => M.left + (xs.length > 1 ? i * step : iw / 2);
  const yAt = (v: number) => M.top + ih - (v / yMax) * ih;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  const labelEvery = Math.max(1, Math.ceil(xs.length / 8));

  return (
    <div className="vsv-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="vsv-chart__svg" focusable="false">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <g aria-hidden="true">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={W - M.right} y1={yAt(v)} y2={yAt(v)} stroke="#d0d0d0" />
              <text x={M.left - 8} y={yAt(v)} dy="0.32em" textAnchor="end" className="vsv-chart__tick">
                {yFormat(v)}
              </text>
            </g>
          ))}
          <text x={14} y={M.top + ih / 2} transform={`rotate(-90 14 ${M.top + ih / 2})`} textAnchor="middle" className="vsv-chart__tick">
            {yLabel}
          </text>
          {xs.map((x, i) =>
            i % labelEvery === 0 || i === xs.length - 1 ? (
              <text key={x} x={xAt(i)} y={H - M.bottom + 20} textAnchor="middle" className="vsv-chart__tick">
                {x.replace(/^(\d{4})-\d{2}(\d{2})$/, "$1/$2")}
              </text>
            ) : null,
          )}
          <line x1={M.left} x2={W - M.right} y1={yAt(0)} y2={yAt(0)} stroke="#555" />
          {series.map((s, si) => {
            const color = palette[si % palette.length]!;
            const segments: string[] = [];
            let d = "";
            s.values.forEach((v, i) => {
              if (v == null) {
                if (d) segments.push(d);
                d = "";
              } else d += `${d ? "L" : "M"}${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`;
            });
            if (d) segments.push(d);
            return (
              <g key={s.key}>
                {segments.map((p, k) => (
                  <path key={k} d={p} fill="none" stroke={color} strokeWidth={s.emphasis ? 3.5 : 2} strokeDasharray={s.dashed ? dashes[1] : dashes[si % dashes.length]} />
                ))}
                {s.values.map((v, i) => (v == null ? null : <circle key={i} cx={xAt(i)} cy={yAt(v)} r={s.emphasis ? 4 : 3} fill={color} />))}
              </g>
            );
          })}
          {markers.map((m) => {
            const i = xs.indexOf(m.x);
            if (i < 0) return null;
            const cx = xAt(i);
            const cy = yAt(m.y);
            return (
              <g key={`${m.x}-${m.label}`} className="vsv-chart__marker">
                <path d={`M${cx},${cy - 8}L${cx + 8},${cy}L${cx},${cy + 8}L${cx - 8},${cy}Z`} fill="#fff" stroke="#000" strokeWidth={2} />
                <text x={cx} y={cy - 14} textAnchor={i === xs.length - 1 ? "end" : i === 0 ? "start" : "middle"} className="vsv-chart__marker-label">
                  {m.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <ul className="vsv-chart__legend" aria-label={t.legend}>
        {series.map((s, si) => (
          <li key={s.key}>
            <svg width="32" height="12" aria-hidden="true" focusable="false">
              <line x1="0" x2="32" y1="6" y2="6" stroke={palette[si % palette.length]} strokeWidth={s.emphasis ? 3.5 : 2} strokeDasharray={s.dashed ? dashes[1] : dashes[si % dashes.length]} />
            </svg>
            {s.label}
          </li>
        ))}
        {markers.length > 0 && (
          <li>
            <svg width="32" height="16" aria-hidden="true" focusable="false">
              <path d="M16,2L22,8L16,14L10,8Z" fill="#fff" stroke="#000" strokeWidth={2} />
            </svg>
            {t.col.target}
          </li>
        )}
      </ul>
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
