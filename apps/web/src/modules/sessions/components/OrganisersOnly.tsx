import { LoadingState, Notice } from '@village/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { useOrganises } from '../hooks/useOrganises';

/** Shows its content to the group's organisers; others are told who may publish (the API agrees). */
export function OrganisersOnly({ groupId, children }: { groupId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { organises, known, error, refetch } = useOrganises(groupId);
  if (!known && error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!known) return <LoadingState label={t('publish.checking')} />;
  if (!organises) return <Notice>{t('publish.organisersOnly')}</Notice>;
  return <>{children}</>;
}
