/** A horizontal bar per situation with its share: the chart of the national follow-up split (its table is beside it). */
import { fmtPct } from "../../format.js";

export function ShareBars({ label, bars }: { label: string; bars: readonly { key: string; label: string; pct: number | null }[] }) {
  const width = 560;
  const labelWidth = 220;
  const barHeight = 28;
  const height = bars.length * (barHeight + 8);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="vsv-chart" width="100%" style={{ maxWidth: width }}>
      {bars.map((b, i) => {
        const y = i * (barHeight + 8);
        const w = b.pct === null ? 0 : ((width - labelWidth - 70) * b.pct) / 100;
        return (
          <g key={b.key} aria-hidden="true">
            <text x={0} y={y + barHeight * 0.68} fontSize="14">{b.label}</text>
            <rect x={labelWidth} y={y} width={w} height={barHeight} fill={i === bars.length - 1 ? "#b2b2b2" : "#154273"} />
            <text x={labelWidth + w + 6} y={y + barHeight * 0.68} fontSize="14">{fmtPct(b.pct)}</text>
          </g>
        );
      })}
    </svg>
  );
}
