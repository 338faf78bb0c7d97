import { createI18n } from '../../../i18n/i18n';
import { reasonsOf, strengthOf } from './tie-words';

const date = (iso: string) => new Date(iso).toISOString().slice(0, 10);

describe('a tie in words', () => {
  it('says its strength now in a word, faded once it is no longer active, lasting when it does not fade', () => {
    expect(strengthOf({ weight: 1, active: true, fades: true })).toBe('strong');
    expect(strengthOf({ weight: 0.5, active: true, fades: true })).toBe('steady');
    expect(strengthOf({ weight: 0.25, active: true, fades: true })).toBe('fading');
    expect(strengthOf({ weight: 0.5, active: false, fades: true })).toBe('faded');
    // A membership counts at 0.3 of its strength in the analysis, but it does not fade.
    expect(strengthOf({ weight: 0.3, active: true, fades: false })).toBe('lasting');
  });

  it('puts each kind of evidence in a sentence, in the reader’s language', async () => {
    const i18n = createI18n('en');
    const reasons = [
      {
        kind: 'CO_ATTENDANCE' as const,
        count: 4,
        sessionId: 's1',
        sessionTitle: 'Tuesday Stay & Play',
        groupName: null,
        lastOn: '2026-12-03',
        lastAt: '2026-12-03T10:00:00Z',
      },
      {
        kind: 'EXCHANGED_HELP' as const,
        count: 1,
        sessionId: null,
        sessionTitle: null,
        groupName: null,
        lastOn: null,
        lastAt: '2026-11-20T10:00:00Z',
      },
    ];
    expect(reasonsOf({ provenance: 'CO_ATTENDANCE', reasons }, i18n.t, date)).toEqual([
      'You were both at Tuesday Stay & Play 4 times, last on 2026-12-03.',
      'You helped each other once, on 2026-11-20.',
    ]);
    await i18n.changeLanguage('pl');
    expect(
      reasonsOf({ provenance: 'CO_ATTENDANCE', reasons: [reasons[0]!] }, i18n.t, date),
    ).toEqual(['Byliście razem na zajęciach Tuesday Stay & Play 4 razy, ostatnio 2026-12-03.']);
  });

  it('falls back on why the tie exists when it has no evidence recorded (the town’s seed)', () => {
    const i18n = createI18n('en');
    expect(reasonsOf({ provenance: 'NEIGHBOURS', reasons: [] }, i18n.t, date)).toEqual([
      'You live near each other.',
    ]);
  });
});
