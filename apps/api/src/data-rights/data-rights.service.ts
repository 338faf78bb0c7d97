import { Inject, Injectable } from '@nestjs/common';
import { ExchangeStatus, HelpPostStatus } from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { cancelExchanges, lockPost, settlePosts } from '../help/help-post-moves';
import { HelpPostEntity } from '../help/help-post.entity';
import { statusEvents } from '../help/help.service';
import type { Viewer } from '../access/viewer';
import { AuditLog } from '../audit/audit-log';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import { GoingService } from '../going/going.service';
import { AccountEntity } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { transactAndPublish } from '../realtime/event-log';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { lifeStageOf } from '../people/person.model';
import { HouseholdEntity } from '../people/household.entity';
import { PersonEntity } from '../people/person.entity';
import { TiesRepository } from '../ties/ties.repository';

/** What an erased person's row says from then on, in others' history. */
export const ERASED_NAME = 'Former member';

/** Download everything about me; erase my account without breaking anyone else's history. */
@Injectable()
export class DataRightsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly identity: IdentityService,
    private readonly going: GoingService,
  ) {}

  /** Everything Village holds about the viewer, as one JSON document (read in one snapshot). */
  async export(viewer: Viewer): Promise<Record<string, unknown>> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const me = viewer.personId;
      const rows = (sql: string) => manager.query<Record<string, unknown>[]>(sql, [me]);
      const person = await manager.findOneByOrFail(PersonEntity, { id: me });
      const account = await manager.findOneByOrFail(AccountEntity, { personId: me });
      const household = person.householdId
        ? await manager.findOneBy(HouseholdEntity, { id: person.householdId })
        : null;
      const document = {
        format: 'village-personal-data/1',
        exportedAt: new Date().toISOString(),
        account: { email: account.email, roles: account.roles, createdAt: account.createdAt },
        profile: {
          displayName: person.displayName,
          areaCell: person.areaCell,
          languages: person.languages,
          canOffer: person.canOffer,
          wouldLike: person.wouldLike,
          suitableWeekdays: person.suitableWeekdays,
          lifeStage: lifeStageOf(household),
          helpGiven: person.helpGiven,
          helpReceived: person.helpReceived,
          createdAt: person.createdAt,
        },
        memberships: await rows(
          `SELECT g.name AS group, m.role, m.joined_at AS "joinedAt"
             FROM membership m JOIN village_group g ON g.id = m.group_id
            WHERE m.person_id = $1 ORDER BY m.joined_at`,
        ),
        consents: await rows(
          `SELECT c.kind, g.name AS organisation, c.purpose, c.given_at AS "givenAt",
                  c.withdrawn_at AS "withdrawnAt"
             FROM consent c LEFT JOIN village_group g ON g.id = c.organisation_id
            WHERE c.person_id = $1 ORDER BY c.given_at`,
        ),
        helpPosts: await rows(
          `SELECT kind, category, title, description, availability, area_cell AS "areaCell",
                  status, created_at AS "createdAt", expires_at AS "expiresAt"
             FROM help_post WHERE author_person_id = $1 ORDER BY created_at`,
        ),
        // Exchanges I took part in as myself (a group's are the group's), with my own words in them;
        // the other side's messages are theirs, and feedback is kept without names.
        exchanges: await rows(
          `SELECT e.id, h.title AS "helpPost", e.status,
                  CASE WHEN e.responder_person_id = $1 THEN 'RESPONDER' ELSE 'POST' END AS side,
                  e.created_at AS "createdAt", e.fulfilled_at AS "fulfilledAt",
                  e.cancelled_at AS "cancelledAt"
             FROM exchange e JOIN help_post h ON h.id = e.help_post_id
            WHERE e.responder_person_id = $1 OR h.author_person_id = $1 ORDER BY e.created_at`,
        ),
        exchangeMessages: await rows(
          `SELECT exchange_id AS exchange, body, created_at AS "sentAt"
             FROM exchange_message WHERE author_person_id = $1 ORDER BY created_at`,
        ),
        thanksGiven: await rows(
          `SELECT exchange_id AS exchange, message, created_at AS "createdAt"
             FROM exchange_thanks WHERE author_person_id = $1 ORDER BY created_at`,
        ),
        // Whom I blocked (who blocked me is theirs to know).
        blocks: await rows(
          `SELECT p.display_name AS person, b.created_at AS "createdAt"
             FROM person_block b JOIN person p ON p.id = b.blocked_person_id
            WHERE b.blocker_person_id = $1 ORDER BY b.created_at`,
        ),
        // My reports and how each was decided, named by the post (for a message, its exchange's
        // post): the reported message's words are its author's, as in `exchangeMessages`.
        reportsMade: await rows(
          `SELECT i.subject_kind AS "subjectKind", h.title AS "helpPost", r.reason, r.details,
                  r.status, r.created_at AS "createdAt"
             FROM content_report r JOIN moderation_item i ON i.id = r.moderation_item_id
             LEFT JOIN exchange_message m ON m.id = i.exchange_message_id
             LEFT JOIN exchange e ON e.id = m.exchange_id
             JOIN help_post h ON h.id = COALESCE(i.help_post_id, e.help_post_id)
            WHERE r.reporter_person_id = $1 ORDER BY r.created_at`,
        ),
        // My own words and where each stands; the leads' notes are theirs and are left out.
        safeguardingConcernsRaised: await rows(
          `SELECT concern, status, created_at AS "createdAt", updated_at AS "updatedAt"
             FROM safeguarding_concern WHERE raised_by_person_id = $1 ORDER BY created_at`,
        ),
        // The other end of a tie is named only as others see it: a display name, a group or a space.
        ties: await rows(
          `SELECT t.id::text AS id, t.kind, t.provenance, t.strength,
                  t.first_seen_at AS "firstSeenAt", t.last_seen_at AS "lastSeenAt",
                  COALESCE(op.display_name, og.name, os.name) AS "with",
                  EXISTS (SELECT 1 FROM tie_hidden h WHERE h.tie_id = t.id AND h.person_id = $1)
                    AS "hiddenByMe"
             FROM tie t
             LEFT JOIN person op ON op.id = CASE WHEN t.from_person_id = $1 THEN t.to_person_id ELSE t.from_person_id END
             LEFT JOIN village_group og ON og.id = COALESCE(t.to_group_id, t.from_group_id)
             LEFT JOIN space os ON os.id = t.to_space_id
            WHERE t.from_person_id = $1 OR t.to_person_id = $1
            ORDER BY t.last_seen_at DESC`,
        ),
        // Why each of those ties exists (ties/): dates we were both at a session, exchanges, groups.
        tieEvidence: await rows(
          `SELECT e.tie_id::text AS tie, e.kind, s.title AS session,
                  to_char(e.occurs_on, 'YYYY-MM-DD') AS "occursOn", e.exchange_id AS exchange,
                  g.name AS group, e.at
             FROM tie_evidence e JOIN tie t ON t.id = e.tie_id
             LEFT JOIN session s ON s.id = e.session_id
             LEFT JOIN village_group g ON g.id = e.group_id
            WHERE t.from_person_id = $1 OR t.to_person_id = $1
            ORDER BY e.tie_id, e.at`,
        ),
        // Ties I hid from my list (also flagged as hiddenByMe in ties).
        tiesHidden: await rows(
          `SELECT tie_id::text AS tie, hidden_at AS "hiddenAt" FROM tie_hidden
            WHERE person_id = $1 ORDER BY hidden_at`,
        ),
        // Ties I removed, which evidence of the same kind will not make again. A removal by the other
        // end is theirs to know, as a block is.
        tiesRemoved: await rows(
          `SELECT r.provenance, COALESCE(op.display_name, g.name) AS "with",
                  r.created_at AS "removedAt"
             FROM tie_refusal r
             LEFT JOIN person op ON op.id = CASE WHEN r.person_id = $1 THEN r.other_person_id ELSE r.person_id END
                               AND r.other_person_id IS NOT NULL
             LEFT JOIN village_group g ON g.id = r.group_id
            WHERE r.refused_by_person_id = $1 ORDER BY r.created_at`,
        ),
        workerVetting: await rows(
          `SELECT g.name AS organisation, v.check_type AS "checkType", v.issued_on AS "issuedOn",
                  v.expires_on AS "expiresOn", v.revoked_at AS "revokedAt"
             FROM worker_vetting v JOIN village_group g ON g.id = v.organisation_id
            WHERE v.person_id = $1`,
        ),
        sessions: await manager.query(
          `SELECT user_agent AS "userAgent", created_at AS "createdAt", last_seen_at AS "lastSeenAt",
                  revoked_at AS "revokedAt"
             FROM auth_session WHERE account_id = $1 ORDER BY created_at`,
          [account.id],
        ),
        savedSearches: await rows(
          `SELECT name, criteria, created_at AS "createdAt" FROM saved_search
            WHERE person_id = $1 ORDER BY created_at`,
        ),
        savedSessions: await rows(
          `SELECT s.title, g.name AS group, v.saved_at AS "savedAt"
             FROM saved_session v JOIN session s ON s.id = v.session_id
             JOIN village_group g ON g.id = s.group_id
            WHERE v.person_id = $1 ORDER BY v.saved_at`,
        ),
        // Dates I said I'm going to (or am waiting for), and whether organisers may see my name.
        sessionRsvps: await rows(
          `SELECT s.title AS session, g.name AS group, r.occurs_on::text AS "occursOn", r.status,
                  r.name_shared_with_organisers AS "nameSharedWithOrganisers",
                  r.created_at AS "createdAt"
             FROM session_rsvp r JOIN session s ON s.id = r.session_id
             JOIN village_group g ON g.id = s.group_id
            WHERE r.person_id = $1 ORDER BY r.occurs_on, r.created_at`,
        ),
        // The private calendar address itself is a secret kept only as a hash: not exportable.
        calendarFeed: await rows(
          `SELECT created_at AS "createdAt" FROM calendar_feed_token WHERE person_id = $1`,
        ),
        // Where I searched for parents nearby from, kept only as cells and only for an hour.
        peopleSearchOrigins: await manager.query(
          `SELECT origin_cell AS "originCell", last_searched_at AS "lastSearchedAt"
             FROM people_search_origin WHERE account_id = $1 ORDER BY last_searched_at`,
          [account.id],
        ),
        // What my nearby-parents searches compare (a copy of my profile, refreshed twice a day).
        peopleSearchProfile:
          (
            await manager.query(
              `SELECT languages, due_month AS "dueMonth", child_birth_months AS "childBirthMonths",
                    taken_at AS "takenAt"
               FROM people_search_profile WHERE account_id = $1`,
              [account.id],
            )
          )[0] ?? null,
        spacesStewarded: await rows(
          `SELECT s.name AS space, v.granted_at AS "grantedAt"
             FROM space_steward v JOIN space s ON s.id = v.space_id
            WHERE v.person_id = $1 ORDER BY v.granted_at`,
        ),
        spaceChangeProposals: await rows(
          `SELECT s.name AS space, c.changes, c.note, c.status, c.created_at AS "createdAt",
                  c.decided_at AS "decidedAt", c.decision_note AS "decisionNote"
             FROM space_change_proposal c JOIN space s ON s.id = c.space_id
            WHERE c.proposer_person_id = $1 ORDER BY c.created_at`,
        ),
        // Dates I was at (check-in/): how each was recorded; the guests' head count is nobody's.
        attendance: await rows(
          `SELECT s.title AS session, to_char(a.occurs_on, 'YYYY-MM-DD') AS "occursOn",
                  a.recorded_how AS "recordedHow", a.recorded_at AS "recordedAt"
             FROM attendance a JOIN session s ON s.id = a.session_id
            WHERE a.person_id = $1 ORDER BY a.occurs_on, a.recorded_at`,
        ),
        // My own measures in each social-graph snapshot kept (docs/social-graph.md): everything
        // stored about me, including the figures no page shows.
        socialGraphMeasures: await rows(
          `SELECT s.at, m.active_ties AS "activeTies", m.weighted_degree AS "weightedDegree",
                  m.ego_one_hop AS "egoOneHop", m.ego_two_hop AS "egoTwoHop", m.groups,
                  m.help_given AS "helpGiven", m.help_received AS "helpReceived",
                  m.community, m.bonding_ties AS "bondingTies", m.bridging_ties AS "bridgingTies",
                  m.linking_ties AS "linkingTies", m.betweenness, m.effective_size AS "effectiveSize"
             FROM graph_person_measure m JOIN graph_snapshot s ON s.id = m.snapshot_id
            WHERE m.person_id = $1 AND s.status = 'COMPLETE' ORDER BY s.at`,
        ),
        dataAccessLog: await rows(
          `SELECT e.at, e.action, e.basis, e.purpose, a.display_name AS "by", g.name AS via
             FROM audit_event e
             LEFT JOIN person a ON a.id = e.actor_person_id
             LEFT JOIN village_group g ON g.id = e.via_group_id
            WHERE e.subject_person_id = $1 ORDER BY e.id`,
        ),
      };
      await this.audit.recordOwn(me, 'data:exported', manager);
      return document;
    });
  }

  /**
   * Erases the viewer's personal data in one transaction. The person row stays as an empty
   * "Former member" so posts and audit events that others rely on still hold together. Ties with
   * the person at an end go (for both ends): the graph has no edges to an erased person.
   */
  async erase(viewer: Viewer, password: string): Promise<void> {
    if (!(await this.identity.checkPassword(viewer, password)))
      throw badInput('That password is not right, so nothing was deleted.', 'password');
    const me = viewer.personId;
    await transactAndPublish(
      this.dataSource,
      this.pubSub,
      async (manager) => {
        const ended = await this.identity.endSessions(viewer.accountId, undefined, manager);
        const person = await manager.findOneByOrFail(PersonEntity, { id: me });
        await manager.update(
          PersonEntity,
          { id: me },
          {
            displayName: ERASED_NAME,
            areaCell: null,
            languages: [],
            canOffer: [],
            wouldLike: [],
            suitableWeekdays: [],
            householdId: null,
            erasedAt: new Date(),
          },
        );
        // My measures in every social-graph snapshot, and my household's connectedness (worked
        // out with me in it); the snapshots' town and area figures are aggregates and stay.
        await manager.query(`DELETE FROM graph_person_measure WHERE person_id = $1`, [me]);
        await manager.query(
          `DELETE FROM graph_household_connectedness WHERE person_id = $1 OR household_id = $2`,
          [me, person.householdId],
        );
        if (person.householdId)
          await manager.query(
            `DELETE FROM household h WHERE h.id = $1
             AND NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id)`,
            [person.householdId],
          );
        await manager.query(`DELETE FROM membership WHERE person_id = $1`, [me]);
        // My ties go for both ends, with their evidence, hidden marks and the refusals about me.
        await new TiesRepository(manager).eraseAllOf(me);
        await manager.query(`DELETE FROM consent WHERE person_id = $1`, [me]);
        await manager.query(`DELETE FROM worker_vetting WHERE person_id = $1`, [me]);
        // Places I held go to the people waiting, as when I cancel.
        await this.going.removeAllOf(manager, me);
        for (const table of [
          'saved_search',
          'saved_session',
          'calendar_feed_token',
          'space_steward',
          'attendance',
        ])
          await manager.query(`DELETE FROM ${table} WHERE person_id = $1`, [me]);
        // Suggestions I made to spaces go; an accepted one already lives in the space (and the audit).
        await manager.query(`DELETE FROM space_change_proposal WHERE proposer_person_id = $1`, [
          me,
        ]);
        // My blocks go; others' blocks of me stay theirs. My reports keep their reason and outcome
        // for the moderation record, without my words. Concerns I raised stay with the safeguarding
        // lead as raised: a safeguarding record is kept whoever leaves (docs/privacy.md).
        await manager.query(`DELETE FROM person_block WHERE blocker_person_id = $1`, [me]);
        await manager.query(
          `UPDATE content_report SET details = '' WHERE reporter_person_id = $1`,
          [me],
        );
        await manager.query(
          `UPDATE help_post SET title = 'Removed by its author', description = '', availability = '',
                status = CASE WHEN status = ANY($2::help_post_status[]) THEN $3::help_post_status
                              ELSE status END
          WHERE author_person_id = $1`,
          [me, [HelpPostStatus.OPEN, HelpPostStatus.MATCHED], HelpPostStatus.WITHDRAWN],
        );
        const changed = await this.endMyExchanges(manager, me);
        // Deleting the account removes the email, the password hash, sessions and reset tokens.
        await manager.delete(AccountEntity, { id: viewer.accountId });
        await this.audit.recordOwn(me, 'account:erased', manager);
        return { value: ended, events: statusEvents(changed.posts, changed.exchanges) };
      },
      // Its ended sessions are announced first, then what the erasure changed.
      (sessions) => this.identity.announceEnded(sessions),
    );
    await this.pubSub.publish(topics.personChanged(me), { personId: me });
  }

  /**
   * My words leave the conversations (the other side keeps theirs); exchanges not yet fulfilled are
   * called off, on my posts (now withdrawn) and on others' posts I answered, whose promises are
   * released so those posts can go back on the board.
   */
  private async endMyExchanges(
    manager: EntityManager,
    me: string,
  ): Promise<{ posts: HelpPostEntity[]; exchanges: string[] }> {
    await manager.query(`UPDATE exchange_message SET body = '' WHERE author_person_id = $1`, [me]);
    await manager.query(`UPDATE exchange_thanks SET message = '' WHERE author_person_id = $1`, [
      me,
    ]);
    const live = [ExchangeStatus.OPEN, ExchangeStatus.AGREED];
    const mine = await manager.query<{ id: string }[]>(
      `SELECT id FROM help_post WHERE author_person_id = $1`,
      [me],
    );
    const exchanges = await cancelExchanges(
      manager,
      mine.map((post) => post.id),
      live,
    );
    const answered = await manager.query<{ help_post_id: string }[]>(
      `SELECT DISTINCT help_post_id FROM exchange
        WHERE responder_person_id = $1 AND status = ANY($2::exchange_status[])`,
      [me, live],
    );
    const now = new Date();
    const answeredPosts: HelpPostEntity[] = [];
    for (const { help_post_id: postId } of answered) {
      answeredPosts.push(await lockPost(manager, postId, now));
      exchanges.push(...(await cancelExchanges(manager, [postId], live, me)));
    }
    const settled = await settlePosts(manager, answeredPosts, now);
    return { posts: settled.moved, exchanges: [...exchanges, ...settled.cancelled] };
  }
}
