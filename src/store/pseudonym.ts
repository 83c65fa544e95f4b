/**
 * Person references: a keyed hash (HMAC-SHA256) of the person number (BSN or onderwijsnummer). They stand for
 * the person in URLs, in the web app and in the audit log, so the BSN itself never leaves the store's tables.
 * The key is secret: without it a reference cannot be turned back into a BSN by trying all numbers.
 */
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { VsvError } from "../domain/errors.js";

declare const personRefBrand: unique symbol;
/** `p` followed by 24 hex digits (96 bits of the HMAC). */
export type PersonRef = string & { readonly [personRefBrand]: true };

declare const keyBrand: unique symbol;
export type PseudonymKey = Buffer & { readonly [keyBrand]: true };

export function isPersonRef(text: string): text is PersonRef {
  return /^p[0-9a-f]{24}$/.test(text);
}

export function parsePersonRef(text: string): PersonRef {
  if (!isPersonRef(text)) throw new VsvError("BAD_PERSON_REF", `"${text.slice(0, 40)}" is geen persoonsreferentie: gebruik de referentie uit een signaallijst of dossier (p en 24 hexadecimale tekens)`);
  return text;
}

export function personRef(key: PseudonymKey, personKey: string): PersonRef {
  return `p${createHmac("sha256", key).update(personKey).digest("hex").slice(0, 24)}` as PersonRef;
}

/** The key file in the data folder (created with 32 random bytes, readable by the owner only, on first use). */
export function pseudonymKeyPath(dataDir: string): string {
  return path.join(dataDir, "pseudonym.key");
}

/**
 * Writes a new key file whole, or leaves the one another process made meanwhile (several servers starting at once
 * on a new data folder): written under a name of its own, then linked into place, which fails when the file exists.
 */
function createKeyFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const own = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(own, randomBytes(32).toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  try {
    linkSync(own, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    rmSync(own, { force: true });
  }
}

/**
 * The key: `VSV_PSEUDONYM_KEY` (64 hex digits) when set — in production, from the secret store, the same for
 * every server — else the key file in the data folder. Changing the key changes every reference.
 */
export function loadPseudonymKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): PseudonymKey {
  const fromEnv = env.VSV_PSEUDONYM_KEY?.trim();
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) {
      throw new VsvError("BAD_PSEUDONYM_KEY", "VSV_PSEUDONYM_KEY must be 64 hex digits (32 bytes): create one with `openssl rand -hex 32`");
    }
    return Buffer.from(fromEnv, "hex") as PseudonymKey;
  }
  const file = pseudonymKeyPath(dataDir);
  if (!existsSync(file)) createKeyFile(file);
  const text = readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new VsvError("BAD_PSEUDONYM_KEY", `${file} does not hold a key of 64 hex digits: restore it from backup (removing it changes every person reference)`);
  }
  return Buffer.from(text, "hex") as PseudonymKey;
}
