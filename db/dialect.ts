/**
 * Which database a process talks to, read from DATABASE_URL (ADR 0016): a `postgres://` or
 * `postgresql://` address selects PostgreSQL, anything else (a file path, `file:…`, `:memory:`,
 * or nothing) the embedded SQLite file. One process uses one dialect for its whole life.
 */
export type Dialect = "sqlite" | "postgres";

export function dialectOf(url: string | undefined): Dialect {
  return /^postgres(ql)?:\/\//i.test(url?.trim() ?? "") ? "postgres" : "sqlite";
}

export const activeDialect = (): Dialect => dialectOf(process.env.DATABASE_URL);
