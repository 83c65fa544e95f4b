/** Migrations and a refusal catcher that the store's migration tests share. */
import { isVsvError } from "../../src/domain/errors.js";
import type { Migration } from "../../src/store/index.js";

export const first: Migration = { version: 1, name: "first", sql: "CREATE TABLE things (id integer PRIMARY KEY, label text NOT NULL);" };
export const second: Migration = { version: 2, name: "second", sql: "ALTER TABLE things ADD COLUMN note text;" };

/** The code and message of the VsvError a store open is refused with. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    if (isVsvError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected the store to refuse to open");
}
