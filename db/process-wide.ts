/**
 * One value per process, whichever copy of a module asks. Next bundles a module into several
 * chunks (instrumentation, route handlers, server rendering), and each chunk has its own copy of
 * its module-level state; a connection made by one copy (db/client.ts keeps it on globalThis) is
 * then used by the others. The registries that connections and transactions rely on therefore
 * live on globalThis, under a Symbol.for key.
 */
export function processWide<T>(key: string, make: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const symbol = Symbol.for(`partnerskapsrommet.${key}`);
  return (store[symbol] ??= make());
}
