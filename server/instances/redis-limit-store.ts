/**
 * The limits' counts in Redis, when REDIS_URL is set (ADR 0017). Each change is one Lua script,
 * which Redis runs alone, so two instances never take the same token. Keys expire once forgetting
 * them changes nothing (a bucket full again, a window ended).
 */
import { Redis } from "ioredis";
import { fullAfterMs, refilled, type LimitStore } from "./limit-store";
import { errorFields, log } from "~/server/ops/log";

/** Takes a token. KEYS[1] the bucket; ARGV capacity, refill per second, now (ms), ttl (ms). Answers 1 or 0. */
const TAKE = `
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local tokens = capacity
local at = now
if bucket[1] then
  tokens = tonumber(bucket[1])
  at = tonumber(bucket[2])
  if now > at then
    tokens = math.min(capacity, tokens + ((now - at) / 1000) * rate)
    at = now
  end
end
if tokens < 1 then return 0 end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens - 1), 'at', string.format('%.17g', at))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`;

/** Counts a failure. KEYS[1] the window; ARGV now (ms), window (ms). */
const FAIL = `
local window = redis.call('HMGET', KEYS[1], 'failures', 'started')
local now = tonumber(ARGV[1])
local length = tonumber(ARGV[2])
if window[1] and now - tonumber(window[2]) < length then
  redis.call('HINCRBY', KEYS[1], 'failures', 1)
else
  redis.call('HSET', KEYS[1], 'failures', 1, 'started', ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 1
`;

type Scripted = Redis & {
  limitTake(key: string, capacity: number, rate: number, now: number, ttl: number): Promise<number>;
  limitFail(key: string, now: number, windowMs: number): Promise<number>;
};

/** A client for REDIS_URL; errors are logged (once per outage), commands fail fast while it is down. */
export function openRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 5_000, enableAutoPipelining: true });
  let down = false;
  redis.on("error", (error: Error) => {
    if (down) return;
    down = true;
    log("error", "redis unavailable: limits refuse until it is back", errorFields(error));
  });
  redis.on("ready", () => {
    if (down) log("info", "redis is back");
    down = false;
  });
  return redis;
}

export function redisLimitStore(redis: Redis, prefix = process.env.REDIS_PREFIX?.trim() || "partnerskapsrommet:"): LimitStore {
  const scripted = redis as Scripted;
  if (!("limitTake" in scripted)) {
    redis.defineCommand("limitTake", { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand("limitFail", { numberOfKeys: 1, lua: FAIL });
  }
  const bucketKey = (name: string, key: string) => `${prefix}bucket:${name}:${key}`;
  const windowKey = (name: string, key: string) => `${prefix}window:${name}:${key}`;
  return {
    kind: "redis",
    async take(name, key, limit, now) {
      const ttl = fullAfterMs(limit) + 1_000;
      return (await scripted.limitTake(bucketKey(name, key), limit.capacity, limit.refillPerSecond, now, ttl)) === 1;
    },
    async tokens(name, key, limit, now) {
      const [tokens, at] = await redis.hmget(bucketKey(name, key), "tokens", "at");
      return tokens === null || at === null ? limit.capacity : refilled(Number(tokens), Number(at), limit, now);
    },
    async countFailure(name, key, windowMs, now) {
      await scripted.limitFail(windowKey(name, key), now, windowMs);
    },
    async failures(name, key, windowMs, now) {
      const [failures, started] = await redis.hmget(windowKey(name, key), "failures", "started");
      if (failures === null || started === null || now - Number(started) >= windowMs) return null;
      return { failures: Number(failures), startedAt: Number(started) };
    },
    async clearFailures(name, key) {
      await redis.del(windowKey(name, key));
    },
  };
}
