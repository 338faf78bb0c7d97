import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import {
  SocialGraphAnalysisChangedSubscription,
  SocialGraphAnalysisQuery,
  StartSocialGraphAnalysisMutation,
} from '../graphql/analytics.graphql';
import { SocialGraphAnalysis } from './SocialGraphAnalysis';

function run(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SocialGraphAnalysis',
    id,
    status: 'COMPLETE',
    phase: 'DONE',
    percent: 100,
    phaseDone: 10,
    phaseTotal: 10,
    trigger: 'SCHEDULE',
    createdAt: '2026-12-01T03:00:00.000Z',
    finishedAt: '2026-12-01T03:00:05.000Z',
    peopleCount: 2000,
    error: null,
    ...overrides,
  };
}

/** A run an admin asked for, waiting for a worker. */
const queued = (id: string) =>
  run(id, {
    status: 'QUEUED',
    phase: 'QUEUED',
    percent: 0,
    phaseDone: 0,
    phaseTotal: 0,
    trigger: 'MANUAL',
    peopleCount: null,
  });

const latest = {
  ...run('r1'),
  at: '2026-12-01T03:00:00.000Z',
  groupCount: 60,
  tieCount: 18611,
  communities: 165,
  town: {
    __typename: 'SocialGraphAggregate',
    people: 2000,
    shareWithoutActiveTie: 0.06,
    medianActiveTies: 15,
    shareWithBridgingTie: 0.81,
    shareWithLinkingTie: 0.6,
    shareOfHouseholdsIsolated: 0.2,
  },
  areas: [{ __typename: 'SocialGraphArea', areaCell: '88195d2b1dfffff' }],
  households: { __typename: 'HouseholdConnectednessSummary', households: 1478, isolated: 290 },
};

const page = (runs: ReturnType<typeof run>[]) => ({
  request: { query: SocialGraphAnalysisQuery },
  result: { data: { socialGraphAnalysis: latest, socialGraphAnalyses: runs } },
});

const quiet = {
  request: { query: SocialGraphAnalysisChangedSubscription },
  result: { data: { socialGraphAnalysisChanged: null } },
  delay: 60_000,
};

describe('SocialGraphAnalysis', () => {
  it('shows the town’s figures and moves a waiting run’s progress bar as the worker reports', async () => {
    renderWithApp(<SocialGraphAnalysis />, {
      mocks: [
        page([queued('r2'), run('r1')]),
        {
          request: { query: SocialGraphAnalysisChangedSubscription },
          result: {
            data: {
              socialGraphAnalysisChanged: run('r2', {
                status: 'RUNNING',
                phase: 'READING_TIES',
                percent: 42,
                phaseDone: 8000,
                phaseTotal: 18611,
                trigger: 'MANUAL',
                peopleCount: null,
              }),
            },
          },
          delay: 100,
        },
      ],
    });
    expect(await screen.findByText('6%')).toBeTruthy();
    expect(screen.getByText('81%')).toBeTruthy();
    expect(screen.getByText('290 of 1,478 (20%)')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Waiting for a worker' })).toBeTruthy();

    const bar = await screen.findByRole('progressbar', { name: 'Reading ties 8,000 of 18,611' });
    expect(bar.getAttribute('value')).toBe('42');
    expect(screen.queryByRole('button', { name: 'Start an analysis' })).toBeNull();
    const history = screen.getByRole('table');
    expect(within(history).getByText('Running (42%)')).toBeTruthy();
    expect(within(history).getByText('The nightly schedule')).toBeTruthy();
  });

  it('starts a run when none is under way', async () => {
    renderWithApp(<SocialGraphAnalysis />, {
      mocks: [
        page([run('r1')]),
        quiet,
        {
          request: { query: StartSocialGraphAnalysisMutation },
          result: {
            data: {
              startSocialGraphAnalysis: queued('r3'),
            },
          },
        },
        page([queued('r3'), run('r1')]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Start an analysis' }));
    expect(await screen.findByRole('progressbar', { name: 'Waiting for a worker' })).toBeTruthy();
    expect(within(screen.getByRole('table')).getByText('An admin')).toBeTruthy();
  });

  it('shows the new figures when a run ends', async () => {
    const ended = run('r2', { trigger: 'MANUAL', peopleCount: 2100 });
    renderWithApp(<SocialGraphAnalysis />, {
      mocks: [
        page([run('r1')]),
        {
          request: { query: SocialGraphAnalysisChangedSubscription },
          result: { data: { socialGraphAnalysisChanged: ended } },
          delay: 100,
        },
        {
          request: { query: SocialGraphAnalysisQuery },
          result: {
            data: {
              socialGraphAnalysis: {
                ...latest,
                ...ended,
                town: { ...latest.town, people: 2100, shareWithoutActiveTie: 0.05 },
              },
              socialGraphAnalyses: [ended, run('r1')],
            },
          },
        },
      ],
    });
    expect(await screen.findByText('6%')).toBeTruthy();
    expect(await screen.findByText('5%')).toBeTruthy();
    expect(screen.queryByText('6%')).toBeNull();
  });
});
