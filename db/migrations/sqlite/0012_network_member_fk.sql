-- Migration 0008 added network_member.shared_assessment_id with ALTER TABLE … ADD … REFERENCES,
-- which drizzle-kit wrote without the schema's ON DELETE SET NULL (PostgreSQL has it). SQLite
-- cannot change a foreign key in place: the table is rebuilt with the same columns in the same
-- order, the same rows and the same indexes. Nothing references network_member.
CREATE TABLE `__new_network_member` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`partnership_id` text NOT NULL,
	`status` text DEFAULT 'invitert' NOT NULL,
	`share_statuses` integer DEFAULT true NOT NULL,
	`share_priorities` integer DEFAULT true NOT NULL,
	`share_notes` integer DEFAULT false NOT NULL,
	`share_plans` integer DEFAULT false NOT NULL,
	`invited_by_user_id` text,
	`invited_at` integer NOT NULL,
	`responded_by_user_id` text,
	`responded_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	`shared_assessment_id` text,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`responded_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`shared_assessment_id`) REFERENCES `assessment`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_network_member` (`id`, `network_id`, `partnership_id`, `status`, `share_statuses`, `share_priorities`, `share_notes`, `share_plans`, `invited_by_user_id`, `invited_at`, `responded_by_user_id`, `responded_at`, `version`, `updated_at`, `shared_assessment_id`)
SELECT `id`, `network_id`, `partnership_id`, `status`, `share_statuses`, `share_priorities`, `share_notes`, `share_plans`, `invited_by_user_id`, `invited_at`, `responded_by_user_id`, `responded_at`, `version`, `updated_at`, `shared_assessment_id` FROM `network_member`;
--> statement-breakpoint
DROP TABLE `network_member`;
--> statement-breakpoint
ALTER TABLE `__new_network_member` RENAME TO `network_member`;
--> statement-breakpoint
CREATE UNIQUE INDEX `network_member_partnership_idx` ON `network_member` (`network_id`,`partnership_id`);
--> statement-breakpoint
CREATE INDEX `network_member_by_partnership_idx` ON `network_member` (`partnership_id`);
