/**
 * /sturing/programma/:region — one region's programme: parties, the agreement per mandatory topic, measures with
 * budget, the yearly budget and how it is derived, the target, the indicators and the history of changes. The
 * region's coordinator, when signed in, changes here everything the API allows: status, summary and pupils in
 * Belgium, a party, the agreements, measures and budget lines (each saved with the version read; a 409 reloads the
 * current programme and keeps what was typed). The forms live in programme-*.tsx. A region without a programme
 * says so, and its coordinator starts one here (programme-start.tsx). `?periode=` picks one of the region's periods
 * (links at the top when there are several); the coordinator starts the next period at the bottom of the page.
 */
import { useContext, useEffect, useState, type FormEvent, type ReactNode } from "react";
import { ApiError, send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import { Button, TextArea } from "../../casework/Fields.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { useRegionNames } from "../../casework/places.js";
import { useSession } from "../../casework/session.js";
import { comparedWith } from "../../change.js";
import { Loading } from "../../components/Status.js";
import { MetaContext } from "../../meta.js";
import { sampleScale, scalePct } from "../../sample.js";
import { t } from "../../text.js";
import { Link, navigate, useLocation } from "../../router.js";
import { useTitle } from "../../title.js";
import { BudgetLines } from "./programme-budget-lines.js";
import { ProgrammeFieldsForm } from "./programme-fields-form.js";
import { Measures } from "./programme-measures.js";
import { PartyForm } from "./programme-party-form.js";
import { NoProgramme, StartForm } from "./programme-start.js";
import { attempt, OutcomeMessage, type EditProps, type Outcome } from "./programme-save.js";
import { dateTimeNl, euro, pt } from "./programme-text.js";
import type { ProgrammeDetail } from "./programme-types.js";

function TopicEditor({ topic, region, query, version, reload }: EditProps & { topic: ProgrammeDetail["topics"][number] }) {
  const [text, setText] = useState(topic.agreement);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === topic.agreement) {
      setOutcome({ kind: "invalid", message: pt.nothingChanged });
      return;
    }
    setBusy(true);
    setOutcome(await attempt(() => send("patch", "/steering/programmes/{region}", { path: { region }, query, body: { version, topic: topic.code, agreement: text } }), pt.saved));
    setBusy(false);
    reload();
  }
  return (
    <form onSubmit={submit} data-testid={`topic-form-${topic.code}`}>
      <OutcomeMessage outcome={outcome} conflict={pt.conflict} />
      <TextArea id={`afspraak-${topic.code}`} label={pt.agreementLabel(topic.title)} value={text} onChange={setText} rows={3} />
      <Button busy={busy}>{pt.save}</Button>
    </form>
  );
}

/**
 * Budget (with `lines`, the other money), target and indicators. A share of the reference target (for the whole
 * Netherlands) is shown on the data's scale when the data are a sample, and says so.
 */
function Figures({ d, lines }: { d: ProgrammeDetail; lines: ReactNode }) {
  const meta = useContext(MetaContext);
  const scale = meta && d.target?.kind === "proportional_share" ? sampleScale(meta) : null;
  const basis = d.indicators ? comparedWith(d.indicators) : null;
  const num = (n: number | null) => (n === null ? pt.hidden : n.toLocaleString("nl-NL"));
  const pct = (n: number | null) => (n === null ? pt.hidden : `${n.toLocaleString("nl-NL", { maximumFractionDigits: 2 })}%`);
  if (d.figures_unavailable && !d.budget) return <><p className="utrecht-paragraph">{pt.noFigures}</p>{lines}</>;
  return (
    <>
      <h2 className="utrecht-heading-2">{pt.budget}</h2>
      {d.budget ? (
        <dl className="vsv-facts" data-testid="programme-budget">
          <dt>{pt.budgetNational}</dt><dd>{euro(d.budget.national_total_eur)}</dd>
          <dt>{pt.budgetShare(d.budget.region_vsv, d.budget.national_vsv, d.budget.teljaar)}</dt><dd>{euro(d.budget.share_eur)}</dd>
          <dt>{pt.budgetBelgium(d.budget.pupils_in_belgium)}</dt><dd>{euro(d.budget.belgium_supplement_eur)}</dd>
          <dt>{pt.budgetTotal}</dt><dd><strong>{euro(d.budget.total_eur)}</strong></dd>
          <dt>{pt.budgetKey}</dt><dd>{d.budget.key}</dd>
        </dl>
      ) : null}
      {lines}
      <h2 className="utrecht-heading-2">{pt.target}</h2>
      {d.target ? (
        <>
          <p className="utrecht-paragraph" data-testid="programme-target">
            {pt.targetText(d.target.region_target, d.target.target_year, d.target.national_target)}
            {scale !== null && "reference_national_target" in d.target && d.target.reference_national_target !== d.target.national_target
              ? ` (${t.scaledTarget}: ${scalePct(scale)} van ${d.target.reference_national_target.toLocaleString("nl-NL")})`
              : null}
          </p>
          <p className="utrecht-paragraph">{d.target.note}</p>
        </>
      ) : <p className="utrecht-paragraph">{pt.noFigures}</p>}
      <h2 className="utrecht-heading-2">{pt.indicators}</h2>
      {d.indicators ? (
        <dl className="vsv-facts" data-testid="programme-indicators">
          <dt>{pt.indicatorRows.population} ({d.indicators.teljaar})</dt><dd>{num(d.indicators.start_population)}</dd>
          <dt>{pt.indicatorRows.vsv}</dt><dd>{num(d.indicators.vsv)}</dd>
          <dt>{pt.indicatorRows.pct}</dt><dd>{pct(d.indicators.vsv_pct)}</dd>
          <dt>{pt.indicatorRows.national}</dt><dd>{pct(d.indicators.national_vsv_pct)}</dd>
          <dt>{basis ? `${t.change.column} ${basis}` : pt.indicatorRows.change}</dt><dd>{num(d.indicators.change)}</dd>
        </dl>
      ) : <p className="utrecht-paragraph">{pt.noFigures}</p>}
      <p className="utrecht-paragraph"><Link href={`/regio/${d.programme.region}`}>{pt.regionPage}</Link></p>
    </>
  );
}

/** Links to the region's other periods (shown when it has more than one); the one shown is marked. */
function Periods({ region, periods, shown }: { region: string; periods: readonly string[]; shown: string }) {
  if (periods.length < 2) return null;
  return (
    <nav aria-label={pt.periodsNav} data-testid="programme-periods">
      <ul className="utrecht-unordered-list">
        {periods.map((p) => (
          <li key={p} className="utrecht-unordered-list__item">
            {p === shown ? <span aria-current="page">{pt.periodShown(p)}</span> : <Link href={`/sturing/programma/${region}?periode=${p}`}>{p}</Link>}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `?periode=2029-2032` shows that period; without it the latest. */
export default function Programme({ region }: { region: string }) {
  const period = useLocation().query.get("periode") ?? "";
  const query: Record<string, string> = period ? { period } : {};
  const p = useLive("/steering/programmes/{region}", { path: { region }, query });
  const session = useSession();
  useEffect(() => session.check(), [session]);
  const names = useRegionNames();
  // The message after starting a period, shown while that period is on screen.
  const [started, setStarted] = useState<{ message: string; period: string } | null>(null);
  const onStarted = (message: string, startedPeriod: string) => {
    setStarted({ message, period: startedPeriod });
    if (startedPeriod !== period) navigate(`/sturing/programma/${region}?periode=${startedPeriod}`);
    else p.reload();
  };
  const d = p.data;
  const missing = !d && p.error instanceof ApiError && p.error.status === 404;
  const name = names.get(region) ?? `regio ${region}`;
  useTitle(d ? pt.title(d.programme.region_name, d.programme.region, d.programme.period) : missing ? pt.noneTitle(name, region) : undefined);
  const user = session.state.status === "signedIn" ? session.state.user : null;
  const coordinates = user?.role === "regional_coordinator" && user.regions.includes(region);
  if (missing) {
    return <NoProgramme region={region} name={name} canStart={coordinates} signedIn={user !== null} onStarted={onStarted} />;
  }
  if (p.error && !d) return <RequestError error={p.error} />;
  if (!d) return <Loading />;
  const canEdit = user?.role === "regional_coordinator" && user.regions.includes(d.programme.region);
  const edit: EditProps = { region, query, version: d.programme.version, reload: p.reload };
  return (
    <>
      <p className="utrecht-paragraph"><Link href="/sturing/programmas">{pt.listTitle}</Link></p>
      <h1 className="utrecht-heading-1">{pt.title(d.programme.region_name, d.programme.region, d.programme.period)}</h1>
      <Periods region={region} periods={d.periods} shown={d.programme.period} />
      {started && started.period === d.programme.period ? <Notice kind="ok" testId="programme-started">{started.message}</Notice> : null}
      <dl className="vsv-facts" data-testid="programme-facts">
        <dt>{pt.status}</dt><dd data-testid="programme-status">{d.programme.status_label}</dd>
        {d.programme.summary ? (<><dt>{pt.summary}</dt><dd data-testid="programme-summary">{d.programme.summary}</dd></>) : null}
        <dt>{pt.pupilsLabel}</dt><dd>{d.programme.pupils_in_belgium.toLocaleString("nl-NL")}</dd>
      </dl>
      {canEdit ? (
        <>
          <Notice kind="info">{pt.editHint}</Notice>
          <ProgrammeFieldsForm programme={d.programme} {...edit} />
        </>
      ) : user ? null : <p className="utrecht-paragraph">{pt.signInHint} <Link href="/inloggen">{pt.signIn}</Link></p>}

      <h2 className="utrecht-heading-2">{pt.parties}</h2>
      <dl className="vsv-facts" data-testid="programme-parties">
        {d.parties.map((x) => (<div key={x.role}><dt>{x.role_label}</dt><dd>{x.name} ({x.code})</dd></div>))}
      </dl>
      {canEdit ? <PartyForm parties={d.parties} {...edit} /> : null}

      <h2 className="utrecht-heading-2">{pt.topics}</h2>
      {d.topics.map((t) => (
        <section key={t.code} aria-labelledby={`onderwerp-${t.code}`} data-testid={`topic-${t.code}`}>
          <h3 className="utrecht-heading-3" id={`onderwerp-${t.code}`}>{t.title}</h3>
          <p className="utrecht-paragraph vsv-hint">{t.description}</p>
          <p className="utrecht-paragraph" data-testid={`agreement-${t.code}`}>{t.agreement || pt.noAgreement}</p>
          {/* Keyed by the topic only: after a 409 the page reloads and the typed text stays. */}
          {canEdit ? <TopicEditor key={t.code} topic={t} {...edit} /> : null}
        </section>
      ))}

      <h2 className="utrecht-heading-2">{pt.measures}</h2>
      <Measures d={d} canEdit={canEdit} {...edit} />

      <Figures d={d} lines={<BudgetLines d={d} canEdit={canEdit} {...edit} />} />

      <h2 className="utrecht-heading-2">{pt.history}</h2>
      <ol className="utrecht-ordered-list" data-testid="programme-history">
        {d.changes.map((c) => <li key={c.id} className="utrecht-ordered-list__item">{dateTimeNl(c.at)} — {c.actor_name}: {c.what}</li>)}
      </ol>
      {canEdit ? <StartForm region={region} exclude={d.periods} next onStarted={onStarted} /> : null}
    </>
  );
}
