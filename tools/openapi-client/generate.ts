/**
 * Writes src/web/api/schema.d.ts (the web app's API types) from the server's OpenAPI document.
 * Run from the repository root: `npm run api:generate`.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serverOpenApiDocument } from "./openapi-document.js";
import { SCHEMA_FILE, schemaText } from "./schema-text.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const text = await schemaText(await serverOpenApiDocument());
writeFileSync(path.join(root, SCHEMA_FILE), text);
console.log(`Wrote ${SCHEMA_FILE} (${text.split("\n").length} lines)`);
process.exit(0);
