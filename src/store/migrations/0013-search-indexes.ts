/**
 * Finding a person (issue 16, part 2):
 * - by the start of their reference (`p3744` finds `p3744ca62…`): a btree on the reference that LIKE 'prefix%' can
 *   use whatever the database's collation (text_pattern_ops), on the signal rows and on cases;
 * - by a name fragment: each row's given names and family name folded once, when the row is written (lower case,
 *   accents and hyphens away, a space in front: `' jan pieter de vries'`), so a search compares a plain column
 *   (`search_name LIKE '% vries%'`) instead of folding every row of the actor's regions on every search; the same for
 *   the school's name. src/store/person-search.ts (`foldName`) folds the search text the same way.
 * The translation table: upper and lower case accented letters to their plain letter, the hyphen to a space; then
 * lower() (of ASCII only, so the result does not depend on the database's locale).
 */
import type { Migration } from "./migration.js";

const FOLD = (text: string) =>
  `lower(translate(${text}, 'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïıÓÒÔÖÕØóòôöõøÚÙÛÜúùûüÝýÿÇçÑñŠšŽžŁłŞşĞğ-', 'aaaaaaaaaaaaeeeeeeeeiiiiiiiiioooooooooooouuuuuuuuyyyccnnsszzllssgg '))`;

export const searchIndexes: Migration = {
  version: 13,
  name: "search_indexes",
  sql: `
CREATE INDEX signals_person_prefix ON signals (person_ref text_pattern_ops);
CREATE INDEX cases_person_prefix ON cases (person_ref text_pattern_ops);
ALTER TABLE signals
  ADD COLUMN search_name text GENERATED ALWAYS AS (' ' || ${FOLD("coalesce(given_names, '') || ' ' || coalesce(family_name, '')")}) STORED,
  ADD COLUMN search_school text GENERATED ALWAYS AS (${FOLD("coalesce(institution_name, '')")}) STORED;
`,
};
