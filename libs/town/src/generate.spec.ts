import {
  GroupKind,
  MembershipRole,
  PREGNANCY_START_MONTHS,
  SpaceKind,
  TOWN_LANGUAGES,
  TieKind,
  TieProvenance,
  areaCellFor,
  isAreaCell,
  recurrenceRuleProblem,
} from '@village/shared';
import { gridDisk } from 'h3-js';
import { createHash } from 'node:crypto';
import { TOWN_TODAY } from './clock';
import { generateTown } from './generate';
import { copyChunks, copyStatement } from './load';
import { TOWN_TABLES, Town, TownTie } from './model';
import { Random } from './random';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function fingerprint(town: Town): string {
  const hash = createHash('sha256');
  for (const table of TOWN_TABLES) for (const chunk of copyChunks(town, table)) hash.update(chunk);
  return hash.digest('hex');
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

describe('generateTown', () => {
  let town: Town;
  beforeAll(() => {
    town = generateTown('S', 1);
  });

  describe('reproducibility', () => {
    it('gives byte-identical COPY output for the same size and seed', () => {
      expect(fingerprint(generateTown('S', 1))).toBe(fingerprint(town));
    });

    it('gives a different town for a different seed', () => {
      const other = generateTown('S', 2);
      expect(fingerprint(other)).not.toBe(fingerprint(town));
      expect(other.people[0]?.id).not.toBe(town.people[0]?.id);
    });
  });

  describe('size S', () => {
    it('has about 2,000 people in fewer households', () => {
      expect(town.people.length).toBeGreaterThanOrEqual(2_000);
      expect(town.people.length).toBeLessThan(2_010);
      expect(town.households.length).toBeGreaterThan(1_000);
      expect(town.households.length).toBeLessThan(town.people.length);
    });

    it('has enough groups, spaces, sessions and help posts for a demo', () => {
      expect(town.groups.length).toBeGreaterThanOrEqual(40);
      expect(town.groups.length).toBeLessThanOrEqual(60);
      expect(town.spaces.length).toBeGreaterThanOrEqual(60);
      expect(town.spaces.length).toBeLessThanOrEqual(100);
      expect(town.sessions.length).toBeGreaterThanOrEqual(100);
      expect(town.helpPosts.length).toBeGreaterThanOrEqual(140);
      expect(town.helpPosts.length).toBeLessThanOrEqual(200);
    });

    it('has every kind of group and space and every tie provenance', () => {
      expect(new Set(town.groups.map((g) => g.kind))).toEqual(new Set(Object.values(GroupKind)));
      expect(new Set(town.spaces.map((s) => s.kind))).toEqual(new Set(Object.values(SpaceKind)));
      expect(new Set(town.ties.map((t) => t.provenance))).toEqual(
        new Set(Object.values(TieProvenance)),
      );
    });

    it('uses well-formed UUIDs for every id', () => {
      const ids = [
        town.households,
        town.people,
        town.groups,
        town.spaces,
        town.sessions,
        town.memberships,
        town.helpPosts,
      ].flatMap((rows) => rows.map((row) => row.id));
      expect(ids.every((id) => UUID.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('people and households', () => {
    it('keeps homes only as valid resolution-8 area cells, the household cell for each person', () => {
      const householdCell = new Map(town.households.map((h) => [h.id, h.areaCell]));
      expect(town.households.every((h) => isAreaCell(h.areaCell))).toBe(true);
      expect(
        town.people.every(
          (p) => isAreaCell(p.areaCell) && householdCell.get(p.householdId) === p.areaCell,
        ),
      ).toBe(true);
    });

    it('never holds or writes coordinates for a person or household', () => {
      const coordinate = /lat|lng|lon/i;
      for (const row of [town.people[0], town.households[0]])
        expect(Object.keys(row ?? {}).filter((key) => coordinate.test(key))).toEqual([]);
      expect(copyStatement('person')).not.toMatch(coordinate);
      expect(copyStatement('household')).not.toMatch(coordinate);
    });

    it('names people by first name and initial', () => {
      expect(town.people.every((p) => /^\p{L}+ \p{Lu}\.$/u.test(p.displayName))).toBe(true);
    });

    it('records children as past birth months and due dates as coming months', () => {
      for (const household of town.households) {
        for (const month of household.childBirthMonths)
          expect(month < TOWN_TODAY && month.endsWith('-01')).toBe(true);
        if (household.dueMonth)
          expect(household.dueMonth > TOWN_TODAY && household.dueMonth.endsWith('-01')).toBe(true);
      }
      const withUnderFours = town.households.filter((h) =>
        h.childBirthMonths.some((month) => month >= '2022-12-01'),
      );
      expect(share(withUnderFours.length, town.households.length)).toBeGreaterThan(0.55);
      expect(
        share(town.households.filter((h) => h.dueMonth).length, town.households.length),
      ).toBeGreaterThan(0.1);
    });

    it('speaks the town languages in realistic shares, many people bilingual', () => {
      const speakers = (language: string) =>
        share(town.people.filter((p) => p.languages.includes(language)).length, town.people.length);
      expect(
        town.people.every(
          (p) =>
            p.languages.length > 0 &&
            p.languages.every((l) => (TOWN_LANGUAGES as readonly string[]).includes(l)),
        ),
      ).toBe(true);
      expect(speakers('en')).toBeGreaterThan(0.8);
      expect(speakers('en')).toBeLessThan(0.95);
      expect(speakers('ur')).toBeGreaterThan(0.1);
      expect(speakers('ur')).toBeLessThan(0.35);
      expect(speakers('pa')).toBeGreaterThan(0.05);
      expect(speakers('pa')).toBeLessThan(0.3);
      for (const language of ['pl', 'ro', 'sk', 'bn', 'ar']) {
        expect(speakers(language)).toBeGreaterThan(0.01);
        expect(speakers(language)).toBeLessThan(0.12);
      }
      const bilingual = share(
        town.people.filter((p) => p.languages.length > 1).length,
        town.people.length,
      );
      expect(bilingual).toBeGreaterThan(0.25);
      expect(bilingual).toBeLessThan(0.6);
    });

    it('clusters language communities in particular neighbourhoods', () => {
      const peopleByCell = new Map<string, string[][]>();
      for (const person of town.people)
        peopleByCell.set(person.areaCell, [
          ...(peopleByCell.get(person.areaCell) ?? []),
          person.languages,
        ]);
      for (const language of ['ur', 'pl']) {
        const speakers = town.people.filter((p) => p.languages.includes(language));
        const townShare = share(speakers.length, town.people.length);
        // How common the language is around its average speaker, against the town as a whole.
        const aroundSpeakers =
          speakers.reduce((sum, speaker) => {
            const cell = peopleByCell.get(speaker.areaCell) ?? [];
            return (
              sum +
              share(cell.filter((languages) => languages.includes(language)).length, cell.length)
            );
          }, 0) / speakers.length;
        expect(aroundSpeakers).toBeGreaterThan(1.8 * townShare);
      }
    });

    it('leaves about one household in six isolated: no group and at most one tie', () => {
      const members = new Set(town.memberships.map((m) => m.personId));
      const householdOf = new Map(town.people.map((p) => [p.id, p.householdId]));
      const tiesPerHousehold = new Map<string, number>();
      for (const tie of town.ties) {
        const households = new Set(
          [tie.fromPersonId, tie.toPersonId].flatMap((id) => (id ? [householdOf.get(id)] : [])),
        );
        for (const household of households)
          if (household)
            tiesPerHousehold.set(household, (tiesPerHousehold.get(household) ?? 0) + 1);
      }
      const joined = new Set(
        town.people.filter((p) => members.has(p.id)).map((p) => p.householdId),
      );
      const isolated = town.households.filter(
        (h) => !joined.has(h.id) && (tiesPerHousehold.get(h.id) ?? 0) <= 1,
      );
      expect(share(isolated.length, town.households.length)).toBeGreaterThanOrEqual(0.15);
      expect(share(isolated.length, town.households.length)).toBeLessThanOrEqual(0.2);
    });
  });

  describe('groups, spaces and sessions', () => {
    it('gives every group a unique kebab-case slug', () => {
      const slugs = town.groups.map((g) => g.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(slugs.every((slug) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))).toBe(true);
    });

    it('gives every group one to three organisers and each person one membership per group', () => {
      const pairs = town.memberships.map((m) => `${m.personId}|${m.groupId}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const group of town.groups) {
        const organisers = town.memberships.filter(
          (m) => m.groupId === group.id && m.role === MembershipRole.ORGANISER,
        ).length;
        expect(organisers).toBeGreaterThanOrEqual(1);
        expect(organisers).toBeLessThanOrEqual(3);
      }
    });

    it('places spaces inside the town with plausible postcodes and opening hours', () => {
      for (const space of town.spaces) {
        expect(Math.abs(space.latitude - 53.79)).toBeLessThan(0.075);
        expect(Math.abs(space.longitude + 1.75)).toBeLessThan(0.12);
        expect(space.postcode).toMatch(/^BD\d{1,2} \d[A-Z]{2}$/);
        expect(space.openingHours.length).toBeGreaterThan(0);
        for (const period of space.openingHours) expect(period.opens < period.closes).toBe(true);
      }
      expect(new Set(town.spaces.map((s) => s.name)).size).toBe(town.spaces.length);
    });

    it('runs every session weekly or fortnightly at a real space, within its opening hours', () => {
      const groupIds = new Set(town.groups.map((g) => g.id));
      const spaces = new Map(town.spaces.map((s) => [s.id, s]));
      for (const session of town.sessions) {
        expect(groupIds.has(session.groupId)).toBe(true);
        const space = spaces.get(session.spaceId);
        expect(space).toBeDefined();
        expect(recurrenceRuleProblem(session.recurrence)).toBeNull();
        const day = /^FREQ=WEEKLY;(?:INTERVAL=2;)?BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/.exec(
          session.recurrence,
        )?.[1];
        expect(day).toBeDefined();
        const weekday = RRULE_DAYS.indexOf(day ?? '') + 1;
        expect(isoWeekday(session.startDate)).toBe(weekday);
        expect(session.startDate.startsWith('2026-') && session.startDate < TOWN_TODAY).toBe(true);
        expect(session.startTime).toMatch(/^\d{2}:\d{2}$/);
        const [hours = 0, minutes = 0] = session.startTime.split(':').map(Number);
        const end = hours * 60 + minutes + session.durationMinutes;
        const endTime = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
        const open = space?.openingHours.find((p) => p.weekday === weekday);
        expect(open && open.opens <= session.startTime && endTime <= open.closes).toBe(true);
        expect(session.minAgeMonths).toBeGreaterThanOrEqual(PREGNANCY_START_MONTHS);
        expect(session.minAgeMonths).toBeLessThan(session.maxAgeMonths);
        expect(
          session.languages.every((l) => (TOWN_LANGUAGES as readonly string[]).includes(l)),
        ).toBe(true);
        expect(session.costPence).toBeGreaterThanOrEqual(0);
      }
      expect(
        share(town.sessions.filter((s) => s.costPence === 0).length, town.sessions.length),
      ).toBeGreaterThan(0.6);
      expect(town.sessions.some((s) => s.languages.some((l) => l !== 'en'))).toBe(true);
    });
  });

  describe('help posts', () => {
    it('has exactly one author and the area cell of that author or of a space the group meets at', () => {
      const personCell = new Map(town.people.map((p) => [p.id, p.areaCell]));
      const spaceCell = new Map(
        town.spaces.map((s) => [s.id, areaCellFor(s.latitude, s.longitude)]),
      );
      const groupCells = new Map<string, Set<string>>();
      for (const tie of town.ties) {
        if (tie.provenance !== TieProvenance.MEETS_AT || !tie.fromGroupId || !tie.toSpaceId)
          continue;
        groupCells.set(
          tie.fromGroupId,
          (groupCells.get(tie.fromGroupId) ?? new Set()).add(spaceCell.get(tie.toSpaceId) ?? ''),
        );
      }
      for (const post of town.helpPosts) {
        expect((post.authorPersonId === null) !== (post.authorGroupId === null)).toBe(true);
        expect(isAreaCell(post.areaCell)).toBe(true);
        if (post.authorPersonId) expect(post.areaCell).toBe(personCell.get(post.authorPersonId));
        if (post.authorGroupId)
          expect(groupCells.get(post.authorGroupId)?.has(post.areaCell)).toBe(true);
      }
      expect(
        share(town.helpPosts.filter((p) => p.status === 'OPEN').length, town.helpPosts.length),
      ).toBeGreaterThan(0.5);
    });
  });

  describe('ties', () => {
    it('sets exactly the endpoint columns its kind allows, pointing at real rows', () => {
      const ids = {
        person: new Set(town.people.map((p) => p.id)),
        group: new Set(town.groups.map((g) => g.id)),
        space: new Set(town.spaces.map((s) => s.id)),
      };
      const expected: Record<TieKind, (keyof TownTie)[]> = {
        [TieKind.PERSON_PERSON]: ['fromPersonId', 'toPersonId'],
        [TieKind.PERSON_GROUP]: ['fromPersonId', 'toGroupId'],
        [TieKind.GROUP_GROUP]: ['fromGroupId', 'toGroupId'],
        [TieKind.GROUP_SPACE]: ['fromGroupId', 'toSpaceId'],
      };
      const endpoints = [
        'fromPersonId',
        'fromGroupId',
        'toPersonId',
        'toGroupId',
        'toSpaceId',
      ] as const;
      const twoYearsAgo = '2024-11-22';
      // Collect every broken tie rather than asserting 18,000 times, so the failure message shows them.
      const broken = town.ties.filter(
        (tie) =>
          endpoints.some(
            (column) => (tie[column] !== null) !== expected[tie.kind].includes(column),
          ) ||
          (tie.fromPersonId !== null && !ids.person.has(tie.fromPersonId)) ||
          (tie.toPersonId !== null && !ids.person.has(tie.toPersonId)) ||
          (tie.fromGroupId !== null && !ids.group.has(tie.fromGroupId)) ||
          (tie.toGroupId !== null && !ids.group.has(tie.toGroupId)) ||
          (tie.toSpaceId !== null && !ids.space.has(tie.toSpaceId)) ||
          (tie.fromPersonId !== null && tie.fromPersonId === tie.toPersonId) ||
          !(tie.strength > 0 && tie.strength <= 1) ||
          !(
            tie.firstSeenAt <= tie.lastSeenAt &&
            tie.firstSeenAt >= twoYearsAgo &&
            tie.lastSeenAt < `${TOWN_TODAY}T`
          ),
      );
      expect(broken).toEqual([]);
    });

    it('mirrors memberships as PERSON_GROUP ties and sessions as MEETS_AT ties', () => {
      const membershipTies = town.ties
        .filter((t) => t.provenance === TieProvenance.MEMBERSHIP)
        .map((t) => `${t.fromPersonId}|${t.toGroupId}`);
      expect(new Set(membershipTies)).toEqual(
        new Set(town.memberships.map((m) => `${m.personId}|${m.groupId}`)),
      );
      const meetsAt = town.ties
        .filter((t) => t.provenance === TieProvenance.MEETS_AT)
        .map((t) => `${t.fromGroupId}|${t.toSpaceId}`);
      expect(new Set(meetsAt)).toEqual(
        new Set(town.sessions.map((s) => `${s.groupId}|${s.spaceId}`)),
      );
      expect(meetsAt.length).toBe(new Set(meetsAt).size);
    });

    it('clusters person ties by place and language far more than random pairs would', () => {
      const people = new Map(town.people.map((p) => [p.id, p]));
      const near = (a: string, b: string) => a === b || gridDisk(a, 1).includes(b);
      const related = (aId: string, bId: string) => {
        const a = people.get(aId);
        const b = people.get(bId);
        if (!a || !b) return false;
        const sharedCommunityLanguage = a.languages.some(
          (l) => l !== 'en' && b.languages.includes(l),
        );
        return near(a.areaCell, b.areaCell) || sharedCommunityLanguage;
      };
      const personTies = town.ties.filter(
        (t) => t.kind === TieKind.PERSON_PERSON && t.provenance !== TieProvenance.HOUSEHOLD,
      );
      const tied = share(
        personTies.filter((t) => related(t.fromPersonId ?? '', t.toPersonId ?? '')).length,
        personTies.length,
      );

      const random = new Random(99, 'baseline');
      let randomlyRelated = 0;
      for (let i = 0; i < 3_000; i++)
        if (related(random.pick(town.people).id, random.pick(town.people).id)) randomlyRelated++;
      const baseline = randomlyRelated / 3_000;

      expect(tied).toBeGreaterThan(0.55);
      expect(tied).toBeGreaterThan(3 * baseline);
    });
  });

  describe('COPY output', () => {
    it('writes one line per row with one field per column for every table', () => {
      for (const table of TOWN_TABLES) {
        const columns = (/\(([^)]*)\)/.exec(copyStatement(table))?.[1] ?? '').split(', ').length;
        const lines = [...copyChunks(town, table)].join('').split('\n').slice(0, -1);
        expect(lines.every((line) => line.split('\t').length === columns)).toBe(true);
      }
      expect([...copyChunks(town, 'tie')].join('').split('\n').length - 1).toBe(town.ties.length);
    });
  });
});
