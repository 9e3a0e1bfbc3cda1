/**
 * The participant's token, kept in this browser per samling so a reload (or a phone that
 * slept) keeps the participant and their answers. Nothing else is stored.
 */
const PREFIX = "partnerskapsrommet.delta";

export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, "");

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(`${PREFIX}.${key}`);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(`${PREFIX}.${key}`);
    else window.localStorage.setItem(`${PREFIX}.${key}`, value);
  } catch {
    // Private mode without storage: the participant simply joins again after a reload.
  }
}

/** The token for the samling a code belongs to (or, without a code, the last samling joined here). */
export function storedToken(code: string): string | null {
  const gatheringId = code ? read(`kode.${normaliseCode(code)}`) : read("siste");
  return gatheringId ? read(`deltaker.${gatheringId}`) : null;
}

const listeners = new Set<() => void>();

/** For useSyncExternalStore: told when this tab stores or forgets a token. */
export function subscribeTokens(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function storeToken(code: string, gatheringId: string, token: string) {
  write(`kode.${normaliseCode(code)}`, gatheringId);
  write(`deltaker.${gatheringId}`, token);
  write("siste", gatheringId);
  listeners.forEach((l) => l());
}

export function forgetToken(code: string) {
  const gatheringId = code ? read(`kode.${normaliseCode(code)}`) : read("siste");
  if (gatheringId) write(`deltaker.${gatheringId}`, null);
  listeners.forEach((l) => l());
}
