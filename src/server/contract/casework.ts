/**
 * The closed part's building blocks (TypeBox): person references, dates, free-form details, answers that are JSON
 * or a CSV download, and the schema of the workload overview. Sign-in and accounts are in casework-accounts.ts,
 * the audit log in casework-audit.ts, the signal lists in casework-signals.ts, cases and absence reports in casework-cases.ts.
 */
import { type TSchema, Type } from "typebox";
import type { PersonRef as PersonRefValue } from "../../store/pseudonym.js";
import { Params, Query } from "./params.js";
import { CSV_TYPE, Strict } from "./responses.js";

/** A JSON body: only the named keys (an unknown key is a 400 naming it), like a query string. */
export const Body = Query;

/** A value or null. */
export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}) {
  return Type.Union([schema, Type.Null()], options);
}

/** A person reference: the pattern is checked, so the value is a PersonRef. */
export const PersonRef = Type.Unsafe<PersonRefValue>(Type.String({ pattern: "^p[0-9a-f]{24}$", description: "Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier" }));
export const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
export const IsoDate = Type.String({ pattern: DATE_PATTERN, description: "Datum JJJJ-MM-DD" });
/** A calendar date in an answer (YYYY-MM-DD). */
export function DateValue(description = "Datum (JJJJ-MM-DD)") {
  return Type.String({ format: "date", description });
}
/** A moment: the store hands out a Date, which the serializer writes as ISO 8601 text. */
export const DateTime = Type.Unsafe<Date | string>(Type.String({ format: "date-time", description: "Tijdstip (ISO 8601)" }));
export const Id = Type.Integer({ minimum: 1 });
export const IdParams = Params({ id: Type.Integer({ minimum: 1, description: "Id" }) });
export const RegionText = Type.String({ description: "RMC-regio 01-41" });
export const BrinText = Type.String({ description: "BRIN-code van een school" });

/** Free-form details (what changed, what was asked): an object whose keys differ per entry. */
export function Details(description: string) {
  return Type.Unsafe<Record<string, unknown>>({ type: "object", additionalProperties: {}, description });
}

/** An answer that is JSON, or the same rows as a CSV download (format=csv). */
export function jsonOrCsv<T extends TSchema>(schema: T, description: string) {
  return {
    description,
    content: {
      "application/json": { schema },
      [CSV_TYPE]: { schema: Type.String({ description: "CSV-download (format=csv)" }) },
    },
  } as const;
}

/** A page of a list: total and paging. */
export function PageOf<T extends TSchema>(item: T, description: string) {
  return Strict(
    {
      total: Type.Integer({ description: "Aantal dat aan de filters voldoet" }),
      page: Type.Integer({ description: "Paginanummer" }),
      page_size: Type.Integer({ description: "Aantal per pagina" }),
      items: Type.Array(item),
    },
    { description },
  );
}

// ---- Workload (GET /workload) ----

const WorkloadCounts = {
  open_cases: Type.Integer({ description: "Open dossiers" }),
  overdue_next_steps: Type.Integer({ description: "Open dossiers waarvan de volgende stap over tijd is" }),
  without_contact: Type.Integer({ description: "Open dossiers zonder contact in de laatste 30 dagen" }),
};

export const Workload = Strict({
  region: Type.String(),
  today: DateValue("De datum in Nederland"),
  no_contact_days: Type.Integer({ description: "Na hoeveel dagen zonder contact een dossier meetelt" }),
  officers: Type.Array(
    Strict({
      officer_id: Type.Integer(),
      username: Nullable(Type.String()),
      display_name: Nullable(Type.String()),
      role: Nullable(Type.String()),
      active_in_region: Type.Boolean({ description: "Nog actief trajectbegeleider of coördinator van de regio" }),
      ...WorkloadCounts,
    }),
  ),
  unassigned: Strict(WorkloadCounts, { description: "Dossiers zonder trajectbegeleider" }),
  total: Strict(WorkloadCounts, { description: "Alle open dossiers van de regio" }),
});

export const WorkloadQuery = Query({ region: Type.Optional(Type.String({ description: "RMC-regio (standaard: uw enige regio)" })) });
