/**
 * The docs page's own CSS: its layout and what the Utrecht components do not cover (method labels, nested field
 * lists). Served after the design system's CSS from the same route (stylesheet.ts); colours meet WCAG AA contrast
 * (4.5:1) on their backgrounds. A TypeScript string rather than a .css file, so the build (tsc) carries it to dist.
 */
export const DOCS_CSS = `
body { margin: 0; }
.vsv-docs-page { min-height: 100vh; display: flex; flex-direction: column; max-inline-size: none; margin: 0; padding: 0; }
:where(a, [tabindex]):focus-visible { outline: 3px solid #000; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
.vsv-docs-main:focus { outline: none; }

.vsv-docs-header { background: #fff; color: #000; border-block-end: 4px solid #24578f; }
.vsv-docs-header__content { max-width: 60rem; margin: 0 auto; padding: 1rem; box-sizing: border-box; display: flex; justify-content: flex-start; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1rem; }
.vsv-docs-brand, .vsv-docs-brand:visited { color: #24578f; font-size: 1.5rem; font-weight: 700; text-decoration: none; }
.vsv-docs-brand:hover { text-decoration: underline; }
.vsv-docs-header__tagline { color: #333; }

.vsv-docs-main .utrecht-paragraph { margin-block: 0.5rem; }
.vsv-docs-main { flex: 1; width: 100%; max-width: 60rem; margin: 0 auto; padding: 1rem; box-sizing: border-box; overflow-wrap: break-word; }
.vsv-docs-footer { background: #f2f2f2; color: #000; }
.vsv-docs-footer .utrecht-page-footer__content { max-width: 60rem; margin: 0 auto; padding: 1rem; color: #000; }
.vsv-docs-footer .utrecht-paragraph { color: #000; }

.vsv-docs-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin-block: 1rem; }
.vsv-docs-facts__row { display: contents; }
.vsv-docs-facts dt { font-weight: 700; }
.vsv-docs-facts dd { margin: 0; }
.vsv-docs-statuses { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.vsv-docs-statuses dt { font-weight: 700; }
.vsv-docs-statuses dd { margin: 0; }

.vsv-docs-toc { border: 1px solid #8c8c8c; padding: 0 1rem 1rem; margin-block: 1.5rem; }
.vsv-docs-toc__operations { font-size: 0.95rem; margin-block: 0.25rem 0.5rem; list-style: none; padding-inline-start: 1rem; }
.vsv-docs-toc__method { display: inline-block; min-width: 4.5em; font-family: monospace; font-weight: 700; }

.vsv-docs-section { margin-block-start: 2.5rem; }
[id] { scroll-margin-block-start: 1rem; }
.vsv-docs-tag > h2 { border-block-end: 2px solid #24578f; padding-block-end: 0.25rem; }
.vsv-docs-operation { border-block-start: 1px solid #8c8c8c; margin-block-start: 2rem; padding-block-start: 0.5rem; }
.vsv-docs-operation__title { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; overflow-wrap: anywhere; }
.vsv-docs-path { font-size: 1em; }
.vsv-docs-method { display: inline-block; min-width: 4.2em; text-align: center; padding: 0.1em 0.4em; border-radius: 3px; font-family: monospace; font-size: 0.9em; font-weight: 700; color: #fff; background: #333; }
.vsv-docs-method--get { background: #1f5c99; }
.vsv-docs-method--post { background: #1e6b2c; }
.vsv-docs-method--put { background: #5b2d86; }
.vsv-docs-method--patch { background: #7a4b00; }
.vsv-docs-method--delete { background: #a4161a; }
.vsv-docs-deprecated { font-weight: 700; color: #a4161a; }
.vsv-docs-back { margin-block-start: 1.5rem; }

.vsv-docs-response { margin-inline-start: 0.5rem; padding-inline-start: 0.75rem; border-inline-start: 3px solid #d0d0d0; margin-block: 0.75rem; }
.vsv-docs-schema { margin-block: 0.25rem; padding-inline-start: 1.25rem; }
.vsv-docs-fields > summary { cursor: pointer; margin-block: 0.25rem; }
.vsv-docs-schema .vsv-docs-schema { border-inline-start: 1px dotted #8c8c8c; }
.vsv-docs-field { margin-block: 0.35rem; }
.vsv-docs-field__line { display: block; }
.vsv-docs-field__description { display: block; color: #333; }
.vsv-docs-example { white-space: pre-wrap; overflow-wrap: anywhere; background: #f2f2f2; color: #000; padding: 0.75rem; border: 1px solid #8c8c8c; }
.vsv-docs-main code { overflow-wrap: anywhere; }
`;
