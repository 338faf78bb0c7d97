import { ChipList } from '@village/ui';
import { useTranslation } from 'react-i18next';
import type { AccessibilityFeature } from '../../../gql/graphql';
import { AccessibilityIcon } from './AccessibilityIcon';

/** A space's accessibility features, each an icon with its words, or plainly that none are listed. */
export function AccessibilityChips({ features }: { features: readonly AccessibilityFeature[] }) {
  const { t } = useTranslation();
  if (!features.length) return <>{t('space.noAccessibility')}</>;
  return (
    <ChipList
      label={t('space.accessibility')}
      tone="calm"
      items={features.map((feature) => ({
        key: feature,
        text: t(`accessibilityFeature.${feature}`),
        icon: <AccessibilityIcon feature={feature} />,
      }))}
    />
  );
}
