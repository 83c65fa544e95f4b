/**
 * Person search at Amsterdam's size (issue 16, part 2; aim: under 200 ms on PGlite). Fills a fresh operational store
 * with the signal lists of one region the size of Agglomeratie Amsterdam (RMC 21) and the other regions, plus cases,
 * then times each kind of search as an officer of that region runs it (scoped store, row-level security on): a
 * name fragment (common and rare, and "jan de v"), a reference's start, a BSN (hashed to the reference), a school
 * (BRIN and part of its name), a birth date, and the signal list's own search by name. Prints median and p95 per kind.
 *
 * The size (say so when quoting a figure): region 21 at scale 1 has about 3,500 rows on the possible list (a month),
 * 1,500 on the definitive list (a teljaar) and, on the target-group list of the Wet van school naar duurzaam werk
 * (leavers of vso, pro, entree and mbo-2 bol, and vsv'ers under 27, neither learning nor working), an estimated
 * 10,000 — together about 15,000; the default 20,000 leaves a margin. The other 40 regions share 180,000 rows.
 *
 *   npx tsx bench/search.ts [--store pglite|postgres] [--region-rows 20000] [--national-rows 200000] [--cases 3000] [--repeats 30]
 * PostgreSQL: a fresh database on BENCH_DATABASE_URL / DATABASE_URL / postgres://postgres@127.0.0.1:5432/test, dropped afterwards.
 * Results: docs/benchmarks.md, "Person search".
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import type { AccessScope } from "../src/domain/casework/access.js";
import type { StoreKind } from "../src/store/index.js";
import { searchPersons } from "../src/store/person-search.js";
import { type PseudonymKey, personRef } from "../src/store/pseudonym.js";
import { scopedSql } from "../src/store/scope.js";
import { listSignals } from "../src/store/signal-list.js";
import { machine } from "./measure.js";
import { openBenchTarget } from "./support/casework-target.js";
import { FEMALE_NAMES, MALE_NAMES, STREETS, SURNAMES } from "./support/duo-names.js";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "pglite" },
    "region-rows": { type: "string", default: "20000" },
    "national-rows": { type: "string", default: "200000" },
    cases: { type: "string", default: "3000" },
    repeats: { type: "string", default: "30" },
  },
});
const kind = values.store as StoreKind;
if (kind !== "pglite" && kind !== "postgres") throw new Error(`--store ${values.store} is not known: use pglite or postgres`);
const regionRows = Number(values["region-rows"]);
const nationalRows = Number(values["national-rows"]);
const caseCount = Number(values.cases);
const repeats = Number(values.repeats);
const REGION = "21";

/** A small deterministic generator (mulberry32): the same rows on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const COLUMNS = [
  "person_ref", "person_key", "list", "source", "teljaar", "report_month", "region", "municipality_name", "institution", "institution_name",
  "level", "birth_date", "age", "family_name", "given_names", "street", "house_number", "postcode", "residence", "target_group",
] as const;
const TYPES: Record<string, string> = { birth_date: "date", age: "integer" };
const INSERT = `INSERT INTO signals (${COLUMNS.join(", ")}) SELECT * FROM unnest(${COLUMNS.map((c, i) => `$${i + 1}::${TYPES[c] ?? "text"}[]`).join(", ")})`;

interface Person {
  key: string;
  ref: string;
  region: string;
  family: string;
  given: string;
  birth: string;
  institution: string;
  institutionName: string;
}

async function main() {
  const key = randomBytes(32) as PseudonymKey;
  const target = await openBenchTarget(kind);
  const store = target.sql;
  const r = random(16);
  const schools = (region: string) => Array.from({ length: 12 }, (_, i) => ({ code: `${region}${String.fromCharCode(65 + i)}${String.fromCharCode(75 + (i % 10))}`, name: `${["Stads", "Noorder", "Zuider", "Ooster", "Wester", "Haven"][i % 6]}college ${region}-${i + 1}` }));
  const people: Person[] = [];
  const regions = Array.from({ length: 40 }, (_, i) => String(i + 1).padStart(2, "0"));
  const perOther = Math.round((nationalRows - regionRows) / 39);
  const t0 = performance.now();
  let n = 0;
  for (const region of regions) {
    const rows = region === REGION ? regionRows : perOther;
    const own = schools(region);
    const batch: Record<string, unknown[]> = Object.fromEntries(COLUMNS.map((c) => [c, []]));
    const flush = async () => {
      if (batch.person_ref!.length === 0) return;
      await store.query(INSERT, COLUMNS.map((c) => batch[c]));
      for (const c of COLUMNS) batch[c] = [];
    };
    // About 1.3 rows per person: some are on two lists.
    const persons = Math.round(rows / 1.3);
    let written = 0;
    for (let i = 0; written < rows && i < persons * 2; i++) {
      const personKey = String(100_000_000 + n++);
      const [prefix, surname] = r.pick(SURNAMES);
      const school = r.pick(own);
      const year = 2000 + r.int(10);
      const p: Person = {
        key: personKey,
        ref: personRef(key, personKey),
        region,
        family: prefix ? `${prefix} ${surname}` : surname,
        given: `${r.pick(r.next() < 0.5 ? FEMALE_NAMES : MALE_NAMES)}${r.next() < 0.4 ? ` ${r.pick(r.next() < 0.5 ? FEMALE_NAMES : MALE_NAMES)}` : ""}`,
        birth: `${year}-${String(1 + r.int(12)).padStart(2, "0")}-${String(1 + r.int(28)).padStart(2, "0")}`,
        institution: school.code,
        institutionName: school.name,
      };
      if (region === REGION && people.length < 5000) people.push(p);
      const lists = r.next() < 0.3 ? (["target_group", r.next() < 0.7 ? "possible" : "definitive"] as const) : ([r.pick(["target_group", "target_group", "possible", "definitive"] as const)] as const);
      for (const list of lists) {
        const row: Record<string, unknown> = {
          person_ref: p.ref, person_key: p.key, list, source: "duo", teljaar: "2026-2027", report_month: list === "possible" ? "2026-11" : null, region,
          municipality_name: region === REGION ? "Amsterdam" : `Gemeente ${region}`, institution: p.institution, institution_name: p.institutionName,
          level: r.pick(["MBO-1", "MBO-2", "MBO-3", "VMBO", "PRO", "VSO"]), birth_date: p.birth, age: 2026 - Number(p.birth.slice(0, 4)),
          family_name: p.family, given_names: p.given, street: r.pick(STREETS), house_number: String(1 + r.int(200)), postcode: `${1000 + r.int(8000)} ${"AB"}`,
          residence: region === REGION ? "Amsterdam" : `Plaats ${region}`, target_group: list === "target_group" ? r.pick(["vso", "pro", "entree", "mbo2_bol", "vsv"]) : null,
        };
        for (const c of COLUMNS) batch[c]!.push(row[c]);
        written++;
      }
      if (batch.person_ref!.length >= 5000) await flush();
    }
    await flush();
  }
  for (let i = 0; i < caseCount; i++) {
    const p = people[i % people.length]!;
    await store.query("INSERT INTO cases (person_ref, person_key, region, status) VALUES ($1, $2, $3, 'contacting') ON CONFLICT DO NOTHING", [p.ref, p.key, REGION]);
  }
  await store.query("ANALYZE");
  const [counts] = await store.query<{ total: number; region: number }>("SELECT count(*) AS total, count(*) FILTER (WHERE region = $1) AS region FROM signals", [REGION]);
  const loadSeconds = (performance.now() - t0) / 1000;

  const scope: AccessScope = { regions: [REGION], institutions: [] };
  const sql = scopedSql(store, scope);
  const options = { includeCases: true, today: "2026-12-07" };
  const sample = (i: number) => people[(i * 7919) % people.length]!;
  const kinds: [string, (i: number) => Promise<unknown>][] = [
    ["name, common (vries)", () => searchPersons(sql, key, scope, { text: "vries" }, options)],
    ["name, one person's (given + family)", (i) => searchPersons(sql, key, scope, { text: `${sample(i).given.split(" ")[0]} ${sample(i).family}` }, options)],
    ["name, typed in part (jan de v)", () => searchPersons(sql, key, scope, { text: "jan de v" }, options)],
    ["reference start (p + 6)", (i) => searchPersons(sql, key, scope, { text: sample(i).ref.slice(0, 7) }, options)],
    ["BSN / onderwijsnummer", (i) => searchPersons(sql, key, scope, { text: sample(i).key }, options)],
    ["school, BRIN", (i) => searchPersons(sql, key, scope, { school: sample(i).institution }, options)],
    ["school, part of the name", () => searchPersons(sql, key, scope, { school: "havencollege" }, options)],
    ["birth date", (i) => searchPersons(sql, key, scope, { birthDate: sample(i).birth }, options)],
    ["signal list search by name (vries)", () => listSignals(sql, scope, { list: "target_group", search: "vries" })],
  ];
  console.log(`Person search on ${target.where}: ${machine()}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`);
  console.log(`Rows: ${counts!.total.toLocaleString("en")} on the lists (${counts!.region.toLocaleString("en")} in region ${REGION}), ${caseCount} cases; filled in ${loadSeconds.toFixed(0)} s; ${repeats} repeats per kind after 3 warm-up runs`);
  console.log("| search | median ms | p95 ms | max ms |");
  console.log("|---|---:|---:|---:|");
  for (const [name, run] of kinds) {
    for (let i = 0; i < 3; i++) await run(i);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      await run(i);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    console.log(`| ${name} | ${at(0.5).toFixed(0)} | ${at(0.95).toFixed(0)} | ${times.at(-1)!.toFixed(0)} |`);
  }
  await target.dispose();
}

await main();
