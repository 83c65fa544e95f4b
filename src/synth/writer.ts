/**
 * Writes the register folder: one CSV per table of the exchange format, header row in the
 * column order of REGISTER_FORMAT, rows streamed to disk in chunks (never a whole file in memory).
 * Rows are written as bytes straight into a chunk buffer (no intermediate strings: at scale 1 there
 * are some thirty million rows); no field the generator writes needs quoting.
 *
 * The register is an extract "as known on" the definitive cut-off of its last teljaar: facts
 * dated after the event horizon (31 December of the last year) are left out, end dates after it
 * are empty (not yet known), and facts recorded after the record horizon are left out.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable } from "../domain/register-format.js";
import { csvLine } from "../domain/csv.js";
import { dayText } from "./days.js";
import { type DetailDraws, MAIL_DOMAIN } from "./addresses.js";

const MAIL_AT = `@${MAIL_DOMAIN}`;

const CHUNK = 4 << 20;
const ROOM = 1024;
const COMMA = 44;
const NEWLINE = 10;

let dateBytes: Buffer | undefined;
/** `YYYY-MM-DD` of every day number up to 2070, 10 bytes each. */
function dates(): Buffer {
  if (!dateBytes) {
    const days = 36_890;
    dateBytes = Buffer.alloc(days * 10);
    for (let d = 1; d < days; d++) dateBytes.write(dayText(d), d * 10, "latin1");
  }
  return dateBytes;
}

/** Where a table's CSV goes: one file, or parts of about `bytes` each handed to `done` when complete (parquet.ts). */
export interface CsvParts {
  readonly bytes: number;
  readonly done: (table: RegisterTable, file: string) => void;
}

class TableWriter {
  private fd: number;
  private buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  rows = 0;
  bytes = 0;
  /** Bytes in files before the current one (parts). */
  private before = 0;
  private partNo = 0;
  private file: string;
  private readonly header: string;
  private readonly dates = dates();

  constructor(
    private readonly folder: string,
    private readonly table: RegisterTable,
    header: readonly string[],
    private readonly parts?: CsvParts,
  ) {
    this.header = csvLine(header);
    this.file = this.nextFile();
    this.fd = openSync(this.file, "w");
    this.pos = this.buf.write(this.header, 0, "latin1");
  }

  private nextFile(): string {
    if (!this.parts) return path.join(this.folder, `${this.table}.csv`);
    this.partNo += 1;
    return path.join(this.folder, `${this.table}.part-${String(this.partNo).padStart(4, "0")}.csv`);
  }

  /** Starts a row: makes room for it (and, writing parts, starts the next part once this one is full). */
  row(): this {
    if (this.parts && this.bytes + this.pos - this.before >= this.parts.bytes) this.nextPart();
    if (this.pos + ROOM > CHUNK) this.flush();
    this.rows += 1;
    return this;
  }

  private nextPart(): void {
    this.close();
    this.parts!.done(this.table, this.file);
    this.before = this.bytes;
    this.file = this.nextFile();
    this.fd = openSync(this.file, "w");
    this.pos = this.buf.write(this.header, 0, "latin1");
  }

  text(s: string): this {
    const b = this.buf;
    let p = this.pos;
    for (let k = 0; k < s.length; k++) b[p++] = s.charCodeAt(k);
    this.pos = p;
    return this;
  }

  /**
   * A text that may hold letters beyond ASCII (names: Zoë, Öztürk), encoded as UTF-8 straight into the chunk (the
   * bytes Buffer.from(s, "utf8") gives; a text with a surrogate pair, which no list has, goes through it).
   */
  utf8(s: string): this {
    const b = this.buf;
    let p = this.pos;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x80) b[p++] = c;
      else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        p += b.write(s.slice(k), p, "utf8");
        break;
      }
    }
    this.pos = p;
    return this;
  }

  int(n: number): this {
    const b = this.buf;
    if (n < 10) {
      b[this.pos++] = 48 + n;
      return this;
    }
    let digits = 0;
    if (n < 0x7fffffff) {
      // Integer division by | 0 (every number the generator writes is far below 2^31).
      for (let x = n; x > 0; x = (x / 10) | 0) digits++;
      let p = this.pos + digits;
      this.pos = p;
      for (let x = n; x > 0; x = (x / 10) | 0) b[--p] = 48 + (x % 10);
      return this;
    }
    for (let x = n; x > 0; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    for (let x = n; x > 0; x = Math.floor(x / 10)) b[--p] = 48 + (x % 10);
    return this;
  }

  /** A day number as YYYY-MM-DD; 0 writes nothing (empty field). */
  date(d: number): this {
    if (d !== 0) {
      const b = this.buf;
      const from = this.dates;
      const p = this.pos;
      const q = d * 10;
      for (let k = 0; k < 10; k++) b[p + k] = from[q + k]!;
      this.pos = p + 10;
    }
    return this;
  }

  comma(): this {
    this.buf[this.pos++] = COMMA;
    return this;
  }

  end(): void {
    this.buf[this.pos++] = NEWLINE;
  }

  flush(): void {
    if (this.pos === 0) return;
    let done = 0;
    while (done < this.pos) done += writeSync(this.fd, this.buf, done, this.pos - done);
    this.bytes += this.pos;
    this.pos = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  get currentFile(): string {
    return this.file;
  }
}

/** Column names of a table, in the order of REGISTER_FORMAT (the row writers below follow it). */
export function registerHeader(table: RegisterTable): string[] {
  return REGISTER_FORMAT[table].columns.map((c) => c.name);
}

export class RegisterWriter {
  private readonly tables: Record<RegisterTable, TableWriter>;

  constructor(
    readonly folder: string,
    /** Last day of facts in the extract. */
    private readonly eventHorizon: number,
    /** Last recording day in the extract. */
    private readonly recordHorizon: number,
    /** Write each table in parts (for Parquet): `close` hands over the last one too. */
    private readonly parts?: CsvParts,
  ) {
    mkdirSync(folder, { recursive: true });
    this.tables = Object.fromEntries(
      REGISTER_TABLES.map((t) => [t, new TableWriter(folder, t, registerHeader(t), parts)]),
    ) as Record<RegisterTable, TableWriter>;
  }

  /** false when the fact lies beyond the extract (happens later, or is recorded later). */
  private known(event: number, recorded: number): boolean {
    return event <= this.eventHorizon && recorded <= this.recordHorizon;
  }

  /** An end date, or 0 (empty) when it lies beyond the extract. */
  private end(day: number): number {
    return day > this.eventHorizon ? 0 : day;
  }

  /**
   * A person row; `x` fills the optional name, address and contact columns as `personDetails` formats them
   * (addresses.ts), written straight from the draws (none of them needs quoting).
   */
  person(id: number, birth: number, sex: string, x: DetailDraws): void {
    const t = this.tables.persons.row().int(id).comma().date(birth).comma().text(sex).comma()
      .utf8(x.familyName).comma().utf8(x.givenNames).comma().utf8(x.street).comma().int(x.number).text(x.letter);
    if (x.addition) t.text("-").int(x.addition);
    t.comma().int(x.digits).text(" ").text(x.letters).comma().utf8(x.residence).comma().text("06-0");
    for (let p = 1_000_000; p > 1; p /= 10) if (x.phone < p) t.text("0");
    t.int(x.phone).comma().text(x.mailFirst).text(".").text(x.mailFamily).int(x.mailNo).text(MAIL_AT).end();
  }

  residence(id: number, from: number, to: number, municipality: string, postcode4: number, recorded: number): void {
    if (!this.known(from, recorded)) return;
    this.tables.residences.row().int(id).comma().date(from).comma().date(this.end(to)).comma().text(municipality).comma().int(postcode4).comma().date(recorded).end();
  }

  enrolment(
    enrolmentNo: number, id: number, institution: string, location: string, sector: string, level: string,
    grade: number, leerweg: string, programme: string, funded: boolean, start: number, end: number, recorded: number,
  ): void {
    if (!this.known(start, recorded)) return;
    const t = this.tables.enrolments.row().text("E").int(enrolmentNo).comma().int(id).comma().text(institution).comma().text(location).comma()
      .text(sector).comma().text(level).comma();
    if (grade !== 0) t.int(grade);
    t.comma().text(leerweg).comma().text(programme).comma().text(funded ? "true" : "false").comma().date(start).comma().date(this.end(end)).comma().date(recorded).end();
  }

  diploma(id: number, date: number, level: string, institution: string, recorded: number): void {
    if (!this.known(date, recorded)) return;
    this.tables.diplomas.row().int(id).comma().date(date).comma().text(level).comma().text(institution).comma().date(recorded).end();
  }

  status(id: number, kind: string, from: number, to: number, recorded: number): void {
    if (!this.known(from, recorded)) return;
    this.tables.statuses.row().int(id).comma().text(kind).comma().date(from).comma().date(this.end(to)).comma().date(recorded).end();
  }

  job(id: number, from: number, to: number, hours: number, recorded: number): void {
    if (!this.known(from, recorded)) return;
    this.tables.jobs.row().int(id).comma().date(from).comma().date(this.end(to)).comma().int(hours).comma().date(recorded).end();
  }

  rows(): Record<RegisterTable, number> {
    return Object.fromEntries(REGISTER_TABLES.map((t) => [t, this.tables[t].rows])) as Record<RegisterTable, number>;
  }

  bytes(): number {
    return REGISTER_TABLES.reduce((s, t) => s + this.tables[t].bytes, 0);
  }

  close(): void {
    for (const t of REGISTER_TABLES) {
      this.tables[t].close();
      this.parts?.done(t, this.tables[t].currentFile);
    }
  }
}
