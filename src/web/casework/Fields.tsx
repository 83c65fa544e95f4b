/**
 * Form fields of the closed part on the NL Design System (Utrecht): every control has its label, an optional
 * hint and error message tied to it with aria-describedby, and aria-invalid when it is wrong.
 */
import type { ChangeEvent, ReactNode } from "react";
import { ct } from "./text.js";

interface FieldBase {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly required?: boolean;
}

function describedBy(f: FieldBase): string | undefined {
  const ids = [f.hint ? `${f.id}-hint` : "", f.error ? `${f.id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Frame({ f, children, kind }: { f: FieldBase; children: ReactNode; kind?: "checkbox" }) {
  return (
    <div className={`utrecht-form-field${kind ? ` utrecht-form-field--${kind}` : ""}${f.error ? " utrecht-form-field--invalid" : ""} vsv-field`}>
      {kind === "checkbox" ? children : (
        <>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={f.id}>{f.label}</label>
          </div>
          {f.hint ? <div className="utrecht-form-field-description" id={`${f.id}-hint`}>{f.hint}</div> : null}
          {f.error ? <div className="utrecht-form-field-error-message vsv-field-error" id={`${f.id}-error`}><strong>{ct.fieldError}</strong> {f.error}</div> : null}
          <div className="utrecht-form-field__input">{children}</div>
        </>
      )}
    </div>
  );
}

export function TextField(f: FieldBase & {
  readonly value: string;
  onChange(value: string): void;
  readonly type?: "text" | "password" | "date" | "search" | "number";
  readonly autoComplete?: string;
  readonly inputMode?: "decimal" | "numeric" | "text";
  readonly width?: "short" | "medium";
  /** The id of a <datalist> with suggestions. */
  readonly list?: string;
}) {
  return (
    <Frame f={f}>
      <input
        id={f.id}
        name={f.id}
        type={f.type ?? "text"}
        className={`utrecht-textbox utrecht-textbox--html-input${f.error ? " utrecht-textbox--invalid" : ""}${f.width ? ` vsv-input--${f.width}` : ""}`}
        value={f.value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => f.onChange(e.target.value)}
        aria-describedby={describedBy(f)}
        aria-invalid={f.error ? true : undefined}
        aria-required={f.required || undefined}
        autoComplete={f.autoComplete}
        inputMode={f.inputMode}
        list={f.list}
      />
    </Frame>
  );
}

export function TextArea(f: FieldBase & { readonly value: string; onChange(value: string): void; readonly rows?: number }) {
  return (
    <Frame f={f}>
      <textarea
        id={f.id}
        name={f.id}
        rows={f.rows ?? 3}
        className={`utrecht-textarea utrecht-textarea--html-textarea${f.error ? " utrecht-textarea--invalid" : ""}`}
        value={f.value}
        onChange={(e) => f.onChange(e.target.value)}
        aria-describedby={describedBy(f)}
        aria-invalid={f.error ? true : undefined}
        aria-required={f.required || undefined}
      />
    </Frame>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export function SelectField(f: FieldBase & { readonly value: string; onChange(value: string): void; readonly options: readonly Option[]; readonly placeholder?: string }) {
  return (
    <Frame f={f}>
      <select
        id={f.id}
        name={f.id}
        className={`utrecht-select utrecht-select--html-select${f.error ? " utrecht-select--invalid" : ""}`}
        value={f.value}
        onChange={(e) => f.onChange(e.target.value)}
        aria-describedby={describedBy(f)}
        aria-invalid={f.error ? true : undefined}
        aria-required={f.required || undefined}
      >
        {f.placeholder !== undefined ? <option value="">{f.placeholder}</option> : null}
        {f.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </Frame>
  );
}

export function Checkbox(f: FieldBase & { readonly checked: boolean; onChange(checked: boolean): void }) {
  return (
    <Frame f={f} kind="checkbox">
      <div className="vsv-check">
        <input id={f.id} name={f.id} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={f.checked}
          onChange={(e) => f.onChange(e.target.checked)} aria-describedby={describedBy(f)} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={f.id}>{f.label}</label>
      </div>
      {f.hint ? <div className="utrecht-form-field-description" id={`${f.id}-hint`}>{f.hint}</div> : null}
    </Frame>
  );
}

/** A radio group: a fieldset whose legend names the question. */
export function RadioGroup(f: FieldBase & { readonly value: string; onChange(value: string): void; readonly options: readonly Option[] }) {
  return (
    <fieldset className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vsv-radios${f.error ? " utrecht-form-fieldset--invalid" : ""}`}
      id={f.id} aria-describedby={describedBy(f)}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{f.label}</legend>
      {f.hint ? <div className="utrecht-form-field-description" id={`${f.id}-hint`}>{f.hint}</div> : null}
      {f.error ? <div className="utrecht-form-field-error-message vsv-field-error" id={`${f.id}-error`}><strong>{ct.fieldError}</strong> {f.error}</div> : null}
      {f.options.map((o) => (
        <span key={o.value} className="vsv-radio">
          <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`${f.id}-${o.value}`} name={f.id} value={o.value}
            checked={f.value === o.value} onChange={() => f.onChange(o.value)} />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${f.id}-${o.value}`}>{o.label}</label>
        </span>
      ))}
    </fieldset>
  );
}

export function Button({ children, kind = "primary", busy, type = "submit", onClick }: {
  children: ReactNode;
  kind?: "primary" | "secondary";
  busy?: boolean;
  type?: "submit" | "button";
  onClick?: () => void;
}) {
  return (
    <button type={type} className={`utrecht-button utrecht-button--${kind}-action`} aria-disabled={busy || undefined} onClick={(e) => {
      if (busy) e.preventDefault();
      else onClick?.();
    }}>
      {children}
    </button>
  );
}
