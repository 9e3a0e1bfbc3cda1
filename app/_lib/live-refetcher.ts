/**
 * Turns a stream of live events into calm reloads: at most one per `everyMs`, and one after
 * every reconnect (but not the first connect). Plain object, no React: the hook keeps one.
 */
export function createLiveRefetcher(everyMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastRun = 0;
  let connected = false;

  function schedule(reload: () => void) {
    if (timer) return;
    const wait = Math.max(0, lastRun + everyMs - Date.now());
    timer = setTimeout(() => {
      timer = null;
      lastRun = Date.now();
      reload();
    }, wait);
  }

  return {
    schedule,
    started(reload: () => void) {
      if (connected) schedule(reload);
      connected = true;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
