/**
 * Demo regional programmes for `vsv start`: a programme 2025-2028 for each region asked for, with the default
 * parties (`defaultProgrammeParties`, src/store/programme-start.ts, the rule a started programme uses too),
 * agreements on some of the mandatory topics, a few measures and a co-funding line. Idempotent: a region that already has a programme for the period is left alone. The contents are
 * illustrations, marked as such in the programme's summary. docs/programmes.md.
 */
import { parseProgrammePeriod } from "../domain/steering/programmes.js";
import { type RmcRegio, parseRmcRegio } from "../domain/codes.js";
import { loadPlaceReference } from "../engine/reference-files.js";
import { defaultProgrammeParties } from "./programme-start.js";
import { type Editor, createProgramme, changeProgramme, findProgramme } from "./programmes.js";
import type { Sql } from "./sql.js";
import { loadProgrammeTopics } from "./steering-reference.js";

export const DEMO_PERIOD = parseProgrammePeriod("2025-2028");
const SEED: Editor = { accountId: null, name: "vsv start (demo)" };

/**
 * Residents schooling in Belgium, for the demo border regions only (Zeeuws-Vlaanderen, West-Brabant, Zuid-Limburg):
 * illustrative numbers, no statistic. Other regions start at 0; a coordinator enters the real number.
 */
const DEMO_PUPILS_IN_BELGIUM: Readonly<Record<string, number>> = { "33": 400, "34": 120, "39": 150 };

const DEMO_AGREEMENTS: readonly { topic: string; agreement: string }[] = [
  { topic: "laagdrempelige_hulp", agreement: "Op elke mbo-locatie in de regio is twee dagen per week een jongerenwerker van de gemeente aanwezig; de schoolmaatschappelijk werker verwijst zonder wachtlijst door naar het wijkteam." },
  { topic: "overstap_vo_mbo", agreement: "Elke vso-leerling die naar entree of mbo-2 gaat krijgt een overstapcoach die vanaf januari van het laatste schooljaar tot 1 oktober na de overstap betrokken is." },
  { topic: "mbo_verklaring", agreement: "Het Doorstroompunt vraagt bij elke uitschrijving zonder diploma na of de mbo-verklaring is uitgereikt." },
];

/** Creates the demo programme of each region that has none for 2025-2028; returns the regions it created one for. */
export async function ensureDemoProgrammes(sql: Sql, regions: readonly string[]): Promise<RmcRegio[]> {
  const reference = loadPlaceReference();
  const topics = loadProgrammeTopics();
  const created: RmcRegio[] = [];
  for (const text of regions) {
    const region = parseRmcRegio(text);
    if (await findProgramme(sql, region, DEMO_PERIOD)) continue;
    if (!reference.municipalities.some((m) => m.rmcRegion === region)) continue;
    const { regionName, parties } = defaultProgrammeParties(region, reference);
    const id = await createProgramme(
      sql,
      {
        region,
        regionName,
        period: DEMO_PERIOD,
        status: "running",
        summary: "Demonstratieprogramma van vsv start: de afspraken en maatregelen zijn voorbeelden, geen echte regionale afspraken.",
        pupilsInBelgium: DEMO_PUPILS_IN_BELGIUM[region] ?? 0,
        parties,
      },
      SEED,
      topics,
    );
    let version = 1;
    for (const a of DEMO_AGREEMENTS) version = (await changeProgramme(sql, id, version, { kind: "topic", ...a }, SEED)).version;
    const measures = [
      { name: "Overstapcoaches vso-mbo", target_group: "Oud vso-leerlingen in entree en mbo-2", topic: "overstap_vo_mbo", budget_eur: 180_000, status: "running" as const },
      { name: "Jongerenwerk op de mbo-locaties", target_group: "Mbo-studenten met meervoudige problematiek", topic: "laagdrempelige_hulp", budget_eur: 240_000, status: "running" as const },
      { name: "Bbl-plekken voor ongediplomeerde werkenden", target_group: "Werkende jongeren zonder startkwalificatie", topic: "ongediplomeerde_uitstroom", budget_eur: 90_000, status: "planned" as const },
    ];
    for (const measure of measures) version = (await changeProgramme(sql, id, version, { kind: "add_measure", measure }, SEED)).version;
    await changeProgramme(sql, id, version, { kind: "add_budget_line", line: { year: 2025, source: "Eigen bijdrage contactgemeente", amount_eur: 150_000 } }, SEED);
    created.push(region);
  }
  return created;
}
