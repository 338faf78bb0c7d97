import { Inject, Injectable } from '@nestjs/common';
import { ACTIVE_TIE_THRESHOLD, tieWeight, type TieSource } from '@village/social-graph';
import { DataSource } from 'typeorm';
import { AnalyticsService } from '../analytics/analytics.service';
import { DATA_SOURCE } from '../database/tokens';
import { DiscoveryService } from '../discovery/discovery.service';
import { SessionSearchArgs, SessionSearchSort } from '../discovery/dto/session-search.args';
import type { Loaders } from '../graphql/loaders';
import { HouseholdEntity } from '../people/household.entity';
import { lifeStageOf } from '../people/person.model';
import { PersonEntity } from '../people/person.entity';
import { RecommendationsRepository } from './recommendations.repository';
import {
  bySuggestionRank,
  firstOnHerDays,
  scoreSuggestion,
  SHOW_THRESHOLD,
  type ViewerCircle,
} from './suggestion-score';
import { SessionSuggestionsModel, SuggestionsNeed } from './suggestion.model';

/** Sessions within this distance of the centre of her area cell are considered: a pram walk. */
export const SUGGESTION_RADIUS_METRES = 3000;
/** The nearest sessions that fit her stage and languages, before ranking by fit and ties. */
export const SUGGESTION_POOL = 40;
/** The most suggestions anyone is shown at once (`items(first)` is 1 to this). */
export const SUGGESTIONS_AT_MOST = 10;
/** A child of 4 or over no longer matches baby and toddler sessions by age. */
const STAGE_UNDER_MONTHS = 48;

/**
 * "Suggested for you": sessions nearby that fit her family's stage and languages, those on a day
 * that suits her first, ranked by fit and then by what they would do for her ties
 * (suggestion-score.ts), from the latest social-graph snapshot. Before the first snapshot, ties
 * are not weighed and suggestions are by fit alone.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly repository: RecommendationsRepository,
    private readonly analytics: AnalyticsService,
  ) {}

  async suggestSessions(
    personId: string,
    first: number,
    loaders?: Loaders,
    now = new Date(),
  ): Promise<SessionSuggestionsModel> {
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ id: personId });
    const household = person.householdId
      ? await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id: person.householdId })
      : null;
    const stage = lifeStageOf(household, now);
    const youngest = stage.childAgesMonths.find((months) => months < STAGE_UNDER_MONTHS);
    const needs: SuggestionsNeed[] = [];
    if (!person.areaCell) needs.push(SuggestionsNeed.AREA);
    if (!stage.expecting && youngest === undefined) needs.push(SuggestionsNeed.LIFE_STAGE);
    const snapshot = await this.analytics.latestComplete();
    const snapshotId = snapshot?.id ?? null;
    if (!person.areaCell) return { ranked: [], needs, weighedTies: snapshotId !== null };

    const args = Object.assign(new SessionSearchArgs(), {
      areaCell: person.areaCell,
      withinMetres: SUGGESTION_RADIUS_METRES,
      childAgeMonths: stage.expecting ? null : (youngest ?? null),
      dueMonth: stage.expecting ? stage.dueMonth : null,
      languages: person.languages,
      weekdays: [],
      freeOnly: false,
      accessibility: [],
      groupKinds: [],
      text: null,
      sort: SessionSearchSort.DISTANCE,
      first: SUGGESTION_POOL,
    });
    const found = (await this.discovery.search(args, loaders, now)).edges.map(({ node }) => node);
    if (found.length === 0) return { ranked: [], needs, weighedTies: snapshotId !== null };

    const sessionIds = found.map((match) => match.session.id);
    const today = now.toISOString().slice(0, 10);
    const partners = await this.repository.partners(snapshotId, personId);
    const active = partners.filter(
      (partner) =>
        tieWeight(partner.strength, partner.lastSeenAt, now, partner.provenance as TieSource) >=
        ACTIVE_TIE_THRESHOLD,
    );
    const [me, circles, known] = await Promise.all([
      snapshot ? this.repository.viewer(snapshot.id, personId) : null,
      snapshot
        ? this.repository.circles(snapshot, sessionIds, personId, today)
        : new Map<string, Map<number, number>>(),
      this.repository.knownGoing(
        sessionIds,
        active.filter((partner) => !partner.hidden).map((partner) => partner.personId),
        personId,
        today,
      ),
    ]);
    // Without a snapshot (or before she is in one) nothing is known of circles: fit and who goes only.
    const viewer: ViewerCircle = me
      ? {
          communities: new Set([
            me.community,
            ...active.flatMap(({ community }) => (community === null ? [] : [community])),
          ]),
          hasLinkingTie: me.linkingTies > 0,
        }
      : { communities: new Set(), hasLinkingTie: true };

    const ranked = found
      .map((match) => {
        const circle = me ? (circles.get(match.session.id) ?? new Map()) : new Map();
        const scored = scoreSuggestion(
          match.fit,
          { communities: circle, knownGoing: known.get(match.session.id) ?? [] },
          viewer,
          firstOnHerDays(person.suitableWeekdays, match.occurrences, match.session.timeZone),
        );
        return { match, ...scored };
      })
      .filter(({ score }) => score >= SHOW_THRESHOLD)
      .sort(bySuggestionRank)
      .slice(0, first)
      .map(({ match, reasons }) => ({ match, reasons }));
    return { ranked, needs, weighedTies: snapshotId !== null };
  }
}
