/**
 * The shapes the social-graph engine takes in and gives back. Framework-free: the API's analytics
 * job streams rows from PostgreSQL into these, and the command line reads them from CSV.
 */

/**
 * An undirected weighted graph in compressed sparse row form. Node `v`'s neighbours are
 * `targets[offsets[v]] … targets[offsets[v + 1] - 1]`, each edge stored once from each end, with
 * parallel edges merged (weights summed, the strongest kind kept) and self-loops dropped.
 */
export interface CsrGraph {
  readonly nodeCount: number;
  /** Undirected edges: half the length of `targets`. */
  readonly edgeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float32Array;
  /** The edge's kind as an index into the caller's list of kinds (0 when none was given). */
  readonly kinds: Uint8Array;
}

/** What a node of the town's graph is. Groups are nodes too: membership is a person–group edge. */
export type NodeType = 'PERSON' | 'GROUP';

/** Why a tie exists, as the analytics job reads it (the API's tie provenance). */
export type TieSource =
  | 'HOUSEHOLD'
  | 'NEIGHBOURS'
  | 'SHARED_LANGUAGE'
  | 'CO_ATTENDANCE'
  | 'EXCHANGED_HELP'
  | 'INTRODUCED'
  | 'MEMBERSHIP'
  | 'PARTNERSHIP'
  | 'MEETS_AT';

/** A person of the town as the analysis needs them; nothing more precise than an area cell. */
export interface PersonAttributes {
  key: string;
  householdKey: string;
  /** H3 resolution-8 cell of the household, or null when unknown. */
  areaCell: string | null;
  languages: readonly string[];
  /** Keys of the groups they are a member of (any role). */
  groups: readonly string[];
  /** Organises at least one group, or is a vetted community worker: one end of a linking tie. */
  holdsPower: boolean;
  /** Fulfilled exchanges in which they gave help, and in which they received it. */
  helpGiven: number;
  helpReceived: number;
  /** Newest evidence of meaningful contact (co-attendance, exchange, introduction), ISO 8601, or null. */
  lastContactAt: string | null;
}

export interface GroupAttributes {
  key: string;
  languages: readonly string[];
}

/**
 * One tie as stored: its two ends (person or group keys), the strength its evidence gave it, and when
 * it was last seen. The engine applies the fading (see `tieWeight`) for the analysis time.
 */
export interface TieRecord {
  from: string;
  to: string;
  source: TieSource;
  strength: number;
  /** ISO 8601, or milliseconds since the epoch (what a database reader has without formatting). */
  lastSeenAt: string | number;
}

/** How a tie between two people crosses (or doesn't) the lines that social capital is about. */
export type TieReach = 'BONDING' | 'BRIDGING' | 'LINKING';

export interface PersonMeasures {
  key: string;
  /** Person–person ties whose faded weight is at least the active threshold. */
  activeTies: number;
  /** Sum of the faded weights of all their ties (people and groups). */
  weightedDegree: number;
  /** People reached in one hop, and in one or two hops, through active ties. */
  egoOneHop: number;
  egoTwoHop: number;
  groups: number;
  helpGiven: number;
  helpReceived: number;
  community: number;
  bondingTies: number;
  bridgingTies: number;
  linkingTies: number;
  /** Normalised betweenness, estimated by sampling sources unless the run asked for exact. */
  betweenness: number;
  /** Burt's effective size of their ego network. */
  effectiveSize: number;
}

export type ConnectednessFactor =
  'FEW_ACTIVE_TIES' | 'NO_GROUP' | 'NO_RECENT_CONTACT' | 'LANGUAGE_ISOLATION' | 'NO_LINKING_TIE';

export interface HouseholdConnectedness {
  householdKey: string;
  /** The factors that apply, in the order above; none means well connected. */
  factors: ConnectednessFactor[];
}

/** Aggregates over a set of people (an area cell, a group, the town). */
export interface Aggregate {
  people: number;
  shareWithoutActiveTie: number;
  medianActiveTies: number;
  shareWithBridgingTie: number;
  shareWithLinkingTie: number;
  /** Share of households (of those people) with three or more connectedness factors. */
  shareOfHouseholdsIsolated: number;
}

/** How many of a group's members are in one community (Louvain) of the same analysis. */
export interface GroupCommunity {
  community: number;
  people: number;
}

export interface TownAnalysis {
  /** When the fading was worked out for (ISO 8601). */
  at: string;
  people: PersonMeasures[];
  households: HouseholdConnectedness[];
  areas: (Aggregate & { areaCell: string })[];
  /** Each group's aggregates and its members by community (communities with members only, in order). */
  groups: (Aggregate & { key: string; communities: GroupCommunity[] })[];
  town: Aggregate & { communities: number; modularity: number };
  /** Ties skipped because an end is neither a known person nor a known group, or a field was unreadable. */
  ignoredTies?: number;
  /** People whose key had already been seen (the first one counts). */
  duplicatePeople?: number;
}
