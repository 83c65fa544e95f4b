/** The coordinator's form for one party of the programme: contact school, contact municipality or central municipality (PATCH …/programmes/{region} {party}). */
import { useState, type FormEvent } from "react";
import { PARTY_ROLES } from "../../../domain/steering/programmes.js";
import { send } from "../../api/client.js";
import type { Body } from "../../api/types.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { attempt, OutcomeMessage, type EditProps, type Outcome } from "./programme-save.js";
import { pt } from "./programme-text.js";
import type { ProgrammeDetail } from "./programme-types.js";

export function PartyForm({ parties, region, query, version, reload }: EditProps & { parties: ProgrammeDetail["parties"] }) {
  const first = PARTY_ROLES[0];
  const current = (role: string) => parties.find((p) => p.role === role);
  const [role, setRole] = useState<string>(first);
  const [code, setCode] = useState(current(first)?.code ?? "");
  const [name, setName] = useState(current(first)?.name ?? "");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  function chooseRole(next: string) {
    setRole(next);
    setCode(current(next)?.code ?? "");
    setName(current(next)?.name ?? "");
    setOutcome(null);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!code.trim() || !name.trim()) {
      setOutcome({ kind: "invalid", message: pt.partyRequired });
      return;
    }
    const old = current(role);
    if (old && old.code === code.trim() && old.name === name.trim()) {
      setOutcome({ kind: "invalid", message: pt.nothingChanged });
      return;
    }
    setBusy(true);
    setOutcome(await attempt(() => send("patch", "/steering/programmes/{region}", { path: { region }, query, body: { version, party: { role, code: code.trim(), name: name.trim() } } as Body<"/steering/programmes/{region}", "patch"> }), pt.partySaved));
    setBusy(false);
    reload();
  }

  return (
    <form onSubmit={submit} data-testid="party-form" aria-labelledby="partij-wijzigen">
      <h3 className="utrecht-heading-3" id="partij-wijzigen">{pt.editParty}</h3>
      <OutcomeMessage outcome={outcome} />
      <SelectField id="partij-rol" label={pt.partyRole} value={role} onChange={chooseRole} options={pt.partyRoles} />
      <TextField id="partij-code" label={pt.partyCode} value={code} onChange={setCode} width="medium" required />
      <TextField id="partij-naam" label={pt.partyName} value={name} onChange={setName} required />
      <Button busy={busy}>{pt.saveParty}</Button>
    </form>
  );
}
