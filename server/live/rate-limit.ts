/**
 * Token buckets in memory, per key (a participant, a client address). A phone answering
 * twenty areas in a row is fine; a script hammering the server is not.
 */
interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimit {
  /** Burst size. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

export function createRateLimiter({ capacity, refillPerSecond }: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  return {
    /** Whether take(key) would succeed now; takes nothing. For limits that count only failures. */
    available(key: string): boolean {
      const bucket = buckets.get(key);
      if (!bucket) return true;
      return Math.min(capacity, bucket.tokens + ((now() - bucket.updatedAt) / 1000) * refillPerSecond) >= 1;
    },
    /** Takes one token; false when the key has used up its allowance. */
    take(key: string): boolean {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: time };
      bucket.tokens = Math.min(capacity, bucket.tokens + ((time - bucket.updatedAt) / 1000) * refillPerSecond);
      bucket.updatedAt = time;
      if (buckets.size > 50_000) buckets.clear();
      if (bucket.tokens < 1) {
        buckets.set(key, bucket);
        return false;
      }
      bucket.tokens -= 1;
      buckets.set(key, bucket);
      return true;
    },
  };
}
