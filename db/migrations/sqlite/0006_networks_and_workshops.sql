CREATE TABLE `expectation_theme` (
	`id` text PRIMARY KEY NOT NULL,
	`task_id` text NOT NULL,
	`target` text NOT NULL,
	`label` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `workshop_task`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "expectation_theme_label_length" CHECK(length("expectation_theme"."label") BETWEEN 1 AND 120)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `expectation_theme_label_idx` ON `expectation_theme` (`task_id`,`target`,`label`);--> statement-breakpoint
CREATE TABLE `gathering` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`title` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`live_status` text DEFAULT 'ikke_startet' NOT NULL,
	`join_code` text,
	`live_opened_at` integer,
	`live_closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "gathering_title_length" CHECK(length("gathering"."title") BETWEEN 1 AND 200),
	CONSTRAINT "gathering_date_order" CHECK("gathering"."starts_on" <= "gathering"."ends_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gathering_joinCode_unique` ON `gathering` (`join_code`);--> statement-breakpoint
CREATE INDEX `gathering_network_idx` ON `gathering` (`network_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `network` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`created_by_user_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "network_name_length" CHECK(length("network"."name") BETWEEN 1 AND 200),
	CONSTRAINT "network_period_order" CHECK("network"."period_start" <= "network"."period_end")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_slug_unique` ON `network` (`slug`);--> statement-breakpoint
CREATE TABLE `network_facilitator` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_facilitator_user_idx` ON `network_facilitator` (`network_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `network_member` (
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
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`responded_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_member_partnership_idx` ON `network_member` (`network_id`,`partnership_id`);--> statement-breakpoint
CREATE INDEX `network_member_by_partnership_idx` ON `network_member` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `programme_item` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`day` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text,
	`title` text NOT NULL,
	`speaker` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gathering`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "programme_item_title_length" CHECK(length("programme_item"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE INDEX `programme_item_gathering_idx` ON `programme_item` (`gathering_id`,`day`,`start_time`);--> statement-breakpoint
CREATE TABLE `workshop_answer` (
	`id` text PRIMARY KEY NOT NULL,
	`task_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`item` text NOT NULL,
	`value` text NOT NULL,
	`theme_id` text,
	`submitted_at` integer NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `workshop_task`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `workshop_participant`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `expectation_theme`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshop_answer_item_idx` ON `workshop_answer` (`task_id`,`participant_id`,`item`);--> statement-breakpoint
CREATE INDEX `workshop_answer_task_idx` ON `workshop_answer` (`task_id`);--> statement-breakpoint
CREATE TABLE `workshop_participant` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`user_id` text,
	`display_name` text NOT NULL,
	`role_group` text NOT NULL,
	`partnership_id` text,
	`token_hash` text NOT NULL,
	`joined_at` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gathering`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "workshop_participant_name_length" CHECK(length("workshop_participant"."display_name") BETWEEN 1 AND 80)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshop_participant_tokenHash_unique` ON `workshop_participant` (`token_hash`);--> statement-breakpoint
CREATE INDEX `workshop_participant_gathering_idx` ON `workshop_participant` (`gathering_id`);--> statement-breakpoint
CREATE TABLE `workshop_task` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`statements` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'klar' NOT NULL,
	`results_visible` integer DEFAULT false NOT NULL,
	`opened_at` integer,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gathering`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "workshop_task_title_length" CHECK(length("workshop_task"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE INDEX `workshop_task_gathering_idx` ON `workshop_task` (`gathering_id`,`position`);--> statement-breakpoint
CREATE TABLE `workshop_transfer` (
	`id` text PRIMARY KEY NOT NULL,
	`task_id` text NOT NULL,
	`partnership_id` text NOT NULL,
	`assessment_id` text,
	`accepted_by_user_id` text,
	`accepted_at` integer NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `workshop_task`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessment`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`accepted_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshop_transfer_partnership_idx` ON `workshop_transfer` (`task_id`,`partnership_id`);