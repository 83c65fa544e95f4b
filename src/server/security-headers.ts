/**
 * The security headers every answer carries (API JSON, problems, downloads, the web app, its files, the API docs),
 * set by @fastify/helmet, registered once in buildApp; an answer from the response cache repeats the headers of the
 * answer it keeps (response-cache.ts). Why each value: docs/auth.md, "Security headers". Tested on every route of
 * the app (test/server/security-headers.test.ts) and on every page in Chromium (test/web/csp.test.ts).
 */
import type { FastifyHelmetOptions } from "@fastify/helmet";
import helmet from "helmet";

/**
 * One policy for everything the server sends. The web app (the Vite build) and the API documentation page
 * (src/server/api-docs/, no script at all) load only files from this origin and talk only to it; neither has an
 * inline script or an inline `<style>`. React sets `style=` props through the CSSOM (`element.style`), which CSP
 * does not govern, so `style-src-attr 'none'` holds too. The only non-file sources: `data:` images, which the
 * design system's CSS uses for check marks.
 */
export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'"],
  "style-src-attr": ["'none'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
} as const;

export const securityHeaders: FastifyHelmetOptions = {
  // useDefaults: false: exactly the directives above. Helmet's defaults would add `style-src 'unsafe-inline'` and
  // `upgrade-insecure-requests`; the latter adds nothing (every URL is relative) and breaks `vsv serve` on plain
  // http in a closed network.
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  // One year; browsers only honour it over HTTPS, where the reverse proxy terminates TLS. No `preload`: entering the
  // browsers' preload list is the hosting organisation's decision for its whole domain.
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true, preload: false },
  xFrameOptions: { action: "deny" },
  // Closed-part URLs carry person references (/werk/personen/…): no URL of this site goes anywhere in a Referer.
  referrerPolicy: { policy: "no-referrer" },
  // The rest are Helmet's defaults: X-Content-Type-Options nosniff, Cross-Origin-Opener-Policy and
  // Cross-Origin-Resource-Policy same-origin, Origin-Agent-Cluster, X-DNS-Prefetch-Control off,
  // X-Download-Options noopen, X-Permitted-Cross-Domain-Policies none, X-XSS-Protection 0, no X-Powered-By.
};

/**
 * The same headers as a plain (req, res, next) middleware, for the answers Fastify's router gives before any hook
 * runs (a malformed URL, an over-long path segment): helmet itself, with the options above.
 */
export const applySecurityHeaders = helmet(securityHeaders as Parameters<typeof helmet>[0]);
