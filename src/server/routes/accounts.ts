/**
 * Accounts (docs/auth.md, "Managing accounts"): the administrator lists, creates and changes every account; a
 * regional coordinator lists the accounts of their own regions and creates and disables regional officers of
 * those regions, nothing else. Every change is an audit entry (account_management), and so is every refusal
 * (`denied`, through `refuse`; a 401 is logged by the closed part's hook); passwords never appear in answers or
 * the log.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { type Actor, ROLE_LABELS, canCoordinate, canManageAccounts } from "../../domain/casework/roles.js";
import { VsvError } from "../../domain/errors.js";
import {
  type Account,
  type AccountChange,
  type Scopes,
  ScopeError,
  checkScopes,
  createAccount,
  generatePassword,
  getAccount,
  isAccountInputError,
  listAccounts,
  updateAccount,
} from "../../store/accounts.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { requestTime } from "../auth/plugin.js";
import { Account as AccountSchema, AccountChange as AccountChangeBody, AccountList, AccountParams, NewAccount, PasswordReset } from "../contract/casework-accounts.js";
import { FORBIDDEN, NOT_FOUND, NOT_SIGNED_IN, json, problem } from "../contract/responses.js";
import { Problem, notFound } from "../problem.js";

export function accountBody(account: Account) {
  return {
    id: account.id,
    username: account.username,
    display_name: account.displayName,
    role: account.role,
    role_label: ROLE_LABELS[account.role],
    regions: [...account.regions],
    institutions: [...account.institutions],
    national: account.role === "national_analyst",
    disabled: account.disabledAt !== null,
    disabled_at: account.disabledAt?.toISOString() ?? null,
    created_at: account.createdAt.toISOString(),
    has_password: account.hasPassword,
  };
}

/** A bad field as a 400 problem naming it; a taken user name as 409. */
function inputProblem(e: unknown): unknown {
  if (e instanceof VsvError && e.code === "USERNAME_TAKEN") return new Problem(409, "Gebruikersnaam bestaat al", e.message);
  if (!isAccountInputError(e)) return e;
  const name: Record<string, string> = {
    BAD_USERNAME: "username",
    BAD_DISPLAY_NAME: "display_name",
    BAD_ROLE: "role",
    BAD_REGION: "regions",
    BAD_BRIN: "institutions",
    BAD_PASSWORD: "password",
  };
  const field = e instanceof ScopeError ? e.field : (name[e.code] ?? "body");
  return new Problem(400, "Ongeldige parameter", `Parameter "${field}": ${e.message}`, [{ name: field, reason: e.message }]);
}

/** May a coordinator manage this account: a regional officer whose every region is one of the coordinator's? */
function coordinates(actor: Actor, account: Pick<Account, "role" | "regions">): boolean {
  return account.role === "regional_officer" && account.regions.length > 0 && account.regions.every((r) => canCoordinate(actor, r));
}

/** Why an account operation was refused, as the `denied` entry records it. */
type RefusalReason =
  | "not_an_account_manager"
  | "role_not_allowed"
  | "region_not_theirs"
  | "not_their_officer"
  | "field_not_allowed"
  | "no_such_account"
  | "own_account"
  | "username_taken";

export function accountRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  /** Logs a refused account operation as `denied` (in the actor's first region, for their coordinator) and returns the problem to throw. */
  const refuse = (request: FastifyRequest, reason: RefusalReason, problem: Problem, details: Record<string, unknown> = {}) =>
    ctx.deny(request, { activity: "account_management", subjectKind: "account", region: request.actor?.regions[0] ?? null, details: { reason, ...details } }, problem);

  /** Administrators and coordinators only; every other role gets 403 (without a session: 401). */
  async function accountManager(request: FastifyRequest): Promise<Actor> {
    const actor = requireActor(request);
    if (canManageAccounts(actor) || actor.role === "regional_coordinator") return actor;
    throw await refuse(request, "not_an_account_manager", forbidden("Accounts worden beheerd door beheerders, en trajectbegeleiders door de coördinator van hun regio: vraag een van hen"));
  }

  /** A taken user name (409) is a refusal and logged; other bad input is a 400 and is not. */
  async function createProblem(request: FastifyRequest, e: unknown, details: Record<string, unknown>): Promise<unknown> {
    const problem = inputProblem(e);
    if (problem instanceof Problem && problem.status === 409) return refuse(request, "username_taken", problem, details);
    return problem;
  }

  app.get(
    "",
    {
      schema: {
        summary: "Accounts met rol en bereik: alle voor een beheerder, die van de eigen regio's voor een coördinator",
        tags: ["auth"],
        response: { 200: json(AccountList, "De accounts"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request) => {
      const actor = await accountManager(request);
      const accounts = canManageAccounts(actor) ? await listAccounts(ctx.sql) : await listAccounts(ctx.sql, { regions: actor.regions });
      return { accounts: accounts.map(accountBody) };
    },
  );

  app.post(
    "",
    {
      schema: {
        summary: "Een account aanmaken (een coördinator: alleen trajectbegeleiders van de eigen regio's)",
        description:
          "Het bereik moet bij de rol passen: regional_officer en regional_coordinator minstens één regio; school_user minstens één school (BRIN); national_analyst en administrator geen (de analist ziet altijd heel Nederland).",
        tags: ["auth"],
        body: NewAccount,
        response: { 201: json(AccountSchema, "Het nieuwe account"), ...NOT_SIGNED_IN, ...FORBIDDEN, 409: problem("De gebruikersnaam bestaat al") },
      },
    },
    async (request, reply) => {
      const actor = await accountManager(request);
      const body = request.body;
      if (!canManageAccounts(actor)) {
        if (body.role !== "regional_officer") {
          throw await refuse(request, "role_not_allowed", forbidden("Een coördinator maakt alleen accounts met de rol regional_officer aan: vraag een beheerder om andere rollen"), { role: body.role });
        }
        let scopes: Scopes;
        try {
          scopes = checkScopes("regional_officer", body.regions ?? [], body.institutions ?? []);
        } catch (e) {
          throw inputProblem(e);
        }
        if (!scopes.regions.every((r) => canCoordinate(actor, r))) {
          throw await refuse(
            request,
            "region_not_theirs",
            forbidden(`Een coördinator maakt alleen trajectbegeleiders aan voor de eigen regio's (${actor.regions.join(", ")}): kies regio's daaruit`),
            { role: body.role, regions: body.regions ?? [] },
          );
        }
      }
      const account = await ctx.sql
        .transaction(async (tx) => {
          const id = await createAccount(tx, {
            username: body.username,
            displayName: body.display_name,
            role: body.role,
            regions: body.regions ?? [],
            institutions: body.institutions ?? [],
            password: body.password,
          });
          const created = (await getAccount(tx, id))!;
          await ctx.audit(
            request,
            {
              action: "create",
              activity: "account_management",
              subjectKind: "account",
              region: created.regions[0] ?? null,
              details: { account_id: id, role: created.role, regions: created.regions, institutions: created.institutions },
            },
            tx,
          );
          return created;
        })
        .catch(async (e: unknown) => {
          throw await createProblem(request, e, { role: body.role });
        });
      reply.status(201).header("location", `/api/v1/accounts/${account.id}`);
      return accountBody(account);
    },
  );

  app.post(
    "/:id/password-reset",
    {
      schema: {
        summary: "Het wachtwoord van een account opnieuw instellen (een coördinator: alleen de trajectbegeleiders van de eigen regio's)",
        description:
          "De server kiest een nieuw willekeurig wachtwoord en geeft het eenmalig terug; alle sessies van het account eindigen. " +
          "Een account buiten de regio's van de coördinator: 404; een account in die regio's dat geen trajectbegeleider van alleen die regio's is: 403.",
        tags: ["auth"],
        params: AccountParams,
        response: { 200: json(PasswordReset, "Het account en zijn nieuwe wachtwoord (eenmalig)"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND, 409: problem("U kunt uw eigen wachtwoord hier niet opnieuw instellen") },
      },
    },
    async (request, reply) => {
      const actor = await accountManager(request);
      const id = request.params.id;
      const current = await getAccount(ctx.sql, id);
      if (!canManageAccounts(actor)) {
        // As for blocking: another region's account is not theirs to know of (404); a visible non-officer is 403.
        const visible = current !== null && current.regions.some((r) => canCoordinate(actor, r));
        if (visible && !coordinates(actor, current)) {
          throw await refuse(request, "not_their_officer", forbidden("Een coördinator mag alleen het wachtwoord van de trajectbegeleiders van de eigen regio's opnieuw instellen: vraag een beheerder"), { account_id: id, reset: "password" });
        }
        if (!current || !coordinates(actor, current)) {
          throw await refuse(request, "no_such_account", notFound(`Er is geen account ${id} onder de trajectbegeleiders van uw regio's: kies een account uit de lijst`), { account_id: id, reset: "password" });
        }
      }
      if (!current) throw await refuse(request, "no_such_account", notFound(`Er is geen account ${id}: kies een account uit de lijst`), { account_id: id, reset: "password" });
      if (current.id === actor.accountId) {
        throw await refuse(request, "own_account", new Problem(409, "Eigen account", "Uw eigen wachtwoord stelt u hier niet opnieuw in: vraag een beheerder of een andere coördinator"), { account_id: id, reset: "password" });
      }
      const password = generatePassword();
      const updated = await ctx.sql.transaction(async (tx) => {
        // Sets the hash and ends every session of the account (updateAccount), in one transaction with the entry.
        const account = await updateAccount(tx, id, { password }, requestTime(request));
        await ctx.audit(
          request,
          { action: "update", activity: "account_management", subjectKind: "account", region: account.regions[0] ?? null, details: { account_id: id, fields: ["password"], reset: true, sessions_ended: true } },
          tx,
        );
        return account;
      });
      // Shown once: no cache may keep it.
      reply.header("cache-control", "no-store");
      return { account: accountBody(updated), password };
    },
  );

  app.patch(
    "/:id",
    {
      schema: {
        summary: "Een account wijzigen: naam, bereik, geblokkeerd, wachtwoord (een coördinator: alleen de eigen trajectbegeleiders blokkeren of deblokkeren)",
        description: "Blokkeren of een nieuw wachtwoord beëindigt de sessies van het account.",
        tags: ["auth"],
        params: AccountParams,
        body: AccountChangeBody,
        response: { 200: json(AccountSchema, "Het gewijzigde account"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND, 409: problem("U kunt uw eigen account niet blokkeren") },
      },
    },
    async (request) => {
      const actor = await accountManager(request);
      const id = request.params.id;
      const body = request.body;
      const current = await getAccount(ctx.sql, id);
      if (!canManageAccounts(actor)) {
        // Accounts outside the coordinator's regions are not theirs to know of: 404, as for persons out of scope.
        // Those they can list but not manage (a fellow coordinator, an officer also of another region): 403.
        const visible = current !== null && current.regions.some((r) => canCoordinate(actor, r));
        if (visible && !coordinates(actor, current)) {
          throw await refuse(
            request,
            "not_their_officer",
            forbidden("Een coördinator mag alleen de trajectbegeleiders van de eigen regio's blokkeren of deblokkeren: vraag een beheerder"),
            { account_id: id },
          );
        }
        if (!current || !coordinates(actor, current)) {
          throw await refuse(request, "no_such_account", notFound(`Er is geen account ${id} onder de trajectbegeleiders van uw regio's: kies een account uit de lijst`), { account_id: id });
        }
        const fields = Object.keys(body).filter((k) => k !== "disabled");
        if (fields.length > 0) {
          throw await refuse(
            request,
            "field_not_allowed",
            forbidden(`Een coördinator mag een trajectbegeleider alleen blokkeren of deblokkeren (veld disabled), niet ${fields.join(", ")} wijzigen: vraag een beheerder`),
            { account_id: id, fields: fields.sort() },
          );
        }
      }
      if (!current) throw await refuse(request, "no_such_account", notFound(`Er is geen account ${id}: kies een account uit de lijst`), { account_id: id });
      if (body.disabled === true && current.id === actor.accountId) {
        throw await refuse(request, "own_account", new Problem(409, "Eigen account", "U kunt uw eigen account niet blokkeren: vraag een andere beheerder"), { account_id: id });
      }
      const change: AccountChange = {
        ...(body.display_name !== undefined ? { displayName: body.display_name } : {}),
        ...(body.regions !== undefined ? { regions: body.regions } : {}),
        ...(body.institutions !== undefined ? { institutions: body.institutions } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        ...(body.password !== undefined ? { password: body.password } : {}),
      };
      const updated = await ctx.sql
        .transaction(async (tx) => {
          const account = await updateAccount(tx, id, change, requestTime(request));
          await ctx.audit(
            request,
            {
              action: "update",
              activity: "account_management",
              subjectKind: "account",
              region: account.regions[0] ?? null,
              // Which fields changed, and the new scopes and state; never the password.
              details: { account_id: id, fields: Object.keys(body).sort(), regions: account.regions, institutions: account.institutions, disabled: account.disabledAt !== null },
            },
            tx,
          );
          return account;
        })
        .catch((e: unknown) => {
          throw inputProblem(e);
        });
      return accountBody(updated);
    },
  );
}
