/** Sets the document title per page (screen readers announce it; tabs and history show it). */
import { useEffect } from "react";
import { t } from "./text.js";

export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t.appName}` : t.appName;
  }, [title]);
}
