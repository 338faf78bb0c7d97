import { Inject, Injectable } from '@nestjs/common';
import { ConsentKind } from '@village/shared';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import type { HouseholdEntity } from '../people/household.entity';
import { PersonEntity } from '../people/person.entity';
import { toPersonModel } from '../people/person.model';
import type { NearbyParentsArgs, NearInput } from './dto/nearby-parents.args';
import { lifeStageBandsOf, lifeStageFilter } from './life-stage-band';
import { cellsAround, DISTANCE_BANDS, originCellOf, SearchOrigin } from './location-privacy';
import type { NearbyParentModel, NearbyParentPage } from './nearby-parent.model';
import { decodeNearbyCursor, encodeNearbyCursor } from './nearby-cursor';
import { SearchOriginLimiter } from './search-origin-limiter';
import { SearchProfileStore } from './search-profile-store';

/** A household's life stage as text (node-postgres would make Dates of a date array). */
type LifeStageRow = Pick<HouseholdEntity, 'dueMonth' | 'childBirthMonths'>;
const LIFE_STAGE_COLUMNS = `to_char(h.due_month, 'YYYY-MM-DD') AS "dueMonth",
  ARRAY(SELECT to_char(m, 'YYYY-MM-DD') FROM unnest(h.child_birth_months) m) AS "childBirthMonths"`;

interface SearcherRow {
  id: string;
  languages: string[];
  householdId: string | null;
}

interface MatchRow {
  id: string;
  rank: number;
  displayName: string;
}

function searchOrigin(near: NearInput): SearchOrigin {
  const { point, areaCell } = near;
  if (point && !areaCell) return point;
  if (areaCell && !point) return { areaCell };
  throw badInput('Search from a point or from an area cell: give one of them.', 'near');
}

/**
 * Finds parents nearby at the same life stage, for a signed-in parent.
 *
 * Only people who chose to be findable this way (a FINDABLE_BY_NEARBY_PARENTS consent in force)
 * are listed, and what a searcher learns is exactly what that consent covers: a name, whether we
 * share a language (never which), that we are at a similar stage, and a distance band. The
 * searcher's side of the comparison is their search profile (search-profile.ts), which follows
 * their own profile at most twice a day, so they cannot read anyone's languages or stages by
 * editing their own. A search is not a read of anyone's private data and writes no audit event per
 * result; the Person's private fields keep their own policies (and audit) if a searcher asks.
 */
@Injectable()
export class NeighboursService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly origins: SearchOriginLimiter,
    private readonly searchProfiles: SearchProfileStore,
  ) {}

  async nearbyParents(
    viewer: Viewer,
    args: NearbyParentsArgs,
    now = new Date(),
  ): Promise<NearbyParentPage> {
    // Snap first: from here on only the origin's cell exists.
    const originCell = originCellOf(searchOrigin(args.near));
    const after = args.after ? decodeNearbyCursor(args.after) : null;

    const [me] = await this.dataSource.query<(LifeStageRow & SearcherRow)[]>(
      `SELECT p.id, p.languages, h.id AS "householdId", ${LIFE_STAGE_COLUMNS}
         FROM person p LEFT JOIN household h ON h.id = p.household_id
        WHERE p.id = $1`,
      [viewer.personId],
    );
    if (!me) throw new Error('the viewer has no person');
    const compared = await this.searchProfiles.current(
      viewer.accountId,
      { languages: me.languages, dueMonth: me.dueMonth, childBirthMonths: me.childBirthMonths },
      now,
    );
    const myBands = lifeStageBandsOf(compared, now);
    if (myBands.length === 0)
      throw badInput(
        'Finding parents nearby works by life stage: add your due month or a child under 4 to your profile first.',
        'lifeStage',
      );

    await this.origins.admit(viewer.accountId, originCell);

    const { cells, ranks } = cellsAround(originCell);
    const stage = lifeStageFilter(myBands, now);
    const params: unknown[] = [
      cells,
      ranks,
      me.id,
      me.householdId,
      ConsentKind.FINDABLE_BY_NEARBY_PARENTS,
      stage.expecting,
      stage.dueFrom,
      stage.birthMonths,
      args.first + 1,
    ];
    let seek = '';
    if (after) {
      params.push(after.rank, after.name, after.id);
      seek = `AND (b.rank, p.display_name, p.id) > ($10::int, $11::text, $12::uuid)`;
    }
    // Cells within reach come from h3 (cellsAround), so the database matches area cells on their
    // index and never sees a coordinate.
    const rows = await this.dataSource.query<MatchRow[]>(
      `SELECT p.id, b.rank, p.display_name AS "displayName"
         FROM unnest($1::text[], $2::int[]) AS b(cell, rank)
         JOIN person p ON p.area_cell = b.cell
         JOIN household h ON h.id = p.household_id
        WHERE p.erased_at IS NULL
          AND p.id <> $3
          AND p.household_id IS DISTINCT FROM $4
          AND EXISTS (SELECT 1 FROM consent c
                       WHERE c.person_id = p.id AND c.kind = $5 AND c.withdrawn_at IS NULL)
          AND (($6::boolean AND h.due_month >= $7::date) OR h.child_birth_months && $8::date[])
          ${seek}
        ORDER BY b.rank, p.display_name, p.id
        LIMIT $9`,
      params,
    );
    const page = rows.slice(0, args.first);
    const people =
      page.length === 0
        ? []
        : await this.dataSource.manager.findBy(PersonEntity, { id: In(page.map((row) => row.id)) });
    const byId = new Map(people.map((person) => [person.id, person]));
    const edges = page.flatMap((row) => {
      const person = byId.get(row.id);
      if (!person) return []; // erased between the two queries
      const node: NearbyParentModel = {
        person: toPersonModel(person),
        sharesALanguage: compared.languages.some((language) => person.languages.includes(language)),
        distance: DISTANCE_BANDS[row.rank]!,
      };
      return [
        { cursor: encodeNearbyCursor({ rank: row.rank, name: row.displayName, id: row.id }), node },
      ];
    });
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      profileAsOf: compared.takenAt,
    };
  }
}
