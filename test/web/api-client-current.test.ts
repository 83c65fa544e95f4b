import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serverOpenApiDocument } from "../../tools/openapi-client/openapi-document.js";
import { SCHEMA_FILE, schemaText } from "../../tools/openapi-client/schema-text.js";

describe("the web app's generated API types", () => {
  it("are what the server's current OpenAPI document gives (else run `npm run api:generate`)", async () => {
    const expected = await schemaText(await serverOpenApiDocument());
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    if (committed !== expected) {
      expect.fail(`${SCHEMA_FILE} is out of date with the server's OpenAPI document: run \`npm run api:generate\` and commit the result`);
    }
  });
});
