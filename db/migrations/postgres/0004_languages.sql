ALTER TABLE "user" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "kommune" ADD COLUMN "malform" text DEFAULT 'bokmal' NOT NULL;--> statement-breakpoint
ALTER TABLE "gathering" ADD COLUMN "language" text DEFAULT 'nb' NOT NULL;