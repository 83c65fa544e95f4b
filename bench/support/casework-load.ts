/**
 * The load of the casework benchmark: signed-in officers, all at once, each in a closed loop (next request as soon
 * as the answer is in, no think time) against the server over real HTTP with keep-alive (Node's fetch). It runs in
 * a worker thread of its own, so the client's work never sits in the server's event loop and the latency measured
 * (request sent → whole body read) is the server's. `runLoad` starts the worker and returns every latency by
 * request kind.
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { Random } from "../../src/synth/random.js";

export const REQUEST_KINDS = ["list", "case", "contact"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** list: signal list pages only; contact: saving contact moments only; mixed: list, case page, contact in turn. */
export const SCENARIOS = ["list", "contact", "mixed"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface OfficerSession {
  readonly username: string;
  /** `vsv_session=…` */
  readonly cookie: string;
  readonly csrf: string;
  /** The officer's own open cases. */
  readonly caseIds: readonly number[];
}

export interface LoadPlan {
  readonly base: string;
  readonly scenario: Scenario;
  readonly seconds: number;
  /**
   * Mean pause after each answer before the officer's next request, in ms (each pause uniform in 0.5–1.5 times
   * it); 0: a closed loop without pauses, every officer always waiting on the server (saturation).
   */
  readonly thinkMs: number;
  readonly officers: readonly OfficerSession[];
  /** Query strings of GET /api/v1/signals (filters, sorts, pages), taken in turn from a different start per officer. */
  readonly listQueries: readonly string[];
}

export interface KindResult {
  readonly kind: RequestKind;
  /** Milliseconds, one per answered request. */
  readonly latencies: number[];
  /** Answers that were not 2xx, and requests that failed. */
  errors: number;
  readonly errorSamples: string[];
}

export interface LoadResult {
  readonly scenario: Scenario;
  readonly thinkMs: number;
  /** From the start until the last officer's last answer. */
  readonly seconds: number;
  readonly kinds: KindResult[];
}

const WORKER_TAG = "vsv-casework-load";

const CHANNELS = ["phone", "phone", "email", "message", "home_visit", "meeting", "letter"] as const;
const NOTES = [
  "Gebeld, geen gehoor. Morgen opnieuw proberen.",
  "Telefonisch gesproken: wil een intake bij het ROC, afspraak gemaakt voor volgende week dinsdag.",
  "Bericht gestuurd met de vraag om terug te bellen.",
  "Huisbezoek afgelegd; jongere was niet thuis, kaartje achtergelaten met telefoonnummer.",
];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drive(plan: LoadPlan): Promise<LoadResult> {
  // A fixed sequence of pauses (no Math.random): runs differ only by the server.
  const stream = new Random(7);
  const random = () => stream.next();
  const kinds = new Map<RequestKind, KindResult>(REQUEST_KINDS.map((k) => [k, { kind: k, latencies: [], errors: 0, errorSamples: [] }]));
  const t0 = performance.now();
  const deadline = t0 + plan.seconds * 1000;

  async function timed(kind: RequestKind, url: string, init: RequestInit, expect: (status: number) => boolean): Promise<void> {
    const result = kinds.get(kind)!;
    const start = performance.now();
    try {
      const response = await fetch(url, init);
      const body = await response.text();
      result.latencies.push(performance.now() - start);
      if (!expect(response.status)) {
        result.errors += 1;
        if (result.errorSamples.length < 5) result.errorSamples.push(`${init.method ?? "GET"} ${url.replace(plan.base, "")}: ${response.status} ${body.slice(0, 300)}`);
      }
    } catch (e) {
      result.errors += 1;
      if (result.errorSamples.length < 5) result.errorSamples.push(`${init.method ?? "GET"} ${url.replace(plan.base, "")}: ${(e as Error).message}`);
    }
  }

  async function officer(o: OfficerSession, index: number): Promise<void> {
    const headers = { cookie: o.cookie };
    let n = 0;
    const ok = (status: number) => status >= 200 && status < 300;
    const list = () => {
      const query = plan.listQueries[(index * 37 + n) % plan.listQueries.length]!;
      // A search may be a name: it goes in a POST body, as the web app sends it (docs/signal-lists.md, "Search").
      if (!new URLSearchParams(query).has("search")) return timed("list", `${plan.base}/api/v1/signals?${query}`, { headers }, ok);
      const body = JSON.stringify(Object.fromEntries(new URLSearchParams(query)));
      return timed("list", `${plan.base}/api/v1/signals/search`, { method: "POST", headers: { ...headers, "content-type": "application/json", "x-csrf-token": o.csrf }, body }, ok);
    };
    const caseId = () => o.caseIds[(index * 11 + n * 7) % o.caseIds.length]!;
    const casePage = () => timed("case", `${plan.base}/api/v1/cases/${caseId()}`, { headers }, ok);
    const contact = () =>
      timed(
        "contact",
        `${plan.base}/api/v1/cases/${caseId()}/contacts`,
        {
          method: "POST",
          headers: { ...headers, "content-type": "application/json", "x-csrf-token": o.csrf },
          body: JSON.stringify({ contact_on: today(), channel: CHANNELS[n % CHANNELS.length], reached: n % 3 !== 0, note: NOTES[n % NOTES.length] }),
        },
        ok,
      );
    // Officers start spread over one think time, as they would not all click in the same millisecond.
    if (plan.thinkMs > 0) await pause(((index + 0.5) / plan.officers.length) * plan.thinkMs);
    const steps = plan.scenario === "list" ? [list] : plan.scenario === "contact" ? [contact] : [list, casePage, contact];
    while (performance.now() < deadline) {
      for (const step of steps) {
        if (performance.now() >= deadline) break;
        await step();
        if (plan.thinkMs > 0) await pause(Math.min(plan.thinkMs * (0.5 + random()), Math.max(0, deadline - performance.now())));
      }
      n += 1;
    }
  }

  await Promise.all(plan.officers.map((o, i) => officer(o, i)));
  return { scenario: plan.scenario, thinkMs: plan.thinkMs, seconds: (performance.now() - t0) / 1000, kinds: [...kinds.values()].filter((k) => k.latencies.length > 0 || k.errors > 0) };
}

/** Runs the plan in a worker thread (TypeScript through tsx's loader) and resolves with its result. */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: { tag: WORKER_TAG, plan } });
    worker.once("message", (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the load worker stopped with code ${code}`));
    });
  });
}

if (!isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG) {
  const result = await drive((workerData as { plan: LoadPlan }).plan);
  parentPort!.postMessage(result);
}
