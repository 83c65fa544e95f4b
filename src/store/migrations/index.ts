/** Every migration, in the order they are applied. Add a new one at the end; never edit or renumber an applied one. */
import { base } from "./0001-base.js";
import type { Migration } from "./migration.js";

export const migrations: readonly Migration[] = [base];
