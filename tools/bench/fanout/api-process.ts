/**
 * The Village API as a benchmark child: the real entry point (`main`), plus an IPC answer with its
 * memory after a full garbage collection and its CPU time so far, so the parent can measure what
 * each connection and each delivery costs.
 * Start it with `--expose-gc`.
 */
process.on('message', (message) => {
  if (message !== 'memory') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  process.send?.({ rss, heapUsed, cpuMicros: user + system });
});

import '../../../apps/api/src/main';
