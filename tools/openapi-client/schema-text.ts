/**
 * The text of src/web/api/schema.d.ts for an OpenAPI document, made by openapi-typescript. It lives in this workspace
 * because openapi-typescript needs the TypeScript 5 compiler API (the project builds with TypeScript 7): imported from
 * here, "openapi-typescript" and its "typescript" resolve to this workspace's node_modules.
 */
import openapiTS, { astToString } from "openapi-typescript";

export const SCHEMA_FILE = "src/web/api/schema.d.ts";

const HEADER = `/**
 * GENERATED from the server's OpenAPI document (GET /api/v1/openapi.json, closed part included) by openapi-typescript.
 * Do not edit: change the route's schema under src/server and run \`npm run api:generate\`.
 * test/web/api-client-current.test.ts fails when this file differs from what the server's document gives.
 */

`;

export async function schemaText(document: Record<string, unknown>): Promise<string> {
  const nodes = await openapiTS(document as never, { alphabetize: false });
  return HEADER + astToString(nodes);
}
