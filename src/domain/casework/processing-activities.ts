/**
 * The processing activities (verwerkingsactiviteiten) under which person data is used, each with its purpose,
 * as the Logboek dataverwerkingen standard asks: every audit entry names one. The purposes are the legal tasks
 * of the RMC function (Doorstroompunt) and of schools; docs/audit-log.md.
 */
export const PROCESSING_ACTIVITIES = {
  signal_list: "Voortijdig schoolverlaters in beeld brengen (RMC-functie, Doorstroompunt)",
  target_group_list: "Jongeren met (een risico op) een afstand tot de arbeidsmarkt in beeld brengen (Wet van school naar duurzaam werk, Doorstroompunt)",
  case_work: "Begeleiden van voortijdig schoolverlaters naar onderwijs of werk (RMC-functie, Doorstroompunt)",
  school_signal_list: "Uitgeschreven leerlingen zonder startkwalificatie volgen (zorgplicht van de school)",
  absence: "Registreren van verzuimmeldingen (Leerplichtwet, RMC-functie)",
  audit: "Toezicht op het gebruik van persoonsgegevens (verantwoording, AVG art. 5 lid 2)",
  retention: "Verwijderen van persoonsgegevens na de bewaartermijn (AVG art. 5 lid 1e)",
  analysis: "Berekenen en controleren van vsv-cijfers (kwaliteitscontrole, persoonsniveau)",
  authentication: "Inloggen en sessiebeheer",
  account_management: "Beheer van gebruikers en hun rechten",
} as const;
export type ProcessingActivity = keyof typeof PROCESSING_ACTIVITIES;

export function purposeOf(activity: ProcessingActivity): string {
  return PROCESSING_ACTIVITIES[activity];
}
