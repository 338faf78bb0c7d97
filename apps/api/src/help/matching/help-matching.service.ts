import { Inject, Injectable } from '@nestjs/common';
import {
  ContentModeration,
  effectivePostStatus,
  HelpPostKind,
  HelpPostStatus,
  TieKind,
} from '@village/shared';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../database/tokens';
import { GroupEntity } from '../../groups/group.entity';
import { findByIds } from '../../database/find';
import { bandBetweenCells, cellsAround, NEARBY_RADIUS_KM } from '../../neighbours/location-privacy';
import { PersonEntity } from '../../people/person.entity';
import { HelpPostEntity } from '../help-post.entity';
import { HelpService } from '../help.service';
import { notBlockedPostsSql } from '../../blocks/blocks';
import { candidateCategories, MatchTies, scoreMatch } from './help-match';
import type { HelpMatchModel } from './help-match.model';

/** The newest candidates looked at for one post; enough for a town's board within 10 km. */
const CANDIDATE_LIMIT = 300;

/**
 * Suggestions for a post's author: open posts of the other kind, in the same or a related category,
 * within 10 km (between area cells, so never more precise than the cells the posts already show),
 * weighed by scoreMatch. Only the author's side learns anything from its own ties; the other side's
 * private profile is never read (their post's own languages are used, not their profile's).
 */
@Injectable()
export class HelpMatchingService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly help: HelpService,
  ) {}

  /** `viewerPersonId`: who asks (the author, or an organiser of the post's group); blocks apply to them. */
  async matchesFor(
    postId: string,
    first: number,
    viewerPersonId: string,
    now = new Date(),
  ): Promise<HelpMatchModel[]> {
    const post = await this.help.get(postId);
    if (effectivePostStatus(post, now) !== HelpPostStatus.OPEN) return [];
    if (post.moderation !== ContentModeration.VISIBLE) return [];
    const { cells } = cellsAround(post.areaCell, NEARBY_RADIUS_KM);
    const query = this.dataSource
      .getRepository(HelpPostEntity)
      .createQueryBuilder('h')
      .where(`h.status = 'OPEN' AND (h.expires_at IS NULL OR h.expires_at > :now)`, { now })
      .andWhere('h.kind = :kind', {
        kind: post.kind === HelpPostKind.OFFER ? HelpPostKind.REQUEST : HelpPostKind.OFFER,
      })
      .andWhere('h.category IN (:...categories)', {
        categories: candidateCategories(post.category),
      })
      .andWhere('h.area_cell IN (:...cells)', { cells })
      .andWhere('h.moderation = :visible', { visible: ContentModeration.VISIBLE })
      .andWhere(notBlockedPostsSql('h', 'viewer'), { viewer: viewerPersonId })
      .orderBy('h.created_at', 'DESC')
      .limit(CANDIDATE_LIMIT);
    if (post.authorPersonId)
      query.andWhere('h.author_person_id IS DISTINCT FROM :me', { me: post.authorPersonId });
    else query.andWhere('h.author_group_id IS DISTINCT FROM :us', { us: post.authorGroupId });
    const candidates = await query.getMany();

    const groups = await findByIds(this.dataSource.manager, GroupEntity, [
      ...candidates.flatMap((c) => (c.authorGroupId ? [c.authorGroupId] : [])),
      ...(post.authorGroupId ? [post.authorGroupId] : []),
    ]);
    const groupLanguages = (id: string | null) => (id ? (groups.get(id)?.languages ?? []) : []);
    const ownLanguages = [
      ...post.languages,
      ...groupLanguages(post.authorGroupId),
      ...(await this.authorLanguages(post.authorPersonId)),
    ];
    const ties = await this.tiesFrom(post.authorPersonId, candidates);

    return candidates
      .map((candidate) => {
        const distance = bandBetweenCells(post.areaCell, candidate.areaCell);
        const { score, reasons } = scoreMatch(
          { category: post.category, slots: post.availabilitySlots, languages: ownLanguages },
          {
            category: candidate.category,
            slots: candidate.availabilitySlots,
            languages: [...candidate.languages, ...groupLanguages(candidate.authorGroupId)],
          },
          distance,
          ties?.get(candidate.id) ?? null,
        );
        return { post: candidate, score, distance, reasons };
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.post.createdAt.getTime() - a.post.createdAt.getTime() ||
          a.post.id.localeCompare(b.post.id),
      )
      .slice(0, first);
  }

  /** The author's own profile languages: theirs to use when they ask for their own matches. */
  private async authorLanguages(personId: string | null): Promise<string[]> {
    if (!personId) return [];
    const person = await this.dataSource.manager.findOneBy(PersonEntity, { id: personId });
    return person?.languages ?? [];
  }

  /**
   * Ties between the author and each candidate's author: already tied, tied through someone, or a
   * member of the candidate's group. One query for the whole list. Null for a post by a group: its
   * circle is not read, so nobody is called new (or known) to it. A tie either end hid (tie_hidden)
   * is never used: it is not social proof about anyone (docs/social-graph.md).
   */
  private async tiesFrom(
    personId: string | null,
    candidates: readonly HelpPostEntity[],
  ): Promise<Map<string, MatchTies> | null> {
    if (!personId) return null;
    if (candidates.length === 0) return new Map();
    const rows = await this.dataSource.query<
      {
        id: string;
        by_group: boolean;
        connected: boolean;
        friend_of_a_friend: boolean;
        member: boolean;
      }[]
    >(
      // The friend of a friend is never named: the reason says only that there is one, as before.
      `WITH friends AS (
         SELECT CASE WHEN t.from_person_id = $1 THEN t.to_person_id ELSE t.from_person_id END AS id
           FROM tie t
          WHERE t.kind = $3 AND (t.from_person_id = $1 OR t.to_person_id = $1)
            AND NOT EXISTS (SELECT 1 FROM tie_hidden x WHERE x.tie_id = t.id)
       ),
       live_friends AS (
         SELECT f.id FROM friends f JOIN person p ON p.id = f.id WHERE p.erased_at IS NULL
       )
       SELECT h.id,
              h.author_group_id IS NOT NULL AS by_group,
              EXISTS (SELECT 1 FROM friends f WHERE f.id = h.author_person_id) AS connected,
              EXISTS (SELECT 1 FROM tie t JOIN live_friends f
                        ON f.id IN (t.from_person_id, t.to_person_id)
                       WHERE t.kind = $3
                         AND h.author_person_id IN (t.from_person_id, t.to_person_id)
                         AND f.id <> h.author_person_id
                         AND NOT EXISTS (SELECT 1 FROM tie_hidden x WHERE x.tie_id = t.id))
                AS friend_of_a_friend,
              EXISTS (SELECT 1 FROM membership m
                       WHERE m.person_id = $1 AND m.group_id = h.author_group_id) AS member
         FROM help_post h WHERE h.id = ANY($2::uuid[])`,
      [personId, candidates.map((c) => c.id), TieKind.PERSON_PERSON],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          candidateAuthor: row.by_group ? 'GROUP' : 'PERSON',
          connected: row.connected,
          friendOfAFriend: row.friend_of_a_friend,
          memberOfTheirGroup: row.member,
        },
      ]),
    );
  }
}
