CREATE TABLE `business_plan` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`year` integer NOT NULL,
	`public_shows_names` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "business_plan_year_range" CHECK("business_plan"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `business_plan_year_idx` ON `business_plan` (`partnership_id`,`year`);--> statement-breakpoint
CREATE TABLE `business_plan_version` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`version_no` integer NOT NULL,
	`status` text DEFAULT 'utkast' NOT NULL,
	`vision` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`state_positions` real,
	`municipal_positions` real,
	`budget` text NOT NULL,
	`positions_budget` real,
	`positions_result` real,
	`change_note` text DEFAULT '' NOT NULL,
	`review_round` integer DEFAULT 0 NOT NULL,
	`sent_at` integer,
	`approved_at` integer,
	`published_at` integer,
	`created_by_user_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `business_plan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `business_plan_version_no_idx` ON `business_plan_version` (`plan_id`,`version_no`);--> statement-breakpoint
CREATE TABLE `plan_activity` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`goal_id` text NOT NULL,
	`key` text NOT NULL,
	`text` text NOT NULL,
	`responsible` text DEFAULT '' NOT NULL,
	`responsible_person` text DEFAULT '' NOT NULL,
	`timing_kind` text DEFAULT 'fortlopende' NOT NULL,
	`timing_value` text,
	`status` text DEFAULT 'ikke_startet' NOT NULL,
	`development_action_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `business_plan_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goal`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`development_action_id`) REFERENCES `development_action`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `plan_activity_goal_idx` ON `plan_activity` (`goal_id`,`position`);--> statement-breakpoint
CREATE INDEX `plan_activity_version_idx` ON `plan_activity` (`version_id`);--> statement-breakpoint
CREATE INDEX `plan_activity_action_idx` ON `plan_activity` (`development_action_id`);--> statement-breakpoint
CREATE TABLE `plan_approval` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`user_id` text NOT NULL,
	`seat` text NOT NULL,
	`kommune_id` text,
	`decision` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`round` integer NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `business_plan_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommune`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_approval_version_idx` ON `plan_approval` (`version_id`,`round`);--> statement-breakpoint
CREATE TABLE `plan_comment` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`version_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_key` text,
	`parent_id` text,
	`author_user_id` text,
	`body` text NOT NULL,
	`resolved_at` integer,
	`resolved_by_user_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `business_plan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `business_plan_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "plan_comment_body_length" CHECK(length("plan_comment"."body") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
CREATE INDEX `plan_comment_plan_idx` ON `plan_comment` (`plan_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `plan_focus_area` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `business_plan_version`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_focus_area_version_idx` ON `plan_focus_area` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_foundation` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`key` text NOT NULL,
	`line` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`url` text,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `business_plan_version`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_foundation_version_idx` ON `plan_foundation` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_goal` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`focus_area_id` text NOT NULL,
	`key` text NOT NULL,
	`text` text NOT NULL,
	`source` text NOT NULL,
	`foundation_key` text,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `business_plan_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_area_id`) REFERENCES `plan_focus_area`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_goal_area_idx` ON `plan_goal` (`focus_area_id`,`position`);--> statement-breakpoint
CREATE INDEX `plan_goal_version_idx` ON `plan_goal` (`version_id`);--> statement-breakpoint
CREATE TABLE `plan_indicator` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`baseline` real,
	`target_kind` text NOT NULL,
	`target_value` real,
	`target_direction` text,
	`target_operator` text,
	`period_kind` text DEFAULT 'tertial' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `business_plan_version`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_indicator_version_idx` ON `plan_indicator` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_indicator_value` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`indicator_key` text NOT NULL,
	`period` text NOT NULL,
	`value` real NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `business_plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_indicator_value_period_idx` ON `plan_indicator_value` (`plan_id`,`indicator_key`,`period`);