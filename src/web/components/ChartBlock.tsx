/** A section with a heading, a chart, the same numbers as a table, and their CSV/Excel downloads. */
import { useId, type ReactNode } from "react";
import type { Params } from "../api.js";
import { Downloads } from "./Downloads.js";

export function Section({ title, children, lead }: { title: string; children: ReactNode; lead?: ReactNode }) {
  const id = useId();
  return (
    <section className="vsv-section" aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>{title}</h2>
      {lead ? <p className="utrecht-paragraph">{lead}</p> : null}
      {children}
    </section>
  );
}

export function ChartBlock({ title, chart, table, download, lead }: {
  title: string;
  chart: ReactNode;
  table: ReactNode;
  download?: { path: string; params: Params };
  lead?: ReactNode;
}) {
  return (
    <Section title={title} lead={lead}>
      <figure className="utrecht-figure vsv-figure">{chart}</figure>
      {table}
      {download ? <Downloads path={download.path} params={download.params} label={title} /> : null}
    </Section>
  );
}
