import { GraphSnapshotStatus } from './graph-snapshot.entity';
import type { SocialGraphAnalysisModel } from './social-graph-analysis.model';

const ENDED = [GraphSnapshotStatus.COMPLETE, GraphSnapshotStatus.FAILED];

/** What makes two deliveries different; a repeated NOTIFY with nothing new is not delivered. */
const stateOf = (run: SocialGraphAnalysisModel) =>
  `${run.id}:${run.status}:${run.phase}:${run.percent}:${run.phaseDone}:${run.attempts}`;

/**
 * A run's changes as a subscription delivers them: its state now (when following one run), then
 * each change, skipping repeats; following one run, it ends after that run ends. `load` reads the
 * run afresh (and re-checks access, throwing to end the stream; null skips the event).
 */
export function analysisStream(
  changes: AsyncIterableIterator<[string]>,
  only: string | null,
  load: (id: string) => Promise<SocialGraphAnalysisModel | null>,
): AsyncIterableIterator<{ socialGraphAnalysisChanged: SocialGraphAnalysisModel }> {
  const delivered = new Map<string, string>();
  let pendingFirst = only !== null;
  let finished = false;
  const done = (): IteratorResult<never> => ({ done: true, value: undefined });
  const stop = async () => {
    finished = true;
    await changes.return?.();
    return done();
  };
  const fresh = (run: SocialGraphAnalysisModel | null) => {
    if (!run || delivered.get(run.id) === stateOf(run)) return null;
    delivered.set(run.id, stateOf(run));
    if (only !== null && ENDED.includes(run.status)) finished = true;
    return { done: false as const, value: { socialGraphAnalysisChanged: run } };
  };
  return {
    async next() {
      try {
        if (pendingFirst) {
          pendingFirst = false;
          const now = fresh(await load(only!));
          if (now) return now;
        }
        while (!finished) {
          const event = await changes.next();
          if (event.done) return done();
          const [id] = event.value;
          if (only !== null && id !== only) continue;
          const next = fresh(await load(id));
          if (next) return next;
        }
        return await stop();
      } catch (error) {
        await changes.return?.();
        throw error;
      }
    },
    return: stop,
    async throw(error: unknown) {
      await changes.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
