/**
 * Every Dutch word the interface shows, in one place. Code stays English; copy lives here.
 */
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
  definitionName: (d: number) => `jonger dan ${d}`,
  definitionOfficial: "officiële definitie",
  stage: { preliminary: "voorlopig", definitive: "definitief" } as Record<string, string>,

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
    changeLine: (delta: string, prev: string) => `${delta} ten opzichte van ${prev}`,
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
  },

  region: { kind: "Regio", municipalities: "Gemeenten in deze regio", institutions: "Instellingen in deze regio" },
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
    },
  },
} as const;

