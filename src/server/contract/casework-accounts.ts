/** Sign-in and accounts (TypeBox): the signed-in user, the login body, an account and the bodies that create or change one. */
import { Type } from "typebox";
import { ROLES } from "../../domain/casework/roles.js";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../store/password.js";
import { Body, Nullable } from "./casework.js";
import { Params } from "./params.js";
import { Strict } from "./responses.js";

export const RoleSchema = Type.Enum([...ROLES], { type: "string", description: "Rol" });
const Regions = Type.Array(Type.String(), { description: "RMC-regio's (trajectbegeleiders, coördinatoren)" });
const Institutions = Type.Array(Type.String(), { description: "BRIN-codes (schoolgebruikers)" });

/** Who an account is: the signed-in user's answer, and the start of an account's. */
const UserFields = {
  id: Type.Integer(),
  username: Type.String(),
  display_name: Type.String(),
  role: RoleSchema,
  role_label: Type.String({ description: "De Nederlandse naam van de rol" }),
  regions: Regions,
  institutions: Institutions,
};

export const User = Strict(UserFields);

export const SignedIn = Strict(
  { user: User, csrf_token: Type.String({ description: "Stuur dit mee als header X-CSRF-Token bij elke POST, PATCH, PUT en DELETE" }) },
  { description: "De ingelogde gebruiker en het CSRF-token van de sessie" },
);

export const LoginBody = Body({
  username: Type.String({ minLength: 1, maxLength: 200, description: "Gebruikersnaam" }),
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: "Wachtwoord" }),
});

export const Account = Strict({
  ...UserFields,
  national: Type.Boolean({ description: "Bereik: heel Nederland (landelijk analisten)" }),
  disabled: Type.Boolean({ description: "Geblokkeerd" }),
  disabled_at: Nullable(Type.String({ format: "date-time" }), { description: "Sinds wanneer geblokkeerd" }),
  created_at: Type.String({ format: "date-time" }),
  has_password: Type.Boolean({ description: "false voor een account dat alleen via OIDC inlogt" }),
});

export const AccountList = Strict({ accounts: Type.Array(Account) });

const RegionsInput = Type.Array(Type.String({ maxLength: 10 }), { maxItems: 41, description: "RMC-regio's 01-41 (trajectbegeleiders en coördinatoren)" });
const InstitutionsInput = Type.Array(Type.String({ maxLength: 10 }), { maxItems: 200, description: "BRIN-codes (schoolgebruikers)" });
const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: `Wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens` });
const DisplayName = Type.String({ minLength: 1, maxLength: 200, description: "Naam zoals anderen die zien" });

export const NewAccount = Body({
  username: Type.String({ minLength: 1, maxLength: 100, description: "Gebruikersnaam" }),
  display_name: DisplayName,
  role: RoleSchema,
  regions: Type.Optional(RegionsInput),
  institutions: Type.Optional(InstitutionsInput),
  password: Password,
});

export const AccountChange = Type.Object(
  {
    display_name: Type.Optional(DisplayName),
    regions: Type.Optional(RegionsInput),
    institutions: Type.Optional(InstitutionsInput),
    disabled: Type.Optional(Type.Boolean({ description: "true blokkeert het account (en beëindigt zijn sessies), false deblokkeert" })),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AccountParams = Params({ id: Type.Integer({ minimum: 1, description: "Account-id" }) });

export const PasswordReset = Strict({
  account: Account,
  password: Type.String({ description: "Het nieuwe wachtwoord, eenmalig getoond: geef het veilig door; het wordt nergens in leesbare vorm bewaard" }),
});
