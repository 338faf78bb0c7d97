"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Neighbourhood = exports.TieBook = void 0;
const shared_1 = require("@village/shared");
const clock_1 = require("./clock");
const geography_1 = require("./geography");
const PROVENANCES = Object.values(shared_1.TieProvenance);
/** Reasons that hold from the moment both ends exist, rather than being noticed some time later. */
const KNOWN_FROM_THE_START = new Set([
    shared_1.TieProvenance.HOUSEHOLD,
    shared_1.TieProvenance.MEMBERSHIP,
    shared_1.TieProvenance.MEETS_AT,
]);
/**
 * Collects ties as the phases find them, never the same pair twice for the same reason, and gives
 * each one believable timing: first seen after both ends existed, last seen mostly recently, with
 * strength fading for ties not renewed in a while.
 */
class TieBook {
    random;
    peopleCount;
    ties = [];
    personPairs = new Set();
    otherPairs = new Set();
    constructor(random, peopleCount) {
        this.random = random;
        this.peopleCount = peopleCount;
    }
    /** Links two people; false when they are the same person or already tied for this reason. */
    linkPeople(a, b, provenance, evidence, sinceMs = Math.max(a.createdMs, b.createdMs)) {
        if (a.index === b.index)
            return false;
        const [low, high] = a.index < b.index ? [a.index, b.index] : [b.index, a.index];
        const key = (low * this.peopleCount + high) * PROVENANCES.length + PROVENANCES.indexOf(provenance);
        if (this.personPairs.has(key))
            return false;
        this.personPairs.add(key);
        this.push(shared_1.TieKind.PERSON_PERSON, provenance, evidence, sinceMs, {
            fromPersonId: a.person.id,
            toPersonId: b.person.id,
        });
        return true;
    }
    linkPersonToGroup(resident, organisation, provenance, evidence, sinceMs) {
        if (!this.firstTime(`${provenance}|${resident.index}|g${organisation.index}`))
            return false;
        this.push(shared_1.TieKind.PERSON_GROUP, provenance, evidence, sinceMs, {
            fromPersonId: resident.person.id,
            toGroupId: organisation.group.id,
        });
        return true;
    }
    linkGroups(a, b, provenance, evidence) {
        const [low, high] = a.index < b.index ? [a, b] : [b, a];
        if (a.index === b.index || !this.firstTime(`${provenance}|g${low.index}|g${high.index}`))
            return false;
        this.push(shared_1.TieKind.GROUP_GROUP, provenance, evidence, Math.max(a.createdMs, b.createdMs), {
            fromGroupId: low.group.id,
            toGroupId: high.group.id,
        });
        return true;
    }
    linkGroupToSpace(organisation, venue, provenance, evidence) {
        if (!this.firstTime(`${provenance}|g${organisation.index}|s${venue.index}`))
            return false;
        const sinceMs = Math.max(organisation.createdMs, Date.parse(venue.space.createdAt));
        this.push(shared_1.TieKind.GROUP_SPACE, provenance, evidence, sinceMs, {
            fromGroupId: organisation.group.id,
            toSpaceId: venue.space.id,
        });
        return true;
    }
    firstTime(key) {
        if (this.otherPairs.has(key))
            return false;
        this.otherPairs.add(key);
        return true;
    }
    /**
     * `evidence` in (0, 1] is how strong the reason is (a shared home beats a shared street); the
     * stored strength also decays with the months since the tie was last seen.
     */
    push(kind, provenance, evidence, sinceMs, ends) {
        const random = this.random;
        const since = Math.min(sinceMs, clock_1.TODAY_MS - clock_1.DAY_MS);
        const firstMs = KNOWN_FROM_THE_START.has(provenance)
            ? since
            : since + (clock_1.TODAY_MS - since) * random.next() * 0.9;
        const lastMs = clock_1.TODAY_MS - (clock_1.TODAY_MS - firstMs) * random.next() ** 2;
        const recency = 0.5 + 0.5 * Math.exp(-(clock_1.TODAY_MS - lastMs) / (120 * clock_1.DAY_MS));
        const strength = Math.min(1, Math.max(0.01, Math.round(evidence * recency * random.between(0.85, 1.15) * 1000) / 1000));
        this.ties.push({
            kind,
            provenance,
            strength,
            fromPersonId: ends.fromPersonId ?? null,
            fromGroupId: ends.fromGroupId ?? null,
            toPersonId: ends.toPersonId ?? null,
            toGroupId: ends.toGroupId ?? null,
            toSpaceId: ends.toSpaceId ?? null,
            firstSeenAt: (0, clock_1.timestamp)(firstMs),
            lastSeenAt: (0, clock_1.timestamp)(lastMs),
        });
    }
}
exports.TieBook = TieBook;
/** Where the connected (non-isolated) residents live, for finding someone nearby. */
class Neighbourhood {
    residents;
    byCell = new Map();
    cells = new geography_1.CellNeighbourhoods();
    constructor(residents) {
        this.residents = residents;
        for (const resident of residents) {
            if (resident.isolated)
                continue;
            const list = this.byCell.get(resident.person.areaCell);
            if (list)
                list.push(resident.index);
            else
                this.byCell.set(resident.person.areaCell, [resident.index]);
        }
    }
    /** A connected resident in the same cell or one next to it, or null when there is none. */
    near(random, cell, sameCellChance = 0.6) {
        const pool = random.chance(sameCellChance)
            ? this.byCell.get(cell)
            : this.byCell.get(random.pick(this.cells.around(cell)));
        return pool && pool.length > 0 ? (this.residents[random.pick(pool)] ?? null) : null;
    }
}
exports.Neighbourhood = Neighbourhood;
