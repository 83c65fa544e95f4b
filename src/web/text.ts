/**
 * Every Dutch word the interface shows, in one place. Code stays English; copy lives here. Names of the API's codes
 * (stages, definitions) are the domain's own (src/domain/labels), not copies.
 */
import { definitionLabel, STAGE_LABELS } from "../domain/labels/fields.js";

export const t = {
  appName: "vsv-monitor",
  appTagline: "Voortijdig schoolverlaten in Nederland",
  skipLink: "Direct naar de inhoud",
  mainNav: "Hoofdnavigatie",
  nav: { home: "Landelijk", map: "Kaart", compare: "Vergelijken", steering: "Sturing" },
  footer: {
    about:
      "vsv-monitor berekent de officiële cijfers over voortijdig schoolverlaten uit de onderwijsregistratie, per persoon, volgens de definitie van DUO. Kleine aantallen (1 tot en met 4) worden niet getoond, en ook elk ander getal waaruit zo'n klein aantal terug te rekenen is. Een afgeschermd getal staat als \"x\" (geheim); dat zegt niets over hoe groot het is. Een \"–\" betekent: niet van toepassing.",
    api: "Open API (JSON)",
    apiDocs: "API-documentatie",
  },
  loading: "Gegevens worden geladen…",
  errorTitle: "De gegevens konden niet worden geladen",
  unexpectedError: "Er ging iets mis in deze pagina. Laad de pagina opnieuw; blijft het misgaan, neem dan contact op met de beheerder.",
  notFoundTitle: "Pagina niet gevonden",
  notFoundBody: "Deze pagina bestaat niet. Ga naar het landelijke overzicht.",
  suppressed: "x",
  /** CBS's sign for a figure kept secret: a percentage hidden because its count is small. */
  suppressedPct: "x",
  noData: "geen gegevens",
  /** A breakdown row without a value (e.g. leerweg of a vo pupil). */
  otherKey: "overig / niet van toepassing",

  filters: {
    legend: "Selectie",
    teljaar: "Teljaar",
    definition: "Definitie",
    stage: "Stadium",
    apply: "Toon",
  },
  definitionName: definitionLabel,
  definitionOfficial: "officiële definitie",
  stage: STAGE_LABELS,
  /** The stage of a compared figure when the API does not say it. */
  stageUnknown: "stadium onbekend",

  // Column and series labels
  col: {
    teljaar: "Teljaar",
    definition: "Definitie",
    stage: "Stadium",
    startPopulation: "Startpopulatie",
    vsv: "Nieuwe vsv'ers",
    vsvPct: "Vsv-percentage",
    change: "Verschil met vorig jaar",
    changePct: "Verschil (%)",
    name: "Naam",
    code: "Code",
    voVsv: "vo: vsv'ers",
    voPct: "vo: vsv %",
    mboVsv: "mbo: vsv'ers",
    mboPct: "mbo: vsv %",
    level: "Niveau",
    norm: "Norm (max. vsv %)",
    normMet: "Norm",
    target: "Doel",
    targetYear: "Jaar",
    maxVsv: "Maximaal aantal nieuwe vsv'ers",
    maxVsvNational: "Maximaal aantal nieuwe vsv'ers (heel Nederland)",
    maxVsvScaled: (pct: string) => `Doel geschaald naar de steekproef (${pct})`,
  },
  normMet: "gehaald",
  normNotMet: "niet gehaald",

  breakdownTitle: {
    level: "Naar niveau",
    leerweg: "Naar leerweg",
    age_group: "Naar leeftijd",
    sector: "Naar sector",
    vo_mbo: "vo en mbo",
  } as Record<string, string>,

  download: { csv: "Download CSV", xlsx: "Download Excel", label: "Downloads" },
  chartTableCaption: (title: string) => `${title}: de cijfers van de grafiek`,

  home: {
    title: "Voortijdig schoolverlaten in Nederland",
    lead:
      "Hoeveel jongeren verlaten het onderwijs zonder startkwalificatie? Landelijke cijfers per teljaar, met de doelen van het kabinet, vo en mbo, en de overgang naar de nieuwe definitie.",
    latest: (teljaar: string, stage: string) => `Teljaar ${teljaar} (${stage})`,
    vsvCount: "nieuwe voortijdig schoolverlaters",
    vsvPct: "van de startpopulatie",
    startPopulation: "startpopulatie",
    /** `basis`: "t.o.v. 2023-2024 (definitief)". */
    changeLine: (delta: string, basis: string) => `${delta} ${basis}`,
    seriesTitle: "Nieuwe vsv'ers per teljaar, beide definities, met de landelijke doelen",
    seriesDesc:
      "Lijngrafiek van het aantal nieuwe voortijdig schoolverlaters per teljaar volgens de definitie jonger dan 23 en jonger dan 27; de landelijke doelen zijn als punten getekend.",
    definitionSwitchTitle: "Van jonger dan 23 naar jonger dan 27",
    definitionSwitchBody:
      "Sinds de Wet van school naar duurzaam werk (1 januari 2026) telt voortijdig schoolverlaten tot 27 jaar in plaats van tot 23 jaar. Jongeren van 23 tot en met 26 tellen dan mee, dus het aantal ligt hoger zonder dat er meer jongeren uitvallen. Daarom tonen we beide reeksen over alle jaren, berekend met dezelfde gegevens: zo is de trendbreuk zichtbaar en niet verstopt in een voetnoot. De officiële definitie per teljaar is gemarkeerd.",
    voMboTitle: "vo en mbo: vsv-percentage per teljaar",
    voMboDesc: "Lijngrafiek van het percentage nieuwe vsv'ers in het voortgezet onderwijs en in het mbo per teljaar.",
    targetsTitle: "Landelijke doelen",
    targetsLead: "Het kabinet stelde een maximum aan het aantal nieuwe vsv'ers per jaar.",
    targetNote: (national: string) => `doel voor heel Nederland: ${national}`,
    tableTitle: "Landelijke reeks",
    officialMark: "officieel",
    explore: "Verder kijken",
    exploreMap: "Bekijk de kaart per regio",
    exploreCompare: "Vergelijk regio's of instellingen",
  },

  map: {
    title: "Kaart: vsv-percentage per regio",
    titleMunicipality: "Kaart: vsv-percentage per gemeente",
    lead: "Klik op een gebied (of ga er met Tab naartoe en druk op Enter) om de cijfers van dat gebied te zien.",
    levelLegend: "Indeling",
    levelRegion: "RMC/Doorstroompunt-regio's",
    levelMunicipality: "Gemeenten",
    legendTitle: "Vsv-percentage",
    legendNoData: "geen cijfer of afgeschermd",
    suppressed: "afgeschermd (klein aantal)",
    regionLabel: (name: string, pct: string) => `Regio ${name}: ${pct}`,
    municipalityLabel: (name: string, pct: string) => `Gemeente ${name}: ${pct}`,
    credit: "Kaart: CBS / PDOK (CBS Gebiedsindelingen), vereenvoudigd door cartomap/nl.",
    tableTitle: "De cijfers van de kaart",
    figureDesc: (n: number) => `Kaart van Nederland met ${n} gebieden, gekleurd naar vsv-percentage.`,
    find: "Vind uw gemeente",
    findHint: "Typ de naam van uw gemeente en kies hem uit de lijst (pijltjestoetsen en Enter). De kaart laat hem zien.",
    findOptions: "Gemeenten die passen",
    findNone: "Geen gemeente gevonden met deze naam.",
    findCount: (n: number) => (n === 1 ? "1 gemeente gevonden" : `${n} gemeenten gevonden`),
    foundMunicipality: (name: string, pct: string) => `Gemeente ${name}: ${pct}. De gemeente is op de kaart zwart omlijnd.`,
    foundInRegion: (name: string, region: string, pct: string) => `Gemeente ${name} ligt in regio ${region} (${pct}). De regio is op de kaart zwart omlijnd.`,
    openMunicipality: (name: string) => `Bekijk de cijfers van gemeente ${name}`,
    openRegion: (name: string) => `Bekijk de cijfers van regio ${name}`,
  },

  region: {
    kind: "Regio",
    municipalities: "Gemeenten in deze regio",
    institutions: "Instellingen gevestigd in deze regio",
    institutionsLead: "Scholen en instellingen met hun hoofdvestiging in deze regio, de grootste eerst. Hun cijfers tellen al hun leerlingen en studenten, waar die ook wonen; de cijfers hierboven tellen de jongeren die in de regio wonen, op welke school ook.",
  },
  municipality: { kind: "Gemeente", region: "Regio", institutions: "Instellingen in deze gemeente" },
  institution: {
    kind: "Instelling",
    locations: "Vestigingen",
    norms: "Prestatienorm mbo per niveau",
    normsLead: "De prestatienorm is het maximale vsv-percentage per mbo-niveau in dit teljaar.",
  },
  location: { kind: "Vestiging", institution: "Instelling" },
  detail: {
    figureTitle: (teljaar: string, stage: string) => `Cijfers ${teljaar} (${stage})`,
    seriesTitle: "Vsv-percentage per teljaar",
    seriesDesc: (name: string) => `Lijngrafiek van het vsv-percentage van ${name} per teljaar.`,
    seriesTableTitle: "Reeks per teljaar",
    breakdowns: "Uitsplitsingen",
    breadcrumb: "Kruimelpad",
  },

  compare: {
    title: "Vergelijken",
    lead: "Kies regio's, gemeenten of instellingen en zie ze naast elkaar over de jaren.",
    kind: "Wat vergelijken?",
    kinds: { regio: "Regio's", gemeente: "Gemeenten", instelling: "Instellingen" } as Record<string, string>,
    search: "Zoeken op naam of code",
    choose: "Kies",
    add: "Toevoegen",
    remove: (name: string) => `${name} verwijderen`,
    selected: "Gekozen",
    none: "Nog niets gekozen. Kies hierboven minstens één gebied of instelling.",
    from: "Vanaf teljaar",
    to: "Tot en met teljaar",
    chartTitle: "Vsv-percentage per teljaar",
    chartDesc: "Lijngrafiek met één lijn per gekozen gebied of instelling.",
    tableTitle: "Naast elkaar",
  },
  rankPrefix: "Rang",
  legend: "Legenda",

  /** The notice on every public page while the figures come from a synthetic register (components/DataNotice.tsx). */
  data: {
    title: "Synthetische gegevens",
    synthetic: "Dit zijn geen echte cijfers: ze zijn berekend op synthetische (nagemaakte) gegevens van een verzonnen Nederland, niet op echte leerlingen.",
    sample: (pct: string) =>
      `De gegevens zijn een steekproef van ${pct} van Nederland: aantallen zijn ongeveer ${pct} van de landelijke aantallen, percentages zijn wel vergelijkbaar.`,
  },
  /** Count targets next to counts of a sample (Home, targets page). */
  scaledTarget: "doel geschaald naar de steekproef",
  scaledTargetLead: (pct: string, factor: string) =>
    `De doelen gelden voor heel Nederland. Omdat deze gegevens een steekproef van ${pct} zijn, is elk doel vermenigvuldigd met ${factor} (doel geschaald naar de steekproef), zodat het met de aantallen hier te vergelijken is.`,

  /** The change against the previous teljaar always says which figure it is compared with. */
  change: {
    against: (teljaar: string, stage: string) => `t.o.v. ${teljaar} (${stage})`,
    column: "Verschil met vorig jaar",
    /** `basis`: "t.o.v. 2023-2024 (definitief)". */
    columnAgainst: (basis: string) => `Verschil ${basis}`,
  },

  /** Short definitions of the terms and markers the figures use (components/Glossary.tsx). */
  glossary: {
    summary: "Wat betekenen teljaar, startpopulatie, voorlopig en definitief, x en –?",
    terms: {
      teljaar: ["Teljaar", "De periode van 1 oktober tot 1 oktober waarover geteld wordt. Teljaar 2023-2024 begint op 1 oktober 2023 en eindigt op 1 oktober 2024."],
      startpopulatie: ["Startpopulatie", "Alle jongeren die op 1 oktober aan het begin van het teljaar bekostigd ingeschreven stonden in het vo, mbo of vavo, jonger waren dan 23 (of 27) en nog geen startkwalificatie (havo-, vwo- of mbo-2-diploma) hadden."],
      vsv: ["Nieuwe vsv'er", "Een jongere uit de startpopulatie die op 1 oktober aan het einde van het teljaar niet meer ingeschreven staat en nog geen startkwalificatie heeft. Het vsv-percentage is het aantal nieuwe vsv'ers gedeeld door de startpopulatie."],
      stadium: ["Voorlopig en definitief", "Voorlopige cijfers zijn berekend met wat op 1 februari na het teljaar bekend was, definitieve met wat op 1 oktober daarna bekend was. Laat gemelde diploma's en inschrijvingen tellen alleen in de definitieve cijfers mee, dus die kunnen iets verschillen."],
      hidden: ["x", "Geheim: afgeschermd om kleine aantallen (1 tot en met 4) te beschermen, ook als zo'n klein aantal er anders uit terug te rekenen is. Het zegt niets over hoe groot het getal is."],
      none: ["–", "Niet van toepassing of geen cijfer, bijvoorbeeld geen verschil omdat het vorige teljaar niet is berekend."],
    } as Record<string, readonly [string, string]>,
  },

  /** Charts (components/LineChart.tsx). */
  chart: {
    keyboard: "Ga met Tab naar de punten van de grafiek en gebruik de pijltjestoetsen: links en rechts gaan naar een ander teljaar, omhoog en omlaag naar een andere lijn. Escape verbergt de uitleg bij een punt.",
    point: (series: string, x: string, value: string, note?: string) => `${series}, ${x}: ${value}${note ? `; ${note}` : ""}`,
    national: "Nederland",
  },

  /** Tables (components/DataTable.tsx). */
  table: {
    search: "Zoeken in de tabel",
    searchHint: "Typ een deel van een naam of code; de tabel toont alleen de rijen die het bevatten.",
    found: (n: number, of: number) => (n === of ? `${of} rijen` : `${n} van ${of} rijen`),
    none: (q: string) => `Geen rijen gevonden met "${q}".`,
    sortedBy: (column: string, ascending: boolean) => `Gesorteerd op ${column}, ${ascending ? "oplopend" : "aflopend"}.`,
    sortHint: "Klik op een kolomkop om te sorteren.",
  },


  /**
   * The closed part's header menu (in the landing bundle). The copy of its pages is in casework/text.ts, loaded with
   * those pages only, so the public pages do not carry it.
   */
  casework: {
    nav: {
      label: "Werkomgeving",
      login: "Inloggen",
      logout: "Uitloggen",
      signedInAs: (name: string, role: string) => `Ingelogd als ${name} (${role})`,
      start: "Werkomgeving",
      signals: "Signalen",
      cases: "Dossiers",
      absence: "Verzuim",
      workload: "Werklast",
      auditLog: "Logboek",
      accounts: "Gebruikers",
      incoming: "Binnengekomen",
      incomingCount: (n: number) => `Binnengekomen (${n})`,
    },
  },
} as const;

