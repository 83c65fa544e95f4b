/** The signed-in user as login and GET /api/v1/auth/me answer it. */
import { type Actor, ROLE_LABELS } from "../../domain/casework/roles.js";

export function userBody(actor: Actor) {
  return {
    id: actor.accountId,
    username: actor.username,
    display_name: actor.displayName,
    role: actor.role,
    role_label: ROLE_LABELS[actor.role],
    regions: [...actor.regions],
    institutions: [...actor.institutions],
  };
}
