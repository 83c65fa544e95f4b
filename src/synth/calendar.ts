/**
 * The key days of one school year y (1 August y – 31 July y+1) and of teljaar y-(y+1), as day numbers.
 */
import { day } from "./days.js";

export interface SchoolYear {
  readonly y: number;
  /** 1 August y: the school year starts, new enrolments begin. */
  readonly start: number;
  /** 1 October y: first peildatum of teljaar y-(y+1). */
  readonly p1: number;
  /** 31 January y+1 and 1 February y+1: mid-year switches. */
  readonly jan31: number;
  readonly feb1: number;
  /** 31 July y+1: the school year ends. */
  readonly end: number;
  /** 1 August y+1 and 31 July y+2: the next school year. */
  readonly nextStart: number;
  readonly nextEnd: number;
  /** 10 June y+1: the first exam results; 1 September y+1: higher education starts. */
  readonly examDay: number;
  readonly hoStart: number;
  /** 1 October y+1: second peildatum. */
  readonly p2: number;
  /** 31 December y+1: last day of the late-SK correction. */
  readonly dec31: number;
  /** 1 February y+2 and 1 October y+2: the preliminary and definitive cut-offs. */
  readonly preliminaryCutoff: number;
  readonly definitiveCutoff: number;
}

export function schoolYear(y: number): SchoolYear {
  return {
    y,
    start: day(y, 8, 1),
    p1: day(y, 10, 1),
    jan31: day(y + 1, 1, 31),
    feb1: day(y + 1, 2, 1),
    end: day(y + 1, 7, 31),
    nextStart: day(y + 1, 8, 1),
    nextEnd: day(y + 2, 7, 31),
    examDay: day(y + 1, 6, 10),
    hoStart: day(y + 1, 9, 1),
    p2: day(y + 1, 10, 1),
    dec31: day(y + 1, 12, 31),
    preliminaryCutoff: day(y + 2, 2, 1),
    definitiveCutoff: day(y + 2, 10, 1),
  };
}
