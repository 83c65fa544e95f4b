/**
 * The OpenID Connect relying party (docs/auth.md, "Login through OpenID Connect"), on the maintained library
 * `openid-client` (discovery, PKCE, the code exchange and the id_token's validation: signature against the
 * provider's JWKS, iss, aud/azp, exp/iat, nonce) and `jose` for the back-channel logout token. Nothing here parses
 * or checks a JWT by hand.
 *
 * The provider's metadata is fetched once, at start; when the provider cannot be reached then, the next login
 * tries again (at most once every RETRY_MS), so the server starts and serves password logins regardless.
 */
import { createPrivateKey, webcrypto } from "node:crypto";
import * as client from "openid-client";
import { createRemoteJWKSet, jwtVerify } from "jose";
import type { OidcSettings } from "../../config.js";

/** The shortest time between two discovery attempts after a failure. */
const RETRY_MS = 10_000;
/** How long the provider may take to answer (discovery, token endpoint). */
const TIMEOUT_S = 10;
/** The id_token and logout_token signature algorithms accepted (never `none`, never HMAC with the client secret). */
export const OIDC_ALGORITHMS = ["RS256", "PS256", "ES256"] as const;
/** Allowed clock difference with the provider, in seconds. */
const CLOCK_TOLERANCE_S = 60;
const BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout";

/** Why a login or logout token was refused (the audit entry's reason; the user sees one message). */
export class OidcRefusal extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export interface AuthorizationStart {
  readonly url: URL;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly sid: string | null;
  readonly idToken: string;
}

/** Local addresses may be plain http (a test provider, a provider on the same host); any other must be https. */
function isLocalHttp(url: URL): boolean {
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

async function clientAuthentication(settings: OidcSettings): Promise<client.ClientAuth> {
  if (settings.privateKeyPem) {
    const key = createPrivateKey(settings.privateKeyPem);
    const der = key.export({ type: "pkcs8", format: "der" });
    const algorithm =
      key.asymmetricKeyType === "rsa"
        ? { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }
        : key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1"
          ? { name: "ECDSA", namedCurve: "P-256" }
          : null;
    if (!algorithm) throw new Error("VSV_OIDC_PRIVATE_KEY must be an RSA or an EC P-256 private key (PEM)");
    const cryptoKey = await webcrypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"]);
    return client.PrivateKeyJwt(settings.privateKeyId ? { key: cryptoKey as CryptoKey, kid: settings.privateKeyId } : (cryptoKey as CryptoKey));
  }
  return client.ClientSecretBasic(settings.clientSecret!);
}

export class OidcRelyingParty {
  private configuration: Promise<client.Configuration> | null = null;
  private failedAt = 0;
  private jwks: ReturnType<typeof createRemoteJWKSet> | null = null;

  constructor(readonly settings: OidcSettings) {}

  /** The issuer as configured (the key of account links). */
  get issuer(): string {
    return this.settings.issuer;
  }

  /** Starts discovery now (at server start) without waiting; a failure is retried by the next login. */
  warm(onError: (e: unknown) => void): void {
    this.config().catch(onError);
  }

  /** The provider's configuration: discovered once, retried after a failure (not more often than every RETRY_MS). */
  async config(): Promise<client.Configuration> {
    if (!this.configuration) {
      if (this.failedAt && Date.now() - this.failedAt < RETRY_MS) throw new Error("the OpenID Connect provider could not be reached a moment ago");
      const issuer = new URL(this.settings.issuer);
      const insecure = isLocalHttp(issuer);
      this.configuration = clientAuthentication(this.settings)
        .then((auth) =>
          client.discovery(
            issuer,
            this.settings.clientId,
            { redirect_uris: [this.settings.redirectUri], response_types: ["code"], id_token_signed_response_alg: "RS256" },
            auth,
            { timeout: TIMEOUT_S, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
          ),
        )
        .then((config) => {
          this.failedAt = 0;
          return config;
        })
        .catch((e: unknown) => {
          this.configuration = null;
          this.failedAt = Date.now();
          throw e;
        });
    }
    return this.configuration;
  }

  /** A new authorization request: fresh state, nonce and PKCE verifier, and the provider's URL to send the browser to. */
  async start(): Promise<AuthorizationStart> {
    const config = await this.config();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const parameters: Record<string, string> = {
      redirect_uri: this.settings.redirectUri,
      scope: "openid",
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
    };
    if (this.settings.acr) parameters.acr_values = this.settings.acr;
    return { url: client.buildAuthorizationUrl(config, parameters), state, nonce, codeVerifier };
  }

  /**
   * The callback: exchanges the code (with the PKCE verifier and client authentication) and validates the answer and
   * its id_token (openid-client: signature, iss, aud, azp, exp, iat, nonce, state, the authorization response's iss);
   * then the acr, when a level is required. `query` is the callback's query string as received.
   */
  async finish(query: string, expected: { state: string; nonce: string; codeVerifier: string }): Promise<OidcIdentity> {
    const config = await this.config();
    const current = new URL(this.settings.redirectUri);
    current.search = query;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      const code = (e as { code?: string; error?: string }).error ?? (e as { code?: string }).code ?? "unknown";
      throw new OidcRefusal(`oidc_${String(code).toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 60)}`, (e as Error).message);
    }
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new OidcRefusal("oidc_no_id_token", "the token answer has no id_token");
    if (this.settings.acr && claims.acr !== this.settings.acr) throw new OidcRefusal("oidc_acr_too_low", `acr "${String(claims.acr)}" is not the required ${this.settings.acr}`);
    return { issuer: claims.iss, subject: claims.sub, sid: typeof claims.sid === "string" ? claims.sid : null, idToken: tokens.id_token };
  }

  /** The provider's end-session URL for RP-initiated logout, or null when it has none (or cannot be reached). */
  async endSessionUrl(idToken: string): Promise<string | null> {
    try {
      const config = await this.config();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client
        .buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: this.settings.postLogoutRedirectUri, client_id: this.settings.clientId })
        .toString();
    } catch {
      return null;
    }
  }

  /**
   * A back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6): signed by the provider
   * (its JWKS), iss the issuer, aud the client id, recent iat, the back-channel logout event, sid or sub, no nonce.
   */
  async verifyLogoutToken(token: string): Promise<{ sid?: string | undefined; subject?: string | undefined }> {
    const config = await this.config();
    const metadata = config.serverMetadata();
    if (!metadata.jwks_uri) throw new OidcRefusal("oidc_no_jwks", "the provider publishes no JWKS");
    this.jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: TIMEOUT_S * 1000 });
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: metadata.issuer,
        audience: this.settings.clientId,
        algorithms: [...OIDC_ALGORITHMS],
        clockTolerance: CLOCK_TOLERANCE_S,
        maxTokenAge: "10 minutes",
        requiredClaims: ["iat", "jti", "events"],
      }));
    } catch (e) {
      throw new OidcRefusal("oidc_logout_token_invalid", (e as Error).message);
    }
    const events = payload.events as Record<string, unknown> | undefined;
    if (!events || typeof events !== "object" || !(BACKCHANNEL_EVENT in events)) throw new OidcRefusal("oidc_logout_token_invalid", "no back-channel logout event");
    if ("nonce" in payload) throw new OidcRefusal("oidc_logout_token_invalid", "a logout token must not have a nonce");
    const sid = typeof payload.sid === "string" ? payload.sid : undefined;
    const subject = typeof payload.sub === "string" ? payload.sub : undefined;
    if (!sid && !subject) throw new OidcRefusal("oidc_logout_token_invalid", "neither sid nor sub");
    return { sid, subject };
  }
}
