/**
 * /sturing/doelgroep: the target group of the Wet van school naar duurzaam werk (docs/target-group.md) — how many
 * young people the Doorstroompunten are responsible for, nationally and per RMC region, by group. From
 * GET /api/v1/steering/target-group (small counts hidden, written x); a table and its download, no chart.
 */
import type { Params } from "../../api.js";
import { useApi } from "../../api/hooks.js";
import { Section } from "../../components/ChartBlock.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { Downloads } from "../../components/Downloads.js";
import { ErrorBox, Loading } from "../../components/Status.js";
import { cell } from "../../format.js";
import { useTitle } from "../../title.js";
import { TARGET_GROUP_LABELS } from "../../../domain/labels/target-group.js";

type Row = Readonly<Record<string, unknown>> & { readonly suppressed?: readonly string[] | null };

const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const tx = {
  title: "Doelgroep Doorstroompunt",
  lead: (date: string, from: string, age: number) =>
    `Sinds 1 januari 2026 zijn de Doorstroompunten met de Wet van school naar duurzaam werk verantwoordelijk voor jongeren tot ${age} jaar met (een risico op) een afstand tot de arbeidsmarkt. ` +
    `Hier staat hoeveel jongeren op ${date} tot die doelgroep horen: ze verlieten op of na ${from} het voortgezet speciaal onderwijs, het praktijkonderwijs, de entreeopleiding of mbo 2 bol, of ze zijn vsv'er, ` +
    `en ze volgen geen onderwijs en werken geen 12 uur of meer per week.`,
  groups: "Elke jongere telt één keer, in de eerste groep die voor hem of haar geldt (in de volgorde van de kolommen). De groep vsv'ers bevat alleen vsv'ers die niet al in een andere groep vallen.",
  vsv: (teljaren: readonly string[]) => (teljaren.length > 0 ? `De vsv'ers zijn de definitieve vsv'ers van ${teljaren.join(", ")}.` : "Er zijn nog geen definitieve vsv-cijfers berekend: de groep vsv'ers is daarom leeg."),
  caption: (date: string) => `Jongeren in de doelgroep van het Doorstroompunt op ${date}, per RMC-regio en groep`,
  area: "Gebied",
  total: "Totaal",
  unknown: "onbekend",
  tableTitle: "Per RMC-regio",
  tableLead: "Kleine aantallen, en wat ze zou verraden, zijn afgeschermd en geschreven als x. Jongeren van wie op de peildatum geen woonadres bekend is, staan bij ‘Woonplaats onbekend’.",
  more: "Hoe de doelgroep bepaald wordt: docs/target-group.md. Trajectbegeleiders vinden de jongeren zelf op hun werklijst (Doelgroep Doorstroompunt, in het besloten deel).",
};

const national = (r: Row) => r.code === "NL";
const count = (key: string, label: string): Column<Row> => ({ key, label, numeric: true, render: (r) => cell(r, key, "int") });

export default function TargetGroup() {
  useTitle(tx.title);
  const params = { by: "region" } as const satisfies Params;
  const res = useApi("/steering/target-group", { query: params });
  if (res.error) return <><h1 className="utrecht-heading-1">{tx.title}</h1><ErrorBox error={res.error} /></>;
  if (!res.data) return <><h1 className="utrecht-heading-1">{tx.title}</h1><Loading /></>;
  const d = res.data;
  const date = longDate(d.date);
  const columns: Column<Row>[] = [
    { key: "name", label: tx.area, rowHeader: true, render: (r) => (r.name == null ? tx.unknown : String(r.name)) },
    count("total", tx.total),
    ...d.groups.map((g) => count(g, TARGET_GROUP_LABELS[g as keyof typeof TARGET_GROUP_LABELS] ?? g)),
  ];
  return (
    <>
      <h1 className="utrecht-heading-1">{tx.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{tx.lead(date, longDate(d.window_start), d.age_limit)}</p>
      <p className="utrecht-paragraph">{tx.groups} {tx.vsv(d.vsv_teljaren)}</p>
      <Section title={tx.tableTitle} lead={tx.tableLead}>
        <DataTable caption={tx.caption(date)} columns={columns} rows={d.rows} rowKey={(r, i) => `${String(r.code)}-${i}`} pinned={national} />
        <Downloads path="/steering/target-group" params={params} label={tx.title} />
      </Section>
      <p className="utrecht-paragraph">{tx.more}</p>
    </>
  );
}
