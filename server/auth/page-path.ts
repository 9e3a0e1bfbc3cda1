/**
 * The request header that tells a layout which page is asked for. Layouts are not given their
 * path, and app/(app)/layout.tsx must keep /konto open while it sends a person who has to turn on
 * two-factor sign-in there from every other page (./two-factor-policy.ts). proxy.ts sets it on
 * every page request, overwriting whatever the client sent. A module of its own, so the proxy
 * imports nothing else.
 */
export const PAGE_PATH_HEADER = "x-partnerskapsrommet-path";

/** The join code in a /delta address (?kode=), for the guest's language (server/i18n/request-locale.ts). */
export const JOIN_CODE_HEADER = "x-partnerskapsrommet-kode";
