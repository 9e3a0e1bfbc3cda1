import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, timestamp } from "./columns";
import { user } from "./auth";
import { fylke, kommune } from "./organisation";
import { partnership } from "./partnership";
import { roles } from "./roles";

/** A one-time link that lets an invited person set a password and receive a role. */
export const invitation = pgTable(
  "invitation",
  {
    id: id(),
    /** SHA-256 of the token; the token itself is only ever shown to the admin once. */
    tokenHash: text().notNull().unique(),
    email: text().notNull(),
    name: text().notNull(),
    role: text({ enum: roles }).notNull(),
    partnershipId: text().references(() => partnership.id, { onDelete: "cascade" }),
    fylkeId: text().references(() => fylke.id, { onDelete: "cascade" }),
    kommuneId: text().references(() => kommune.id),
    title: text(),
    createdByUserId: text()
      .notNull()
      .references(() => user.id),
    createdAt: createdAt(),
    expiresAt: timestamp().notNull(),
    acceptedAt: timestamp(),
    revokedAt: timestamp(),
  },
  (t) => [index("invitation_email_idx").on(t.email)],
);
