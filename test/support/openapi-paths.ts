/**
 * The operations' paths as a client requests them: the document writes paths relative to its server URL
 * (`servers[0].url`, /api/v1; NL GOV API Design Rules), so a test that requests a documented path prefixes it.
 */
export interface ServedDocument<P> {
  readonly servers?: readonly { readonly url: string }[];
  readonly paths: Record<string, P>;
}

/** [full path, path item] for every path of the document, e.g. ["/api/v1/regions/{code}", {...}]. */
export function servedPaths<P>(doc: ServedDocument<P>): [string, P][] {
  const base = doc.servers?.[0]?.url ?? "";
  if (!base.startsWith("/api/")) throw new Error(`The document's server URL is "${base}": expected the API prefix /api/v1`);
  return Object.entries(doc.paths).map(([p, item]) => [`${base}${p}`, item]);
}
