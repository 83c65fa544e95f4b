/**
 * Several `vsv serve` instances behind a real load balancer on loopback, for tests and benchmarks (issue 17, item 5).
 *
 * `startInstances` starts `vsv serve` processes on free loopback ports, on one data folder and with the environment
 * given (DATABASE_URL, VSV_TRUST_PROXY), and keeps what each writes (its server log) to look at.
 *
 * `startLoadBalancer` starts a real load balancer:
 * Debian's nginx or HAProxy, started as the current user with a generated configuration in a temporary folder (its
 * pid file, error log and temporary files there too), listening on a free loopback port and spreading requests over
 * the given instances round-robin, without stickiness. Each answer carries `X-Upstream: 127.0.0.1:<port>`, the
 * instance that answered it. The client address is passed on in `X-Forwarded-For` (replacing whatever the client
 * sent, as the outermost proxy must), so the instances see it when they trust the balancer (VSV_TRUST_PROXY).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const LOAD_BALANCER_KINDS = ["nginx", "haproxy"] as const;
export type LoadBalancerKind = (typeof LOAD_BALANCER_KINDS)[number];

/** The header every answer through the balancer carries: the address of the instance that answered. */
export const UPSTREAM_HEADER = "x-upstream";

/** Where Debian installs them (/usr/sbin is not on every user's PATH), else found on PATH; null when absent. */
export function findLoadBalancer(kind: LoadBalancerKind): string | null {
  const debian = `/usr/sbin/${kind}`;
  if (existsSync(debian)) return debian;
  const found = spawnSync("sh", ["-c", `command -v ${kind}`], { encoding: "utf8" });
  const where = found.status === 0 ? found.stdout.trim() : "";
  return where !== "" ? where : null;
}

/** The kinds installed here, nginx first. */
export function availableLoadBalancers(): LoadBalancerKind[] {
  return LOAD_BALANCER_KINDS.filter((k) => findLoadBalancer(k) !== null);
}

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, host, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface LoadBalancer {
  readonly kind: LoadBalancerKind;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** The folder with its configuration, pid file and logs (removed by `stop`). */
  readonly dir: string;
  /** Its error log so far (for messages when something fails). */
  errorLog(): string;
  /** Stops it (SIGTERM, then SIGKILL after 5 s) and removes its folder. */
  stop(): Promise<void>;
}

export interface LoadBalancerOptions {
  /** Ports of the instances on 127.0.0.1. */
  readonly upstreams: readonly number[];
  readonly kind: LoadBalancerKind;
  /** The port to listen on (127.0.0.1); a free one by default. */
  readonly port?: number;
}

function nginxConfig(dir: string, port: number, upstreams: readonly number[]): string {
  const temp = (name: string) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    return path.join(dir, name);
  };
  // Run as root (a container), nginx would hand its workers to `nobody`, who cannot write this folder.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : "";
  return `${user}daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  upstream vsv {
    # Round-robin (nginx's default), its state shared by both workers; no stickiness.
    zone vsv 64k;
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://vsv;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

function haproxyConfig(dir: string, port: number, upstreams: readonly number[]): string {
  return `global
  pidfile ${dir}/haproxy.pid
  maxconn 8192
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend vsv_front
  bind 127.0.0.1:${port}
  default_backend vsv
backend vsv
  balance roundrobin
  http-request set-header X-Forwarded-For %[src]
  http-request set-header X-Forwarded-Proto http
  http-response set-header X-Upstream %[srv_name]
${upstreams.map((p) => `  server 127.0.0.1:${p} 127.0.0.1:${p}`).join("\n")}
`;
}

function command(kind: LoadBalancerKind, binary: string, dir: string, config: string): { args: string[]; log: string } {
  if (kind === "nginx") return { args: [binary, "-e", `${dir}/error.log`, "-p", dir, "-c", config], log: `${dir}/error.log` };
  // -db: stay in the foreground; what it says goes to the log file below.
  return { args: [binary, "-db", "-f", config], log: `${dir}/error.log` };
}

async function waitForListening(port: number, child: ChildProcess, errorLog: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the load balancer stopped at once (exit ${child.exitCode ?? child.signalCode}): ${errorLog().trim() || "no message"}`);
    }
    const open = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once("error", () => resolve(true));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(false)));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the load balancer did not listen on 127.0.0.1:${port} within 10 s: ${errorLog().trim()}`);
}

/** Starts nginx or HAProxy in front of the instances; throws, naming what to install, when it is absent. */
export async function startLoadBalancer(options: LoadBalancerOptions): Promise<LoadBalancer> {
  const binary = findLoadBalancer(options.kind);
  if (!binary) throw new Error(`${options.kind} is not installed: install it (Debian: apt-get install ${options.kind})`);
  const dir = mkdtempSync(path.join(tmpdir(), `vsv-${options.kind}-`));
  const port = options.port ?? (await freePort());
  const config = path.join(dir, `${options.kind}.conf`);
  writeFileSync(config, options.kind === "nginx" ? nginxConfig(dir, port, options.upstreams) : haproxyConfig(dir, port, options.upstreams));
  const { args, log } = command(options.kind, binary, dir, config);
  const check = spawnSync(args[0]!, options.kind === "nginx" ? [...args.slice(1), "-t", "-q"] : ["-c", "-q", "-f", config], { encoding: "utf8" });
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${options.kind} refuses the generated configuration: ${check.stderr || check.stdout}`);
  }
  const child = spawn(args[0]!, args.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  const output: Buffer[] = [];
  child.stdout!.on("data", (c: Buffer) => output.push(c));
  child.stderr!.on("data", (c: Buffer) => output.push(c));
  const errorLog = () => (existsSync(log) ? readFileSync(log, "utf8") : "") + Buffer.concat(output).toString("utf8");
  const stop = async () => {
    await stopChild(child, 5_000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForListening(port, child, errorLog);
  } catch (e) {
    await stop();
    throw e;
  }
  return { kind: options.kind, url: `http://127.0.0.1:${port}`, port, dir, errorLog, stop };
}

/** The repository's root (this file is test/support/load-balancer.ts). */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface Instance {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `127.0.0.1:<port>`, as the balancer names it in X-Upstream. */
  readonly address: string;
  readonly pid: number;
  /** What it wrote to stdout so far: its address line and its server log (JSON lines). */
  stdout(): string;
  stderr(): string;
}

export interface Instances {
  readonly list: readonly Instance[];
  /** Stops every instance: SIGTERM, then SIGKILL after `graceMs` (default 3 s; a server still warming its caches waits for that first). */
  stop(graceMs?: number): Promise<void>;
}

export interface InstanceOptions {
  readonly count: number;
  readonly dataDir: string;
  /** Added to this process's environment (DATABASE_URL, VSV_TRUST_PROXY, VSV_LOG_LEVEL, …). */
  readonly env?: Record<string, string>;
  /** `src` (default): the TypeScript sources through tsx; `dist`: the build (`npm run build` first). */
  readonly entry?: "src" | "dist";
  /** Also wait until each has warmed its caches (its "Caches warmed" line), so warming does not overlap a measurement. */
  readonly waitForWarm?: boolean;
  /** How long to wait for all of them (default 90 s). */
  readonly timeoutMs?: number;
}

/** Every child started here and not yet stopped: killed when this process exits, whatever failed before. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }
  running.delete(child);
}

/** Starts `count` instances of `vsv serve` on free loopback ports and waits until each listens. */
export async function startInstances(options: InstanceOptions): Promise<Instances> {
  const children: ChildProcess[] = [];
  const stop = async (graceMs = 3_000) => {
    await Promise.all(children.map((c) => stopChild(c, graceMs)));
  };
  try {
    const list = await Promise.all(
      Array.from({ length: options.count }, async () => {
        const port = await freePort();
        const args = options.entry === "dist" ? ["dist/cli/main.js"] : ["--import", "tsx", "src/cli/main.ts"];
        const child = spawn(process.execPath, [...args, "serve", "--port", String(port), "--data-dir", options.dataDir], {
          cwd: ROOT,
          env: { ...process.env, ...options.env },
          stdio: ["ignore", "pipe", "pipe"],
        });
        children.push(child);
        running.add(child);
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        const stdout = () => Buffer.concat(out).toString("utf8");
        const stderr = () => Buffer.concat(err).toString("utf8");
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`vsv serve on port ${port} was not ready within ${(options.timeoutMs ?? 90_000) / 1000} s: ${stderr().slice(-2000)}`)),
            options.timeoutMs ?? 90_000,
          );
          const check = () => {
            const listening = stdout().includes(`http://localhost:${port}/`);
            if (listening && (!options.waitForWarm || stderr().includes("Caches warmed"))) {
              clearTimeout(timer);
              resolve();
            }
          };
          child.stdout!.on("data", (c: Buffer) => {
            out.push(c);
            check();
          });
          child.stderr!.on("data", (c: Buffer) => {
            err.push(c);
            check();
          });
          child.once("exit", (code, signal) => {
            clearTimeout(timer);
            reject(new Error(`vsv serve on port ${port} stopped (exit ${code ?? signal}): ${stderr().slice(-2000)}`));
          });
        });
        return { port, url: `http://127.0.0.1:${port}`, address: `127.0.0.1:${port}`, pid: child.pid!, stdout, stderr };
      }),
    );
    return { list, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
