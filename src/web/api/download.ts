/**
 * Downloads the CSV of a search made with POST (the search may be a name, so there is no link to follow): the file is
 * fetched with the session (and the CSRF token, by the client) and handed to the browser as a download.
 */
import { api, ApiError, sessionEnded } from "./client.js";
import { problemMessage } from "./problem.js";
import type { Body } from "./types.js";

export async function downloadSignalSearchCsv(search: Body<"/signals/search", "post">, fallbackName: string): Promise<void> {
  // parseAs "stream" leaves the body unread: it is read here as the file.
  const { response } = await api.POST("/signals/search", {
    body: { ...search, format: "csv", page: undefined, pageSize: undefined },
    headers: { accept: "text/csv" },
    cache: "no-store",
    parseAs: "stream",
  });
  if (response.status === 401) sessionEnded();
  if (!response.ok) throw new ApiError(response.status, {}, problemMessage(response.status, {}, { problemJson: false }));
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
