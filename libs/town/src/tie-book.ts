import { TieKind, TieProvenance } from '@village/shared';
import { DAY_MS, TODAY_MS, timestamp } from './clock';
import { CellNeighbourhoods } from './geography';
import type { Organisation } from './groups';
import type { TownTie } from './model';
import type { Resident } from './people';
import type { Random } from './random';
import type { Venue } from './spaces';

const PROVENANCES = Object.values(TieProvenance);
/** Reasons that hold from the moment both ends exist, rather than being noticed some time later. */
const KNOWN_FROM_THE_START = new Set([
  TieProvenance.HOUSEHOLD,
  TieProvenance.MEMBERSHIP,
  TieProvenance.MEETS_AT,
]);

/**
 * Collects ties as the phases find them, never the same pair twice for the same reason, and gives
 * each one believable timing: first seen after both ends existed, last seen mostly recently, with
 * strength fading for ties not renewed in a while.
 */
export class TieBook {
  readonly ties: TownTie[] = [];
  private readonly personPairs = new Set<number>();
  private readonly otherPairs = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly peopleCount: number,
  ) {}

  /** Links two people; false when they are the same person or already tied for this reason. */
  linkPeople(
    a: Resident,
    b: Resident,
    provenance: TieProvenance,
    evidence: number,
    sinceMs = Math.max(a.createdMs, b.createdMs),
  ): boolean {
    if (a.index === b.index) return false;
    const [low, high] = a.index < b.index ? [a.index, b.index] : [b.index, a.index];
    const key =
      (low * this.peopleCount + high) * PROVENANCES.length + PROVENANCES.indexOf(provenance);
    if (this.personPairs.has(key)) return false;
    this.personPairs.add(key);
    this.push(TieKind.PERSON_PERSON, provenance, evidence, sinceMs, {
      fromPersonId: a.person.id,
      toPersonId: b.person.id,
    });
    return true;
  }

  linkPersonToGroup(
    resident: Resident,
    organisation: Organisation,
    provenance: TieProvenance,
    evidence: number,
    sinceMs: number,
  ): boolean {
    if (!this.firstTime(`${provenance}|${resident.index}|g${organisation.index}`)) return false;
    this.push(TieKind.PERSON_GROUP, provenance, evidence, sinceMs, {
      fromPersonId: resident.person.id,
      toGroupId: organisation.group.id,
    });
    return true;
  }

  linkGroups(
    a: Organisation,
    b: Organisation,
    provenance: TieProvenance,
    evidence: number,
  ): boolean {
    const [low, high] = a.index < b.index ? [a, b] : [b, a];
    if (a.index === b.index || !this.firstTime(`${provenance}|g${low.index}|g${high.index}`))
      return false;
    this.push(TieKind.GROUP_GROUP, provenance, evidence, Math.max(a.createdMs, b.createdMs), {
      fromGroupId: low.group.id,
      toGroupId: high.group.id,
    });
    return true;
  }

  linkGroupToSpace(
    organisation: Organisation,
    venue: Venue,
    provenance: TieProvenance,
    evidence: number,
  ): boolean {
    if (!this.firstTime(`${provenance}|g${organisation.index}|s${venue.index}`)) return false;
    const sinceMs = Math.max(organisation.createdMs, Date.parse(venue.space.createdAt));
    this.push(TieKind.GROUP_SPACE, provenance, evidence, sinceMs, {
      fromGroupId: organisation.group.id,
      toSpaceId: venue.space.id,
    });
    return true;
  }

  private firstTime(key: string): boolean {
    if (this.otherPairs.has(key)) return false;
    this.otherPairs.add(key);
    return true;
  }

  /**
   * `evidence` in (0, 1] is how strong the reason is (a shared home beats a shared street); the
   * stored strength also decays with the months since the tie was last seen.
   */
  private push(
    kind: TieKind,
    provenance: TieProvenance,
    evidence: number,
    sinceMs: number,
    ends: Partial<
      Pick<TownTie, 'fromPersonId' | 'fromGroupId' | 'toPersonId' | 'toGroupId' | 'toSpaceId'>
    >,
  ): void {
    const random = this.random;
    const since = Math.min(sinceMs, TODAY_MS - DAY_MS);
    const firstMs = KNOWN_FROM_THE_START.has(provenance)
      ? since
      : since + (TODAY_MS - since) * random.next() * 0.9;
    const lastMs = TODAY_MS - (TODAY_MS - firstMs) * random.next() ** 2;
    const recency = 0.5 + 0.5 * Math.exp(-(TODAY_MS - lastMs) / (120 * DAY_MS));
    const strength = Math.min(
      1,
      Math.max(0.01, Math.round(evidence * recency * random.between(0.85, 1.15) * 1000) / 1000),
    );
    this.ties.push({
      kind,
      provenance,
      strength,
      fromPersonId: ends.fromPersonId ?? null,
      fromGroupId: ends.fromGroupId ?? null,
      toPersonId: ends.toPersonId ?? null,
      toGroupId: ends.toGroupId ?? null,
      toSpaceId: ends.toSpaceId ?? null,
      firstSeenAt: timestamp(firstMs),
      lastSeenAt: timestamp(lastMs),
    });
  }
}

/** Where the connected (non-isolated) residents live, for finding someone nearby. */
export class Neighbourhood {
  private readonly byCell = new Map<string, number[]>();
  private readonly cells = new CellNeighbourhoods();

  constructor(private readonly residents: readonly Resident[]) {
    for (const resident of residents) {
      if (resident.isolated) continue;
      const list = this.byCell.get(resident.person.areaCell);
      if (list) list.push(resident.index);
      else this.byCell.set(resident.person.areaCell, [resident.index]);
    }
  }

  /** A connected resident in the same cell or one next to it, or null when there is none. */
  near(random: Random, cell: string, sameCellChance = 0.6): Resident | null {
    const pool = random.chance(sameCellChance)
      ? this.byCell.get(cell)
      : this.byCell.get(random.pick(this.cells.around(cell)));
    return pool && pool.length > 0 ? (this.residents[random.pick(pool)] ?? null) : null;
  }
}
