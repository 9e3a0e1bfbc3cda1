import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { user } from "./schema";
import { createDatabase } from "./connection";

describe("the connection's kept statements", () => {
  it("compiles a query text once and hands the same statement back", () => {
    const db = createDatabase(":memory:");
    const first = db.$client.prepare("select 1 as one");
    expect(db.$client.prepare("select 1 as one")).toBe(first);
  });

  it("answers rows as objects again after drizzle read the same text as arrays", () => {
    const db = createDatabase(":memory:");
    const now = new Date();
    db.insert(user).values({ id: "u1", name: "Kari Nordmann", email: "kari@example.no", createdAt: now, updatedAt: now }).run();
    // drizzle reads a select with named fields through raw() (rows as arrays) ...
    const query = db.select({ id: user.id, name: user.name }).from(user);
    expect(query.all()).toEqual([{ id: "u1", name: "Kari Nordmann" }]);
    // ... and a plain SQL read of the very same text expects objects from the same statement.
    expect(db.all(sql.raw(query.toSQL().sql))).toEqual([{ id: "u1", name: "Kari Nordmann" }]);
    expect(db.$client.prepare(query.toSQL().sql).get()).toEqual({ id: "u1", name: "Kari Nordmann" });
  });
});
