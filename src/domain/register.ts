/**
 * The facts of one person as the register holds them, typed. The pure rules in vsv-rules.ts
 * evaluate these; the engine evaluates the same rules in SQL over whole registers.
 */
import type { IsoDate } from "./dates.js";
import type { DiplomaLevel, Leerweg, Sector } from "./education.js";
import type { PersonId } from "./person-id.js";
import type { StatusKind } from "./register-format.js";
import type { GemeenteCode } from "./codes.js";

export interface Recorded {
  /** The day the fact was recorded; null: known from the start. */
  readonly recordedOn: IsoDate | null;
}

export interface Enrolment extends Recorded {
  readonly enrolmentId: string;
  readonly institution: string;
  readonly location: string | null;
  readonly sector: Sector;
  readonly level: string;
  readonly grade: number | null;
  readonly leerweg: Leerweg | null;
  readonly programme: string | null;
  readonly funded: boolean;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
}

export interface Diploma extends Recorded {
  readonly date: IsoDate;
  readonly level: DiplomaLevel;
  readonly institution: string | null;
}

export interface Residence extends Recorded {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly municipalityCode: GemeenteCode;
  readonly postcode4: string | null;
}

export interface Status extends Recorded {
  readonly kind: StatusKind;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export interface Job extends Recorded {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly hoursPerWeek: number;
}

export interface PersonFacts {
  readonly personId: PersonId;
  readonly birthDate: IsoDate;
  readonly sex: "M" | "V" | "X" | null;
  readonly residences: readonly Residence[];
  readonly enrolments: readonly Enrolment[];
  readonly diplomas: readonly Diploma[];
  readonly statuses: readonly Status[];
  readonly jobs: readonly Job[];
}
