/**
 * A confirmation before an irreversible action (handing a case over, closing it, blocking an account, resetting a
 * password, adopting a target plan): a native modal <dialog> that names what will happen, in Dutch.
 *
 * Focus: "Annuleren" has the focus when the dialog opens, so Enter or Space without reading does nothing harmful;
 * the browser keeps Tab inside the modal dialog and Escape cancels; on closing, the focus returns to the control that
 * opened it. The dialog is labelled by its heading and described by its text. docs/decisions.md (54).
 *
 * Use: `const { confirm, dialog } = useConfirm();` render `{dialog}`, and `if (!(await confirm({...}))) return;`.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactElement } from "react";

export const CANCEL_LABEL = "Annuleren";

export interface ConfirmOptions {
  /** The question as a heading, e.g. "Dossier overdragen aan regio 13 Utrecht?". */
  readonly title: string;
  /** What will happen, and that it cannot be undone. */
  readonly body: string;
  /** The button that goes ahead, naming the action ("Ja, overdragen"). */
  readonly confirmLabel: string;
}

export function ConfirmDialog({ title, body, confirmLabel, onClose, testId }: ConfirmOptions & { onClose(confirmed: boolean): void; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) {
      if (typeof d.showModal === "function") d.showModal();
      else d.setAttribute("open", "");
    }
    cancelRef.current?.focus();
    return () => {
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="vsv-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid={testId ?? "confirm-dialog"}
      onCancel={(e) => {
        // Escape: close through React, so the caller hears "no".
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 className="utrecht-heading-2" id={`${id}-title`}>{title}</h2>
      <p className="utrecht-paragraph" id={`${id}-body`}>{body}</p>
      <p className="utrecht-button-group">
        <button ref={cancelRef} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => onClose(false)} autoFocus>
          {CANCEL_LABEL}
        </button>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => onClose(true)}>
          {confirmLabel}
        </button>
      </p>
    </dialog>
  );
}

/** A confirm() that opens the dialog and resolves with the answer; render `dialog` somewhere in the page. */
export function useConfirm(): { confirm(options: ConfirmOptions): Promise<boolean>; dialog: ReactElement | null } {
  const [asked, setAsked] = useState<(ConfirmOptions & { resolve(ok: boolean): void }) | null>(null);
  const confirm = useCallback((options: ConfirmOptions) => new Promise<boolean>((resolve) => setAsked({ ...options, resolve })), []);
  const dialog = asked ? (
    <ConfirmDialog
      title={asked.title}
      body={asked.body}
      confirmLabel={asked.confirmLabel}
      onClose={(ok) => {
        setAsked(null);
        asked.resolve(ok);
      }}
    />
  ) : null;
  return { confirm, dialog };
}
