/** Dutch copy of /sturing/rapport (loaded with that page only, not with the landing page). */
export const reportText = {
    title: "Jaarrapportage vsv",
    lead: "De voortgangsrapportage voortijdig schoolverlaten: de cijferbijlage bij de brieven aan de Kamer, als PDF en als Excel-bestand, gemaakt uit de cijfers in vsv-monitor.",
    describe: (teljaar: string, stage: string, definition: string) => `Rapportage over teljaar ${teljaar} (${stage}), definitie ${definition}.`,
    downloads: "Jaarrapportage downloaden",
    pdf: "Download PDF",
    xlsx: "Download Excel",
    contentsTitle: "Wat staat erin",
    contents: [
      "Titelpagina: teljaar, stadium (voorlopig of definitief), definitie en datum, en of de gegevens synthetisch zijn (een steekproef van welke grootte).",
      "Landelijke reeks: nieuwe vsv'ers per teljaar volgens beide definities (de officiële gemarkeerd), met grafiek en de landelijke doelen.",
      "Voortgezet onderwijs en mbo: aantallen en percentages, met het verschil met het vorige teljaar en een grafiek over de jaren.",
      "Per RMC-regio: startpopulatie, nieuwe vsv'ers, percentage en verschil.",
      "Per onderwijssoort in het vo en per mbo-niveau.",
      "Doelen en prestatienormen: elk landelijk doel naast het aantal van zijn eigen teljaar (bij een steekproef met het doel op die schaal), en per mbo-niveau hoeveel instellingen binnen of boven de norm blijven.",
      "Een jaar later: wat de vsv'ers van het teljaar op 1 oktober een jaar later doen (startkwalificatie, weer op school, werk, nog vsv'er), landelijk en per regio.",
      "Stand van het actieplan vsv: per actielijn de voortgang, per actie de status, de indicator en de voortgang.",
      "Toelichting: bronnen, begrippen, definities en afscherming. Het Excel-bestand heeft één blad per tabel en een blad Toelichting met dezelfde tekens en begrippen.",
    ],
    accessible: "De PDF is toegankelijk: koppen, tabellen en grafieken (met een beschrijving in tekst) zijn ook met een schermlezer te volgen.",
    privacy: "Alle aantallen zijn openbare cijfers: een afgeschermd getal (een aantal van 1 tot en met 4 personen, of een getal waaruit zo'n aantal terug te rekenen is) staat als \"x\", net als elders op deze site; \"–\" betekent: niet van toepassing.",
    cli: "Dezelfde rapportage maakt u op de opdrachtregel met: vsv report yearly --teljaar 2024-2025 --out rapporten/",
  } as const;
