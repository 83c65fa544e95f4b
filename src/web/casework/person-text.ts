/**
 * The Dutch words of the person search (the search box in every closed page, /werk/zoeken), the person page and the
 * signal list's freshness line. Kept apart from text.ts so the pages of issue 16 do not all edit one file.
 */
export const pt = {
  box: {
    label: "Zoek een jongere",
    landmark: "Jongeren zoeken",
    hint: "Naam, referentie, BSN of onderwijsnummer",
    submit: "Zoek",
  },
  search: {
    title: "Jongeren zoeken",
    lead: "Zoek in de signaallijsten en dossiers van uw regio('s) of school. Uw zoekopdracht blijft op deze pagina: hij komt niet in de adresbalk of de geschiedenis van de browser.",
    form: "Zoekopdracht",
    text: "Naam, referentie, BSN of onderwijsnummer",
    textHint: "Bijvoorbeeld: de vries, jan de v, p3744 of 9 cijfers",
    birthDate: "Geboortedatum",
    school: "School (BRIN of naam)",
    submit: "Zoeken",
    clear: "Wissen",
    empty: "Vul een naam, referentie, nummer, geboortedatum of school in om te zoeken.",
    none: "Niemand gevonden in uw bereik. Controleer de spelling of zoek op een deel van de naam.",
    by: {
      name: "Gezocht op naam.",
      reference: "Gezocht op referentie.",
      person_number: "Gezocht op BSN of onderwijsnummer (het nummer wordt niet bewaard of gelogd).",
      filters: "Gezocht op geboortedatum of school.",
    } as Record<string, string>,
    caption: (from: number, to: number, total: number) => (total === 0 ? "Gevonden jongeren: geen" : `Gevonden jongeren: ${from}–${to} van ${total.toLocaleString("nl-NL")}`),
    count: (n: number) => (n === 1 ? "1 jongere gevonden" : `${n.toLocaleString("nl-NL")} jongeren gevonden`),
    col: { name: "Naam", birth: "Geboortedatum", age: "Leeftijd", residence: "Woonplaats", lists: "Lijsten", school: "School", region: "Regio", case: "Open dossier" },
    noCase: "geen",
    previous: "Vorige pagina",
    next: "Volgende pagina",
    pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  },
  lists: { possible: "mogelijk vsv", definitive: "definitief vsv", target_group: "doelgroep" } as Record<string, string>,
  person: {
    age: (n: number) => `${n} jaar`,
    contact: "Contactgegevens",
    address: "Adres",
    phone: "Telefoon",
    email: "E-mail",
    municipality: "Woongemeente",
    contactSource: (list: string, asOf: string) => `Volgens de lijst ${list} van ${asOf}.`,
    noContact: "Er zijn geen contactgegevens bekend. DUO levert geen telefoonnummer of e-mailadres: vraag die na bij de school of de gemeente.",
    history: "Schoolloopbaan",
    noHistory: "Er is geen schoolloopbaan geladen voor deze jongere.",
    enrolments: "Inschrijvingen",
    enrolmentsCaption: "Inschrijvingen, oudste eerst",
    diplomas: "Diploma's",
    diplomasCaption: "Behaalde diploma's",
    months: "Maanden op de lijst mogelijk vsv",
    monthsCaption: "Maanden op de lijst mogelijk vsv, met de reden",
    monthsCount: (n: number) => (n === 1 ? "1 maand op de lijst mogelijk vsv." : `${n} maanden op de lijst mogelijk vsv.`),
    jobs: "Werk",
    jobsCaption: "Werk volgens de geschiedenis",
    col: { school: "School", programme: "Opleiding", level: "Niveau", from: "Van", to: "Tot", reason: "Reden van uitschrijving", date: "Datum", month: "Maand", monthReason: "Reden", hours: "Uur per week" },
    contactsOf: (id: number) => `Contactmomenten in dossier ${id}`,
    contactsCaption: (id: number) => `Contactmomenten in dossier ${id}, nieuwste eerst`,
    noContacts: "Nog geen contactmomenten.",
    contactCol: { on: "Datum", channel: "Hoe", reached: "Bereikt", officer: "Door", note: "Notitie" },
    yes: "ja",
    no: "nee",
    timeline: "Tijdlijn",
    timelineLead: "Alles hierboven op datum, nieuwste eerst.",
    noTimeline: "Nog niets om op de tijdlijn te zetten.",
  },
  freshness: {
    line: (month: string, age: number) => `Rapportagemaand ${month}, ${age <= 0 ? "deze maand" : age === 1 ? "1 maand oud" : `${age} maanden oud`}.`,
    stale: (month: string) =>
      `Deze lijst is ouder dan de laatste levering van DUO die u zou verwachten (rapportagemaand ${month}). Vraag de beheerder de nieuwste lijst te laden voordat u erop werkt.`,
  },
};

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
/** "2026-11" → "november 2026". */
export function monthText(month: string): string {
  const [y, m] = month.split("-");
  const name = MONTHS[Number(m) - 1];
  return name ? `${name} ${y}` : month;
}
