/**
 * The engine's fading rules (libs/social-graph), as the API uses them: the co-attendance rule that
 * makes ties at check-in, and the weight and active threshold `myTies` reports. One place, so the
 * API and the analytics job can never disagree about when a tie exists or counts as active.
 */
export {
  ACTIVE_TIE_THRESHOLD,
  CO_ATTENDANCE_RULE,
  EVENT_SOURCES,
  tieWeight,
} from '@village/social-graph';
