/**
 * Where people go to school: picks a location of the right kind for someone living in a given
 * municipality. Pupils go to a vo school in their own town when it has one (otherwise one in
 * their region), mbo students mostly to their region's ROC, some to an AOC or a national
 * vakinstelling, students in higher education to the universities and hogescholen of the country.
 */
import type { Random } from "./random.js";
import type { InstitutionKind } from "../domain/reference-places.js";
import type { Location, SynthReference } from "./reference-data.js";

export interface LocationPool {
  readonly locations: Int32Array;
  readonly cumulative: Float64Array;
}

function pool(locs: readonly Location[], weight: (l: Location) => number): LocationPool | null {
  const chosen = locs.filter((l) => weight(l) > 0);
  if (chosen.length === 0) return null;
  const cumulative = new Float64Array(chosen.length);
  let s = 0;
  chosen.forEach((l, i) => {
    s += weight(l);
    cumulative[i] = s;
  });
  return { locations: Int32Array.from(chosen.map((l) => l.index)), cumulative };
}

export class Schools {
  /** Per location: its institution code, own code, municipality index, kind. */
  readonly locInstitution: string[];
  readonly locCode: string[];
  readonly locMunicipality: Int32Array;
  readonly locKind: InstitutionKind[];
  private readonly voLocal: (LocationPool | null)[];
  private readonly voRegion: (LocationPool | null)[];
  private readonly proRegion: (LocationPool | null)[];
  private readonly vsoRegion: (LocationPool | null)[];
  private readonly rocLocal: (LocationPool | null)[];
  private readonly rocRegion: (LocationPool | null)[];
  private readonly aocRegion: (LocationPool | null)[];
  private readonly rocNational: LocationPool;
  private readonly vakNational: LocationPool;
  private readonly hboNational: LocationPool;
  private readonly woNational: LocationPool;
  private readonly hboRegion: (LocationPool | null)[];
  private readonly woRegion: (LocationPool | null)[];
  private readonly unfundedVo: LocationPool;
  private readonly unfundedMbo: LocationPool;
  private readonly proNational: LocationPool;
  private readonly vsoNational: LocationPool;

  constructor(private readonly ref: SynthReference) {
    const locs = ref.locations;
    this.locInstitution = locs.map((l) => l.institution.code);
    this.locCode = locs.map((l) => l.code);
    this.locMunicipality = Int32Array.from(locs.map((l) => l.municipality.index));
    this.locKind = locs.map((l) => l.institution.kind);
    const funded = (k: InstitutionKind) => locs.filter((l) => l.institution.kind === k && l.institution.funded);
    const perMunicipality = new Map<string, number>();
    for (const l of locs) perMunicipality.set(`${l.institution.kind}:${l.institution.funded}:${l.municipality.code}`, (perMunicipality.get(`${l.institution.kind}:${l.institution.funded}:${l.municipality.code}`) ?? 0) + 1);
    // A location's share of its town: the town's size split over the locations of that kind there.
    const share = (l: Location) => l.municipality.size / perMunicipality.get(`${l.institution.kind}:${l.institution.funded}:${l.municipality.code}`)!;
    const vo = funded("VO");
    const roc = funded("ROC");
    this.voLocal = ref.municipalities.map((m) => pool(vo.filter((l) => l.municipality === m), () => 1));
    const byRegion = <T>(f: (region: string) => T) => {
      const cache = new Map<string, T>();
      return ref.municipalities.map((m) => {
        if (!cache.has(m.rmcRegion)) cache.set(m.rmcRegion, f(m.rmcRegion));
        return cache.get(m.rmcRegion)!;
      });
    };
    this.voRegion = byRegion((r) => pool(vo.filter((l) => l.municipality.rmcRegion === r), share));
    this.proRegion = byRegion((r) => pool(funded("PRO").filter((l) => l.municipality.rmcRegion === r), share));
    this.vsoRegion = byRegion((r) => pool(funded("VSO").filter((l) => l.municipality.rmcRegion === r), share));
    this.rocLocal = ref.municipalities.map((m) => pool(roc.filter((l) => l.municipality === m), () => 1));
    this.rocRegion = byRegion((r) => pool(roc.filter((l) => l.municipality.rmcRegion === r), share));
    this.aocRegion = byRegion((r) => pool(funded("AOC").filter((l) => l.municipality.rmcRegion === r), () => 1));
    this.hboRegion = byRegion((r) => pool(funded("HBO").filter((l) => l.municipality.rmcRegion === r), share));
    this.woRegion = byRegion((r) => pool(funded("WO").filter((l) => l.municipality.rmcRegion === r), share));
    const national = (list: Location[]) => pool(list, share)!;
    this.rocNational = national(roc);
    this.vakNational = national(funded("VAKINSTELLING"));
    this.hboNational = national(funded("HBO"));
    this.woNational = national(funded("WO"));
    this.proNational = national(funded("PRO"));
    this.vsoNational = national(funded("VSO"));
    this.unfundedVo = national(locs.filter((l) => !l.institution.funded && l.institution.sectors.includes("VO")));
    this.unfundedMbo = national(locs.filter((l) => !l.institution.funded && l.institution.sectors.includes("MBO")));
  }

  private static draw(p: LocationPool, random: Random): number {
    return p.locations[random.pickCumulative(p.cumulative)]!;
  }

  vo(municipality: number, random: Random): number {
    const local = this.voLocal[municipality];
    if (local && random.chance(0.8)) return Schools.draw(local, random);
    const region = this.voRegion[municipality] ?? this.voLocal[municipality];
    return Schools.draw(region ?? this.rocNational, random);
  }

  /** Is this vo location near enough to keep going to it after a move to `municipality`? */
  sameRegion(location: number, municipality: number): boolean {
    return this.ref.municipalities[this.locMunicipality[location]!]!.rmcRegion === this.ref.municipalities[municipality]!.rmcRegion;
  }

  pro(municipality: number, random: Random): number {
    return Schools.draw(this.proRegion[municipality] ?? this.proNational, random);
  }

  vso(municipality: number, random: Random): number {
    return Schools.draw(this.vsoRegion[municipality] ?? this.vsoNational, random);
  }

  /** An mbo location: mostly the region's ROC (often in the own town), else an AOC, a vakinstelling or another ROC. */
  mbo(municipality: number, random: Random): number {
    const x = random.next();
    if (x < 0.8) {
      const local = this.rocLocal[municipality];
      if (local && random.chance(0.55)) return Schools.draw(local, random);
      return Schools.draw(this.rocRegion[municipality] ?? this.rocNational, random);
    }
    if (x < 0.89) {
      const aoc = this.aocRegion[municipality];
      if (aoc) return Schools.draw(aoc, random);
    }
    if (x < 0.95) return Schools.draw(this.vakNational, random);
    return Schools.draw(this.rocNational, random);
  }

  /** vavo is given by ROCs. */
  vavo(municipality: number, random: Random): number {
    return Schools.draw(this.rocRegion[municipality] ?? this.rocNational, random);
  }

  ho(municipality: number, wo: boolean, random: Random): number {
    const region = wo ? this.woRegion[municipality] : this.hboRegion[municipality];
    if (region && random.chance(wo ? 0.35 : 0.55)) return Schools.draw(region, random);
    return Schools.draw(wo ? this.woNational : this.hboNational, random);
  }

  unfunded(sector: "VO" | "MBO", random: Random): number {
    return Schools.draw(sector === "VO" ? this.unfundedVo : this.unfundedMbo, random);
  }

  isGreen(location: number): boolean {
    return this.locKind[location] === "AOC";
  }
}
