/** Which computed figures an answer is about: a teljaar, under one definition, at one stage. */
import type { Definition, Stage } from "./definition.js";
import type { Teljaar } from "./teljaar.js";

export interface Selection {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
}
