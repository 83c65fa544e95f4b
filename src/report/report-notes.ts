/**
 * The report's Dutch text besides its tables, once for the PDF and the workbook: the title, where the data come
 * from (synthetic or a sample when so), the markers, the definitions, the targets in words and the notes. Written
 * for a reader of a public document: no file names, addresses or codes of the system.
 */
import { DEFAULT_SETTINGS } from "../domain/definition.js";
import { SUPPRESSION_THRESHOLD } from "../domain/suppression.js";
import { teljaarStartingIn } from "../domain/teljaar.js";
import { actionPlanNote } from "./report-action-plan.js";
import type { YearlyReport } from "./report-data.js";
import { countText, dateNl, definitionNl, scaleText, STAGE_NL, SUPPRESSED_OTHER } from "./report-format.js";
import { type TargetRow, targetsFor } from "./report-targets.js";

export const REPORT_TITLE = "Voortgangsrapportage voortijdig schoolverlaten";

export const documentTitle = (r: YearlyReport) => `${REPORT_TITLE} ${r.teljaar}`;

/** Where the figures come from, as the first page says it; null for a real register. */
export function syntheticNotice(r: YearlyReport): string | null {
  const scale = r.source.synthetic_scale;
  if (scale === null) return null;
  const what = scale === 1 ? "synthetische gegevens" : `synthetische gegevens, een steekproef van ${scaleText(scale)} van Nederland`;
  return `Deze rapportage is gemaakt met ${what}. De cijfers komen uit een nagebootst register en beschrijven geen echte jongeren.`;
}

export function dataSource(r: YearlyReport): string {
  const teljaren = `teljaren ${r.source.teljaren[0]} tot en met ${r.source.teljaren.at(-1)}`;
  const notice = syntheticNotice(r);
  if (notice) return `${notice} Berekend met de vsv-definitie uit de brieven aan de Tweede Kamer, ${teljaren}.`;
  return `Per jongere berekend uit het register van inschrijvingen, diploma's en woonplaatsen, met de vsv-definitie uit de brieven aan de Tweede Kamer; ${teljaren}.`;
}

const FIRST_27 = DEFAULT_SETTINGS.officialDefinition27From;
/** When the official definition changed, in words. */
export const OFFICIAL_DEFINITION_CHANGE = `jonger dan 23 jaar tot en met teljaar ${teljaarStartingIn(FIRST_27 - 1)}, jonger dan 27 jaar vanaf teljaar ${teljaarStartingIn(FIRST_27)}`;

/** The two markers of a figure that is not shown, as every table uses them. */
export const MARKERS: readonly (readonly [string, string])[] = [
  [
    SUPPRESSED_OTHER,
    `Geheim: het getal is afgeschermd omdat het een aantal van 1 tot en met ${SUPPRESSION_THRESHOLD - 1} jongeren is, of omdat zo'n aantal eruit terug te rekenen is (ook samen met andere tabellen). Een x zegt niets over hoe groot het getal is.`,
  ],
  ["– of leeg", "Niet van toepassing: er is niets te tellen of te vergelijken (bijvoorbeeld geen vorig teljaar), of het teljaar is (nog) niet berekend."],
];

/** The terms a reader needs, in the field's words. */
export const DEFINITIONS: readonly (readonly [string, string])[] = [
  ["Teljaar", "Een teljaar loopt van 1 oktober tot 1 oktober een jaar later en wordt geschreven als twee jaartallen, bijvoorbeeld 2024-2025."],
  [
    "Startpopulatie",
    "De jongeren die op 1 oktober aan het begin van het teljaar bekostigd ingeschreven staan in het voortgezet onderwijs, het mbo of het vavo, jonger zijn dan de leeftijdsgrens (23 of 27 jaar) en nog geen startkwalificatie hebben.",
  ],
  ["Startkwalificatie", "Een diploma havo, vwo of mbo niveau 2, 3 of 4 (of een diploma van het hoger onderwijs)."],
  [
    "Nieuwe vsv'er",
    "Een jongere uit de startpopulatie die op 1 oktober aan het eind van het teljaar nergens meer ingeschreven staat en nog geen startkwalificatie heeft. Wie dan bijvoorbeeld vrijgesteld is, is overleden of naar het buitenland is vertrokken, of vóór 1 januari alsnog een startkwalificatie haalt, telt niet mee.",
  ],
  ["Vsv-percentage", "Het aantal nieuwe vsv'ers als percentage van de startpopulatie."],
  [
    "Voorlopig en definitief",
    "Voorlopige cijfers gaan uit van wat vier maanden na het eind van het teljaar bekend is (1 februari); definitieve cijfers van wat een jaar na het eind bekend is (1 oktober). Late meldingen, zoals een diploma dat later wordt ingevoerd, kunnen een voorlopig cijfer nog veranderen.",
  ],
  ["Definitie", `De leeftijdsgrens van de officiële definitie: ${OFFICIAL_DEFINITION_CHANGE}. De landelijke reeks toont beide definities, met de officiële gemarkeerd.`],
];

const isSample = (scale: number | null): scale is number => scale !== null && scale !== 1;

function targetWords(t: TargetRow): string {
  return `ten hoogste ${countText(t.target, false)} nieuwe vsv'ers in ${t.year} (teljaar ${t.teljaar}, definitie ${definitionNl(t.definition)})`;
}

/** How the counts are put next to the targets: each teljaar its own target, scaled to a sample. */
export function targetsMethod(r: YearlyReport): string {
  const scale = r.source.synthetic_scale;
  const own = "Elk teljaar wordt alleen vergeleken met het doel dat voor dat teljaar geldt; een teljaar zonder eigen doel wordt met geen enkel doel vergeleken.";
  if (!isSample(scale)) return own;
  return `${own} De doelen gelden voor heel Nederland en deze gegevens zijn een steekproef van ${scaleText(scale)}: elk doel is daarom eerst met ${scaleText(scale)} vermenigvuldigd (en afgerond) en pas dan met het aantal nieuwe vsv'ers vergeleken. Percentages hoeven niet te worden omgerekend.`;
}

/** The report's teljaar against its own target, in words; says so when no target holds for it. */
export function targetStatus(r: YearlyReport): string {
  const own = targetsFor(r.targets, r.teljaar);
  if (own.length === 0) {
    const next = r.targets.find((t) => t.teljaar > r.teljaar);
    return `Voor teljaar ${r.teljaar} geldt geen landelijk doel, dus het aantal van ${r.teljaar} wordt niet met een doel vergeleken.${next ? ` Het eerstvolgende doel: ${targetWords(next)}.` : ""}`;
  }
  const scale = r.source.synthetic_scale;
  return own
    .map((t) => {
      const scaled = isSample(scale) ? ` Voor deze steekproef van ${scaleText(scale)} is dat ${countText(t.compared_target, false)}.` : "";
      const count =
        t.vsv === null
          ? t.vsv_suppressed
            ? " Het aantal nieuwe vsv'ers is afgeschermd."
            : ` Het aantal nieuwe vsv'ers onder deze definitie is (nog) niet berekend.`
          : ` Het aantal nieuwe vsv'ers (${STAGE_NL[t.stage!]}) is ${countText(t.vsv, false)}: ${countText(Math.abs(t.gap!), false)} ${t.gap! > 0 ? "boven" : "onder"} het doel${t.gap === 0 ? " (precies het doel)" : ""}.`;
      return `Voor teljaar ${r.teljaar} geldt het doel ${targetWords(t)}.${scaled}${count}`;
    })
    .join(" ");
}

/** The sources and notes: the PDF's Toelichting and the workbook's sheet of that name. */
export function reportNotes(r: YearlyReport): [string, string][] {
  const targets = r.targets.map(targetWords).join("; ");
  return [
    ["Bron", dataSource(r)],
    ["Teljaar en stadium", `Teljaar ${r.teljaar}, ${STAGE_NL[r.stage]}${r.source.cutoff ? `: de gegevens zoals bekend op ${dateNl(r.source.cutoff)}` : ""}. De andere teljaren in de landelijke reeks: definitief waar dat al kan, anders voorlopig.`],
    ["Definitie", `De tabellen over teljaar ${r.teljaar} gebruiken de definitie ${definitionNl(r.definition)}${r.official ? ", de officiële voor dit teljaar" : ", niet de officiële voor dit teljaar"}; de landelijke reeks toont beide definities.`],
    ["Privacy", `De rapportage is openbaar en bevat alleen openbare cijfers. ${MARKERS.map(([m, text]) => `"${m}": ${text.charAt(0).toLowerCase()}${text.slice(1)}`).join(" ")}`],
    ["Doelen", `Landelijke doelen uit de brieven aan de Tweede Kamer: ${targets}. ${targetsMethod(r)}`],
    ["Normen", "De landelijke prestatienormen voor het mbo: het hoogste vsv-percentage per mbo-niveau per teljaar. Een instelling voldoet als haar vsv-percentage op dat niveau niet hoger is dan de norm."],
    ["Regio", "De RMC-regio van de woonplaats op 1 oktober aan het begin van het teljaar, volgens de gemeentelijke indeling van dat teljaar."],
    [
      "Een jaar later",
      r.follow_up
        ? `De nieuwe vsv'ers van ${r.follow_up.teljaar} (definitief, officiële definitie) en hun situatie op ${dateNl(r.follow_up.date)}, afgeschermd zoals alle cijfers. Vervolg: zie de pagina Een jaar later (onder Sturing) op de website.`
        : "Geen teljaar tot en met dit teljaar kan al een jaar later worden gevolgd: daarvoor zijn definitieve cijfers nodig en gegevens tot 1 oktober twee jaar na het begin van het teljaar.",
    ],
    ["Actieplan", actionPlanNote(r.action_plan)],
    ["Gemaakt", `Op ${dateNl(r.produced_at)} met vsv-monitor.`],
  ];
}
