CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_user_idx` ON `account` (`user_id`);--> statement-breakpoint
CREATE TABLE `rate_limit` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`count` integer NOT NULL,
	`last_request` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rate_limit_key_unique` ON `rate_limit` (`key`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer,
	`updated_at` integer
);
--> statement-breakpoint
CREATE TABLE `fylke` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fylke_slug_unique` ON `fylke` (`slug`);--> statement-breakpoint
CREATE TABLE `kommune` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`name` text NOT NULL,
	`fylke_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`fylke_id`) REFERENCES `fylke`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kommune_number_unique` ON `kommune` (`number`);--> statement-breakpoint
CREATE INDEX `kommune_fylke_idx` ON `kommune` (`fylke_id`);--> statement-breakpoint
CREATE TABLE `partnership` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`office_name` text NOT NULL,
	`fylke_id` text NOT NULL,
	`leader_model` text DEFAULT 'en_leder' NOT NULL,
	`state_positions` real,
	`municipal_positions` real,
	`agreement_date` text,
	`agreement_next_revision` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`fylke_id`) REFERENCES `fylke`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnership_slug_unique` ON `partnership` (`slug`);--> statement-breakpoint
CREATE INDEX `partnership_fylke_idx` ON `partnership` (`fylke_id`);--> statement-breakpoint
CREATE TABLE `partnership_kommune` (
	`partnership_id` text NOT NULL,
	`kommune_id` text NOT NULL,
	`is_host` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`partnership_id`, `kommune_id`),
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommune`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partnership_kommune_kommune_idx` ON `partnership_kommune` (`kommune_id`);--> statement-breakpoint
CREATE TABLE `agreement_point` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`point` text NOT NULL,
	`status` text DEFAULT 'ikke_avklart' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_by_user_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "agreement_point_note_length" CHECK(length("agreement_point"."note") <= 2000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_point_partnership_point_idx` ON `agreement_point` (`partnership_id`,`point`);--> statement-breakpoint
CREATE TABLE `partnership_service` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`service_key` text NOT NULL,
	`custom_name` text,
	`enabled` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "partnership_service_custom_name" CHECK(("partnership_service"."service_key" = 'annet') = ("partnership_service"."custom_name" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnership_service_catalogue_idx` ON `partnership_service` (`partnership_id`,`service_key`) WHERE "partnership_service"."service_key" <> 'annet';--> statement-breakpoint
CREATE TABLE `role_assignment` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`partnership_id` text,
	`fylke_id` text,
	`kommune_id` text,
	`title` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`fylke_id`) REFERENCES `fylke`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommune`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "role_assignment_scope" CHECK(("role_assignment"."role" IN ('nav_leder','avdelingsleder','kommunal_eier','kommunal_delegat') AND "role_assignment"."partnership_id" IS NOT NULL AND "role_assignment"."fylke_id" IS NULL)
        OR ("role_assignment"."role" IN ('fylkesdirektor','fylkesstab') AND "role_assignment"."fylke_id" IS NOT NULL AND "role_assignment"."partnership_id" IS NULL)
        OR ("role_assignment"."role" IN ('fasilitator','admin') AND "role_assignment"."partnership_id" IS NULL AND "role_assignment"."fylke_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `role_assignment_user_idx` ON `role_assignment` (`user_id`);--> statement-breakpoint
CREATE INDEX `role_assignment_partnership_idx` ON `role_assignment` (`partnership_id`);--> statement-breakpoint
CREATE INDEX `role_assignment_fylke_idx` ON `role_assignment` (`fylke_id`);--> statement-breakpoint
CREATE TABLE `invitation` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`partnership_id` text,
	`fylke_id` text,
	`kommune_id` text,
	`title` text,
	`created_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`fylke_id`) REFERENCES `fylke`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_tokenHash_unique` ON `invitation` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitation_email_idx` ON `invitation` (`email`);--> statement-breakpoint
CREATE TABLE `audit_event` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` text,
	`partnership_id` text,
	`fylke_id` text,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`actor_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_event_partnership_idx` ON `audit_event` (`partnership_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_event_entity_idx` ON `audit_event` (`entity`,`entity_id`);