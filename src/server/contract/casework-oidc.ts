/**
 * Sign-in through an OpenID Connect provider (TypeBox; docs/auth.md, "Login through OpenID Connect"): the start's
 * and the callback's query strings, the redirects they answer, the sign-in options the login page reads, and the
 * logout answer that names the provider's end-session URL.
 */
import { Type } from "typebox";
import { Query } from "./params.js";
import { Strict } from "./responses.js";

export const OidcStartQuery = Query({
  returnTo: Type.Optional(Type.String({ maxLength: 500, description: "Pagina van het besloten deel om na het inloggen naar terug te gaan (begint met /werk; standaard /werk)" })),
});

const ProviderText = Type.String({ maxLength: 4096 });

/**
 * What the provider sends back. Not closed (no additionalProperties: false): providers add their own parameters
 * (error_description, session_state), which openid-client reads from the URL; the named ones are checked here.
 */
export const OidcCallbackQuery = Type.Object({
  code: Type.Optional({ ...ProviderText, description: "De autorisatiecode van de provider" }),
  state: Type.Optional({ ...ProviderText, description: "De state van /auth/oidc/start" }),
  iss: Type.Optional({ ...ProviderText, description: "De issuer van de provider (RFC 9207)" }),
  error: Type.Optional({ ...ProviderText, description: "De foutcode van de provider (bijvoorbeeld access_denied), met error_description" }),
});

/** A redirect (303 See Other) to the URL in `Location`. */
export function redirect(description: string) {
  return Type.Null({ description, headers: { Location: Type.String({ description: "Waarheen de browser gaat" }) } } as never);
}

export const SignInOptions = Strict(
  {
    oidc: Type.Boolean({ description: "Inloggen via de identiteitsprovider van de organisatie staat aan" }),
    oidc_label: Type.Optional(Type.String({ description: "De naam van de provider voor de knop 'Inloggen via …' (alleen als oidc aan staat)" })),
  },
  { description: "Hoe men kan inloggen" },
);

export const LoggedOutOidc = Strict(
  { end_session_url: Type.String({ description: "Het adres waar de browser heen moet om ook bij de identiteitsprovider uit te loggen (met id_token_hint)" }) },
  { description: "Uitgelogd; de sessie kwam van de identiteitsprovider" },
);

/** The form type of a back-channel logout request. */
export const FORM_TYPE = "application/x-www-form-urlencoded";

export const LogoutToken = Type.Object(
  { logout_token: Type.String({ maxLength: 16_384, description: "De logout token van de provider (een ondertekende JWT)" }) },
  { additionalProperties: false, required: ["logout_token"] },
);
