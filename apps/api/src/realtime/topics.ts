/**
 * The payload of a topic kept in the event log (a "logged topic"): the entity the event is about,
 * read afresh by each subscriber, and the event's place in the log (`realtime_event.seq`).
 */
export interface LoggedPayload {
  subjectId: string;
  seq: string;
}

/**
 * Every real-time topic, scoped to an entity, with the payload it carries. Publishing or subscribing to
 * a topic that is not here does not compile.
 */
export interface TopicPayloads {
  /** A new post in the area (subject: the post). */
  [topic: `area/${string}/help_posted`]: LoggedPayload;
  /** A post in the area changed status: matched, fulfilled, withdrawn, expired, open again (the post). */
  [topic: `area/${string}/help_status`]: LoggedPayload;
  /** Someone responded to a post of this person's, or of a group they organise (the exchange). */
  [topic: `person/${string}/help_response`]: LoggedPayload;
  /** A new message in an exchange's conversation, or one released by a moderator (the message). */
  [topic: `exchange/${string}/message`]: LoggedPayload;
  /** An exchange changed: agreed by a side, agreed, fulfilled, called off, thanked (the exchange). */
  [topic: `exchange/${string}/changed`]: LoggedPayload;
  /** A session ended (signed out, revoked, password reset, account erased): its sockets close. */
  [topic: `session/${string}/ended`]: { sessionId: string };
  /**
   * A person's profile, who may see it, or what they may see changed (consent, a block either way,
   * organiser of a group or not, roles): live views of them and their own live streams re-check
   * access at once.
   */
  [topic: `person/${string}/changed`]: { personId: string };
  /** A session was created or changed: saved searches that fit it tell their owners; with
   * `placesAdded` (its capacity grew), those waiting for its dates move up. */
  'sessions/changed': { sessionId: string; placesAdded?: boolean };
  /** A safeguarding concern was raised: the leads' page shows it at once. */
  'safeguarding/concern_raised': { concernId: string };
}

export const topics = {
  helpPosted: (areaCell: string) => `area/${areaCell}/help_posted` as const,
  helpStatus: (areaCell: string) => `area/${areaCell}/help_status` as const,
  helpResponse: (personId: string) => `person/${personId}/help_response` as const,
  exchangeMessage: (exchangeId: string) => `exchange/${exchangeId}/message` as const,
  exchangeChanged: (exchangeId: string) => `exchange/${exchangeId}/changed` as const,
  sessionEnded: (sessionId: string) => `session/${sessionId}/ended` as const,
  personChanged: (personId: string) => `person/${personId}/changed` as const,
  sessionsChanged: 'sessions/changed' as const,
  safeguardingConcernRaised: 'safeguarding/concern_raised' as const,
};
