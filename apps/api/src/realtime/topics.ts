import type { HelpPostEntity } from '../help/help-post.entity';

/**
 * Every real-time topic, scoped to an entity, with the payload it carries. Publishing or subscribing to
 * a topic that is not here does not compile.
 */
export interface TopicPayloads {
  [topic: `area/${string}/help_posted`]: { helpPostCreated: HelpPostEntity };
}

export const topics = {
  helpPosted: (areaCell: string) => `area/${areaCell}/help_posted` as const,
};
