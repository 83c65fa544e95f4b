/**
 * Messages of the closed part: the error summary above a form (announced, with links to each wrong field), notices
 * after a change (announced politely), and the problem the server gave for a request.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { ct } from "./text.js";
import { errorText } from "../components/Status.js";

export interface FieldError {
  /** The id of the control (or fieldset) the error belongs to. */
  readonly field: string;
  readonly message: string;
}

/** The errors of a form before it is sent; focus moves to it so keyboard and screen reader users land there. */
export function ErrorSummary({ errors, title = ct.errorSummary }: { errors: readonly FieldError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} className="utrecht-alert utrecht-alert--error vsv-error-summary" role="alert" aria-labelledby="vsv-error-summary-title">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph" id="vsv-error-summary-title"><strong>{title}</strong></p>
          <ul className="utrecht-unordered-list">
            {errors.map((e) => (
              <li key={e.field + e.message} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={`#${e.field}`} onClick={(ev) => {
                  ev.preventDefault();
                  document.getElementById(e.field)?.focus();
                }}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function Notice({ kind, children, testId }: { kind: "ok" | "info" | "warning" | "error"; children: ReactNode; testId?: string }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${kind} vsv-notice`} role={kind === "error" ? "alert" : "status"} data-testid={testId}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{typeof children === "string" ? <p className="utrecht-paragraph">{children}</p> : children}</div>
      </div>
    </div>
  );
}

/** What went wrong with a request, in Dutch (api/problem.ts). */
export function problemText(e: unknown): string {
  return errorText(e);
}

export function RequestError({ error }: { error: unknown }) {
  return <Notice kind="error">{problemText(error)}</Notice>;
}
