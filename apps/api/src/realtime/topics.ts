/**
 * Every real-time topic, scoped to an entity, with the payload it carries. Publishing or subscribing to
 * a topic that is not here does not compile.
 */
export interface TopicPayloads {
  /** A new post in the area, with its place in the event log (`realtime_event.seq`) for catch-up. */
  [topic: `area/${string}/help_posted`]: { helpPostId: string; seq: string };
  /** A post in the area changed status (matched, fulfilled, withdrawn, expired, back on the board). */
  [topic: `area/${string}/help_status`]: { helpPostId: string };
  /** Someone responded to a post of this person's, or of a group they organise. */
  [topic: `person/${string}/help_response`]: { exchangeId: string };
  /** A new message in an exchange's conversation. */
  [topic: `exchange/${string}/message`]: { messageId: string };
  /** An exchange changed: agreed by a side, agreed, fulfilled, called off, thanked. */
  [topic: `exchange/${string}/changed`]: { exchangeId: string };
  /** A session ended (signed out, revoked, password reset, account erased): its sockets close. */
  [topic: `session/${string}/ended`]: { sessionId: string };
  /** A person's profile or who may see it changed: live views re-check access and refresh. */
  [topic: `person/${string}/changed`]: { personId: string };
  /** A session was created or changed: saved searches that fit it tell their owners. */
  'sessions/changed': { sessionId: string };
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
};
