import type { HelpPostEntity } from '../help/help-post.entity';

/**
 * Every real-time topic, scoped to an entity, with the payload it carries. Publishing or subscribing to
 * a topic that is not here does not compile.
 */
export interface TopicPayloads {
  [topic: `area/${string}/help_posted`]: { helpPostCreated: HelpPostEntity };
  /** A session ended (signed out, revoked, password reset, account erased): its sockets close. */
  [topic: `session/${string}/ended`]: { sessionId: string };
  /** A person's profile or who may see it changed: live views re-check access and refresh. */
  [topic: `person/${string}/changed`]: { personId: string };
  /** A session was created or changed: saved searches that fit it tell their owners. */
  'sessions/changed': { sessionId: string };
}

export const topics = {
  helpPosted: (areaCell: string) => `area/${areaCell}/help_posted` as const,
  sessionEnded: (sessionId: string) => `session/${sessionId}/ended` as const,
  personChanged: (personId: string) => `person/${personId}/changed` as const,
  sessionsChanged: 'sessions/changed' as const,
};
