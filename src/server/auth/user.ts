/** The signed-in user as login and GET /api/v1/auth/me answer it. */
import { type Actor, ROLE_LABELS } from "../../domain/casework/roles.js";

export function userBody(actor: Actor) {
  return {
    id: actor.accountId,
    username: actor.username,
    display_name: actor.displayName,
    role: actor.role,
    role_label: ROLE_LABELS[actor.role],
    regions: actor.regions,
    institutions: actor.institutions,
  };
}

export const userSchema = {
  type: "object",
  properties: {
    id: { type: "integer" },
    username: { type: "string" },
    display_name: { type: "string" },
    role: { type: "string", enum: ["national_analyst", "regional_officer", "regional_coordinator", "school_user", "administrator"] },
    role_label: { type: "string", description: "The role's Dutch name" },
    regions: { type: "array", items: { type: "string" }, description: "RMC regions (officers, coordinators)" },
    institutions: { type: "array", items: { type: "string" }, description: "BRIN codes (school users)" },
  },
  required: ["id", "username", "display_name", "role", "role_label", "regions", "institutions"],
} as const;

export const signedInSchema = {
  description: "The signed-in user and the CSRF token to send as header X-CSRF-Token on every POST, PATCH, PUT and DELETE",
  type: "object",
  properties: { user: userSchema, csrf_token: { type: "string" } },
  required: ["user", "csrf_token"],
} as const;
