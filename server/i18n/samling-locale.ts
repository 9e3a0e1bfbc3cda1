import "server-only";
import { headers } from "next/headers";
import { getDb } from "~/db/client";
import type { Locale } from "~/lib/i18n/locales";
import { DomainError } from "~/server/domain/errors";
import { createRateLimiter } from "~/server/live/rate-limit";
import { findOpenGatheringByCode, normaliseJoinCode } from "~/server/domain/workshop/live";
import { limitKey, requestClientAddress } from "~/server/security/client-address";

/**
 * The join screen's own limit on wrong codes (the same name and allowance as the API's, so
 * instances that share buckets share this one): the address is not a way around the API's limit
 * for guessing which codes are in use.
 */
const wrongCodes = createRateLimiter("workshop-wrong-code", { capacity: 20, refillPerSecond: 1 / 6 });

/** The language of the open samling a join code opens, or null (no such samling, or too many wrong codes). */
export async function samlingLanguage(rawCode: string): Promise<Locale | null> {
  const code = normaliseJoinCode(rawCode);
  if (code.length === 0 || code.length > 20) return null;
  const key = limitKey(requestClientAddress(await headers()));
  if (!(await wrongCodes.available(key))) return null;
  try {
    return (await findOpenGatheringByCode(getDb(), code)).language;
  } catch (error) {
    // A code not in use: the join screen says so (in the request's language) when it asks the API.
    if (error instanceof DomainError && error.kind === "not_found") {
      await wrongCodes.take(key);
      return null;
    }
    throw error;
  }
}
