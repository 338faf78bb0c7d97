import { AccessibilityFeature } from '../../../gql/graphql';

/** Simple line pictures for each feature, always shown beside their words (never alone). */
const PATHS: Record<AccessibilityFeature, string> = {
  [AccessibilityFeature.StepFree]: 'M3 19h18M5 19l5-5h9M12 5a2 2 0 1 1 0 .1',
  [AccessibilityFeature.BabyChange]: 'M4 14h16v3H4zM9 14v-3a3 3 0 0 1 6 0v3M12 5a2 2 0 1 1 0 .1',
  [AccessibilityFeature.PramSpace]:
    'M4 6h8v7H4zM12 6a6 6 0 0 1 6 6v1H4M7 18a1.5 1.5 0 1 1 0 .1M16 18a1.5 1.5 0 1 1 0 .1',
  [AccessibilityFeature.QuietSpace]: 'M4 10v4h4l5 4V6L8 10zM17 9l4 6M21 9l-4 6',
  [AccessibilityFeature.HearingLoop]: 'M8 10a4 4 0 1 1 8 0c0 3-3 3-3 6a2 2 0 0 1-4 0M4 20l4-4',
  [AccessibilityFeature.AccessibleToilet]: 'M9 5a2 2 0 1 1 0 .1M9 9v5h5l2 5M7 12a5 5 0 1 0 7 6',
};

export function AccessibilityIcon({ feature }: { feature: AccessibilityFeature }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
    >
      <path d={PATHS[feature]} />
    </svg>
  );
}
