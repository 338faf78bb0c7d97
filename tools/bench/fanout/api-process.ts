/**
 * The Village API as a benchmark child: the real entry point (`main`), plus an IPC answer with its
 * memory after a full garbage collection, so the parent can measure what each connection costs.
 * Start it with `--expose-gc`.
 */
process.on('message', (message) => {
  if (message !== 'memory') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});

import '../../../apps/api/src/main';
