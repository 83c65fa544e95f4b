/**
 * Joins Parquet files of one table (same schema, written by the same COPY) into one file without decoding a value:
 * each part's row groups are copied byte for byte, one after the other, and the new footer lists all of them with
 * their offsets moved to where they now lie. The generator converts its CSV in parts while the simulation runs
 * (parquet.ts) and joins them at the end; re-encoding 40 million rows would take longer than converting them.
 *
 * The footer is Thrift (compact protocol, parquet.thrift's FileMetaData); it is read into a generic tree, the offset
 * fields are changed, and it is written back. Fields this file does not know are kept as they were.
 */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";

const MAGIC = "PAR1";

// Compact-protocol type ids.
const T_TRUE = 1;
const T_FALSE = 2;
const T_I8 = 3;
const T_I16 = 4;
const T_I32 = 5;
const T_I64 = 6;
const T_DOUBLE = 7;
const T_BINARY = 8;
const T_LIST = 9;
const T_SET = 10;
const T_MAP = 11;
const T_STRUCT = 12;

type Value = boolean | number | bigint | Buffer | ListValue | MapValue | StructValue;
interface ListValue {
  readonly kind: "list";
  readonly type: number;
  readonly elementType: number;
  readonly items: Value[];
}
interface MapValue {
  readonly kind: "map";
  readonly keyType: number;
  readonly valueType: number;
  readonly entries: [Value, Value][];
}
interface Field {
  readonly id: number;
  type: number;
  value: Value;
}
interface StructValue {
  readonly kind: "struct";
  readonly fields: Field[];
}

class Reader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}

  byte(): number {
    if (this.pos >= this.buf.length) throw new Error("Parquet footer ends early");
    return this.buf[this.pos++]!;
  }

  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.byte();
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
  }

  zigzag(): bigint {
    const n = this.varint();
    return (n >> 1n) ^ -(n & 1n);
  }

  value(type: number): Value {
    switch (type) {
      case T_TRUE:
        return true;
      case T_FALSE:
        return false;
      case T_I8: {
        const b = this.byte();
        return b > 127 ? b - 256 : b;
      }
      case T_I16:
      case T_I32:
        return Number(this.zigzag());
      case T_I64:
        return this.zigzag();
      case T_DOUBLE: {
        const v = this.buf.readDoubleLE(this.pos);
        this.pos += 8;
        return v;
      }
      case T_BINARY: {
        const n = Number(this.varint());
        const v = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return v;
      }
      case T_LIST:
      case T_SET: {
        const h = this.byte();
        const elementType = h & 0x0f;
        let size = h >> 4;
        if (size === 15) size = Number(this.varint());
        const items: Value[] = [];
        // Booleans inside a container are one byte each (1 true, 2 false).
        for (let k = 0; k < size; k++) items.push(elementType === T_TRUE || elementType === T_FALSE ? this.byte() === T_TRUE : this.value(elementType));
        return { kind: "list", type, elementType, items };
      }
      case T_MAP: {
        const size = Number(this.varint());
        if (size === 0) return { kind: "map", keyType: 0, valueType: 0, entries: [] };
        const kv = this.byte();
        const keyType = kv >> 4;
        const valueType = kv & 0x0f;
        const entries: [Value, Value][] = [];
        for (let k = 0; k < size; k++) entries.push([this.value(keyType), this.value(valueType)]);
        return { kind: "map", keyType, valueType, entries };
      }
      case T_STRUCT:
        return this.struct();
      default:
        throw new Error(`Parquet footer has an unknown Thrift type ${type}`);
    }
  }

  struct(): StructValue {
    const fields: Field[] = [];
    let last = 0;
    for (;;) {
      const h = this.byte();
      if (h === 0) return { kind: "struct", fields };
      const type = h & 0x0f;
      const delta = h >> 4;
      const id = delta !== 0 ? last + delta : Number(this.zigzag());
      fields.push({ id, type, value: this.value(type) });
      last = id;
    }
  }
}

class Writer {
  private buf = Buffer.alloc(1 << 16);
  pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.alloc(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b & 0xff;
  }

  varint(n: bigint): void {
    let x = n;
    while (x >= 0x80n) {
      this.byte(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    this.byte(Number(x));
  }

  zigzag(n: bigint): void {
    this.varint(n >= 0n ? n << 1n : (-n << 1n) - 1n);
  }

  value(type: number, v: Value): void {
    switch (type) {
      case T_TRUE:
      case T_FALSE:
        return;
      case T_I8:
        this.byte(v as number);
        return;
      case T_I16:
      case T_I32:
        this.zigzag(BigInt(v as number));
        return;
      case T_I64:
        this.zigzag(v as bigint);
        return;
      case T_DOUBLE:
        this.room(8);
        this.buf.writeDoubleLE(v as number, this.pos);
        this.pos += 8;
        return;
      case T_BINARY: {
        const b = v as Buffer;
        this.varint(BigInt(b.length));
        this.room(b.length);
        b.copy(this.buf, this.pos);
        this.pos += b.length;
        return;
      }
      case T_LIST:
      case T_SET: {
        const l = v as ListValue;
        if (l.items.length < 15) this.byte((l.items.length << 4) | l.elementType);
        else {
          this.byte(0xf0 | l.elementType);
          this.varint(BigInt(l.items.length));
        }
        for (const item of l.items) {
          if (l.elementType === T_TRUE || l.elementType === T_FALSE) this.byte(item ? T_TRUE : T_FALSE);
          else this.value(l.elementType, item);
        }
        return;
      }
      case T_MAP: {
        const m = v as MapValue;
        this.varint(BigInt(m.entries.length));
        if (m.entries.length === 0) return;
        this.byte((m.keyType << 4) | m.valueType);
        for (const [k, x] of m.entries) {
          this.value(m.keyType, k);
          this.value(m.valueType, x);
        }
        return;
      }
      case T_STRUCT:
        this.struct(v as StructValue);
        return;
      default:
        throw new Error(`Cannot write Thrift type ${type}`);
    }
  }

  struct(s: StructValue): void {
    let last = 0;
    for (const f of s.fields) {
      const type = f.type === T_TRUE || f.type === T_FALSE ? (f.value ? T_TRUE : T_FALSE) : f.type;
      const delta = f.id - last;
      if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
      else {
        this.byte(type);
        this.zigzag(BigInt(f.id));
      }
      this.value(type, f.value);
      last = f.id;
    }
    this.byte(0);
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

function field(s: StructValue, id: number): Field | undefined {
  return s.fields.find((f) => f.id === id);
}

/** Adds `shift` to an i64 offset field when it is there and points into the file (a 0 means "not written"). */
function moveOffset(s: StructValue, id: number, shift: bigint): void {
  const f = field(s, id);
  if (f && f.type === T_I64 && (f.value as bigint) > 0n) f.value = (f.value as bigint) + shift;
}

// parquet.thrift field ids.
const FILE_NUM_ROWS = 3;
const FILE_ROW_GROUPS = 4;
const GROUP_COLUMNS = 1;
const GROUP_FILE_OFFSET = 5;
const GROUP_ORDINAL = 7;
const CHUNK_FILE_OFFSET = 2;
const CHUNK_META = 3;
const CHUNK_OFFSET_INDEX = 4;
const CHUNK_COLUMN_INDEX = 6;
/** ColumnMetaData: data_page_offset, index_page_offset, dictionary_page_offset, bloom_filter_offset. */
const META_OFFSETS = [9, 10, 11, 14] as const;

interface Part {
  readonly bytes: Buffer;
  /** Where the footer starts: the part's row groups (and any indexes and bloom filters) lie in [4, footerStart). */
  readonly footerStart: number;
  readonly meta: StructValue;
}

function readPart(file: string): Part {
  const bytes = readFileSync(file);
  if (bytes.length < 12 || bytes.toString("latin1", 0, 4) !== MAGIC || bytes.toString("latin1", bytes.length - 4) !== MAGIC) {
    throw new Error(`${file} is not a Parquet file`);
  }
  const length = bytes.readUInt32LE(bytes.length - 8);
  const footerStart = bytes.length - 8 - length;
  const meta = new Reader(bytes.subarray(footerStart, bytes.length - 8)).struct();
  return { bytes, footerStart, meta };
}

/** Writes `parts` (in order) as one Parquet file `out`: the rows of the first part, then of the second, and so on. */
export function concatParquet(parts: readonly string[], out: string): void {
  if (parts.length === 0) throw new Error("concatParquet needs at least one part");
  const fd = openSync(out, "w");
  try {
    writeSync(fd, Buffer.from(MAGIC, "latin1"));
    let pos = 4;
    let first: StructValue | undefined;
    const groups: Value[] = [];
    let rows = 0n;
    for (const file of parts) {
      const part = readPart(file);
      first ??= part.meta;
      const shift = BigInt(pos - 4);
      for (const g of (field(part.meta, FILE_ROW_GROUPS)!.value as ListValue).items) {
        const group = g as StructValue;
        moveOffset(group, GROUP_FILE_OFFSET, shift);
        const ordinal = field(group, GROUP_ORDINAL);
        if (ordinal) ordinal.value = groups.length;
        for (const c of (field(group, GROUP_COLUMNS)!.value as ListValue).items) {
          const chunk = c as StructValue;
          moveOffset(chunk, CHUNK_FILE_OFFSET, shift);
          moveOffset(chunk, CHUNK_OFFSET_INDEX, shift);
          moveOffset(chunk, CHUNK_COLUMN_INDEX, shift);
          const meta = field(chunk, CHUNK_META);
          if (meta) for (const id of META_OFFSETS) moveOffset(meta.value as StructValue, id, shift);
        }
        groups.push(group);
      }
      rows += field(part.meta, FILE_NUM_ROWS)!.value as bigint;
      const body = part.bytes.subarray(4, part.footerStart);
      let done = 0;
      while (done < body.length) done += writeSync(fd, body, done, body.length - done);
      pos += body.length;
    }
    const meta = first!;
    field(meta, FILE_NUM_ROWS)!.value = rows;
    // row_groups is a required field: every part has it.
    field(meta, FILE_ROW_GROUPS)!.value = { kind: "list", type: T_LIST, elementType: T_STRUCT, items: groups } satisfies ListValue;
    const w = new Writer();
    w.struct(meta);
    const footer = w.bytes();
    const tail = Buffer.alloc(8);
    tail.writeUInt32LE(footer.length, 0);
    tail.write(MAGIC, 4, "latin1");
    writeSync(fd, footer);
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}
