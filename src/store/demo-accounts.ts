/**
 * The demo accounts `npm start` creates, one per role (docs/auth.md, "Demo accounts"; listed in the README). All
 * share one published password, so they are for a demo on synthetic data only: never create them on a server with
 * real person data. Creating them again changes nothing (existing accounts are left as they are).
 */
import type { Role } from "../domain/casework/roles.js";
import { isVsvError } from "../domain/errors.js";
import { createAccount, findAccountByUsername } from "./accounts.js";
import type { Sql } from "./sql.js";

export const DEMO_PASSWORD = "vsv-demo-wachtwoord";

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly regions: readonly string[];
  readonly institutions: readonly string[];
  /** What the account may see, in Dutch, for the README and `npm start`'s output. */
  readonly scope: string;
}

export interface DemoPlaces {
  /** The region most demo users work in, and another one (to show that the first cannot see it). */
  readonly regions: { readonly primary: string; readonly secondary: string };
  /** A school (BRIN) with young people on the primary region's signal list. */
  readonly institution: string;
}

export function demoAccounts(places: DemoPlaces): DemoAccount[] {
  const { primary, secondary } = places.regions;
  return [
    { username: "demo-beheerder", displayName: "Demo Beheerder", role: "administrator", regions: [], institutions: [], scope: "beheert accounts; ziet geen persoonsgegevens" },
    { username: "demo-analist", displayName: "Demo Analist", role: "national_analyst", regions: [], institutions: [], scope: "heel Nederland, alleen cijfers" },
    { username: "demo-coordinator", displayName: "Demo Coördinator", role: "regional_coordinator", regions: [primary], institutions: [], scope: `RMC-regio ${primary}: dossiers, werkvoorraad, logboek, trajectbegeleiders` },
    { username: "demo-begeleider", displayName: "Demo Begeleider", role: "regional_officer", regions: [primary], institutions: [], scope: `RMC-regio ${primary}` },
    { username: "demo-begeleider2", displayName: "Demo Begeleider 2", role: "regional_officer", regions: [primary], institutions: [], scope: `RMC-regio ${primary}` },
    { username: "demo-begeleider-andere-regio", displayName: "Demo Begeleider andere regio", role: "regional_officer", regions: [secondary], institutions: [], scope: `RMC-regio ${secondary}` },
    { username: "demo-school", displayName: "Demo School", role: "school_user", regions: [], institutions: [places.institution], scope: `instelling ${places.institution}: signaallijst van de eigen school` },
  ];
}

/** Creates the demo accounts that do not exist yet (with DEMO_PASSWORD, argon2id-hashed); returns all of them. */
export async function ensureDemoAccounts(sql: Sql, places: DemoPlaces): Promise<DemoAccount[]> {
  const accounts = demoAccounts(places);
  for (const a of accounts) {
    if (await findAccountByUsername(sql, a.username)) continue;
    try {
      await createAccount(sql, { username: a.username, displayName: a.displayName, role: a.role, regions: a.regions, institutions: a.institutions, password: DEMO_PASSWORD });
    } catch (e) {
      // Another process created it between the check and the insert: that is what we wanted.
      if (!(isVsvError(e) && e.code === "USERNAME_TAKEN")) throw e;
    }
  }
  return accounts;
}
