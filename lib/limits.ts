/** Limits and codes that the pages must know as well as the server enforces them. */

/** Shortest password a person may choose (server/domain/admin/password-policy.ts holds the rest of the policy). */
export const MIN_PASSWORD_LENGTH = 10;

/** The error code the sign-in page recognises when server/auth/account-limit.ts has locked an account for a while. */
export const ACCOUNT_LOCKED_CODE = "ACCOUNT_TEMPORARILY_LOCKED";

/** Calls per tRPC batch unless TRPC_MAX_BATCH says otherwise; the browser client batches no more (server/security/request-limits.ts). */
export const DEFAULT_TRPC_MAX_BATCH = 10;

/** Largest spreadsheet the plan import takes; the upload form checks it before sending. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
