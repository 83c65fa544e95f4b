/**
 * The person table of the microsimulation: one slot per person, columns as typed arrays
 * (struct of arrays), dates as day numbers. Slots of people who leave the simulation are reused.
 */

/** What a person is doing now. */
export const Stage = {
  Free: 0,
  VO: 1,
  PRO: 2,
  VSO: 3,
  MBO: 4,
  VAVO: 5,
  HO: 6,
  /** Left education without a startkwalificatie; may come back on `reentry`. */
  Out: 7,
} as const;

/** Planned end of an mbo or ho spell. */
export const Outcome = {
  Diploma: 1,
  Switch: 2,
  Quit: 3,
} as const;

export const Flag = {
  /** The person row has been written. */
  Visible: 1,
  /** Keyed by an onderwijsnummer rather than a BSN. */
  Onderwijsnummer: 2,
  /** Left without a startkwalificatie before and came back. */
  Returner: 4,
  /** Came to the Netherlands as a newcomer. */
  Newcomer: 8,
  /** Enters after the extract's last day: nothing about them is written. */
  Hidden: 16,
} as const;

const COLUMNS = {
  pid: Uint32Array,
  birth: Uint16Array,
  sex: Uint8Array,
  muni: Uint16Array,
  resFrom: Uint16Array,
  stage: Uint8Array,
  level: Uint8Array,
  grade: Uint8Array,
  track: Uint8Array,
  leerweg: Uint8Array,
  prog: Uint16Array,
  loc: Uint16Array,
  enrNo: Uint32Array,
  enrStart: Uint16Array,
  enrEnd: Uint16Array,
  enrRec: Uint16Array,
  outcome: Uint8Array,
  flags: Uint16Array,
  sk: Uint16Array,
  voDip: Uint8Array,
  voDipDate: Uint16Array,
  voDipLoc: Uint16Array,
  mboDip: Uint8Array,
  mboDipDate: Uint16Array,
  mboDipLoc: Uint16Array,
  mbo1Date: Uint16Array,
  newcomerUntil: Uint16Array,
  reentry: Uint16Array,
  reentryKind: Uint8Array,
  jobFrom: Uint16Array,
  jobHours: Uint8Array,
  weight: Float32Array,
  elig: Uint16Array,
} as const;

export class People {
  pid!: Uint32Array;
  birth!: Uint16Array;
  sex!: Uint8Array;
  muni!: Uint16Array;
  resFrom!: Uint16Array;
  stage!: Uint8Array;
  level!: Uint8Array;
  grade!: Uint8Array;
  track!: Uint8Array;
  leerweg!: Uint8Array;
  prog!: Uint16Array;
  loc!: Uint16Array;
  enrNo!: Uint32Array;
  enrStart!: Uint16Array;
  enrEnd!: Uint16Array;
  enrRec!: Uint16Array;
  outcome!: Uint8Array;
  flags!: Uint16Array;
  sk!: Uint16Array;
  voDip!: Uint8Array;
  voDipDate!: Uint16Array;
  voDipLoc!: Uint16Array;
  mboDip!: Uint8Array;
  mboDipDate!: Uint16Array;
  mboDipLoc!: Uint16Array;
  mbo1Date!: Uint16Array;
  newcomerUntil!: Uint16Array;
  reentry!: Uint16Array;
  reentryKind!: Uint8Array;
  jobFrom!: Uint16Array;
  jobHours!: Uint8Array;
  weight!: Float32Array;
  elig!: Uint16Array;

  capacity = 0;
  /** Slots 0..highWater-1 have been used; loops run over them and skip free ones. */
  highWater = 0;
  active = 0;
  private free: number[] = [];

  constructor(initialCapacity: number) {
    this.grow(Math.max(1024, initialCapacity));
  }

  private grow(capacity: number): void {
    for (const [name, Ctor] of Object.entries(COLUMNS)) {
      const next = new Ctor(capacity);
      const old = (this as unknown as Record<string, Uint8Array | undefined>)[name];
      if (old) next.set(old as never);
      (this as unknown as Record<string, unknown>)[name] = next;
    }
    this.capacity = capacity;
  }

  /** A fresh, zeroed slot. */
  allocate(): number {
    let i: number;
    if (this.free.length > 0) {
      i = this.free.pop()!;
    } else {
      if (this.highWater >= this.capacity) this.grow(Math.ceil(this.capacity * 1.5));
      i = this.highWater++;
    }
    this.zero(i);
    this.active += 1;
    return i;
  }

  /** Zeroes every column of slot i (one store per column: far cheaper than a fill call each). */
  private zero(i: number): void {
    this.pid[i] = 0;
    this.birth[i] = 0;
    this.sex[i] = 0;
    this.muni[i] = 0;
    this.resFrom[i] = 0;
    this.stage[i] = 0;
    this.level[i] = 0;
    this.grade[i] = 0;
    this.track[i] = 0;
    this.leerweg[i] = 0;
    this.prog[i] = 0;
    this.loc[i] = 0;
    this.enrNo[i] = 0;
    this.enrStart[i] = 0;
    this.enrEnd[i] = 0;
    this.enrRec[i] = 0;
    this.outcome[i] = 0;
    this.flags[i] = 0;
    this.sk[i] = 0;
    this.voDip[i] = 0;
    this.voDipDate[i] = 0;
    this.voDipLoc[i] = 0;
    this.mboDip[i] = 0;
    this.mboDipDate[i] = 0;
    this.mboDipLoc[i] = 0;
    this.mbo1Date[i] = 0;
    this.newcomerUntil[i] = 0;
    this.reentry[i] = 0;
    this.reentryKind[i] = 0;
    this.jobFrom[i] = 0;
    this.jobHours[i] = 0;
    this.weight[i] = 0;
    this.elig[i] = 0;
  }

  release(i: number): void {
    this.stage[i] = Stage.Free;
    this.free.push(i);
    this.active -= 1;
  }
}
