CREATE TABLE `assessment` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`held_on` text NOT NULL,
	`occasion` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by_user_id` text,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "assessment_occasion_length" CHECK(length("assessment"."occasion") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE INDEX `assessment_partnership_idx` ON `assessment` (`partnership_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `assessment_answer` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`item` text NOT NULL,
	`score` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessment`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `assessment_participant`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "assessment_answer_comment_length" CHECK(length("assessment_answer"."comment") <= 1000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_answer_item_idx` ON `assessment_answer` (`participant_id`,`item`);--> statement-breakpoint
CREATE INDEX `assessment_answer_assessment_idx` ON `assessment_answer` (`assessment_id`);--> statement-breakpoint
CREATE TABLE `assessment_area` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`area_no` integer NOT NULL,
	`status` text DEFAULT 'ikke_vurdert' NOT NULL,
	`considered` integer DEFAULT false NOT NULL,
	`prioritised` integer DEFAULT false NOT NULL,
	`main` integer DEFAULT false NOT NULL,
	`desired_situation` text DEFAULT '' NOT NULL,
	`barriers` text DEFAULT '' NOT NULL,
	`drivers` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessment`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "assessment_area_no_range" CHECK("assessment_area"."area_no" BETWEEN 1 AND 20),
	CONSTRAINT "assessment_area_main_is_prioritised" CHECK("assessment_area"."main" = 0 OR "assessment_area"."prioritised" = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_area_no_idx` ON `assessment_area` (`assessment_id`,`area_no`);--> statement-breakpoint
CREATE TABLE `assessment_participant` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`side` text NOT NULL,
	`share_named` integer DEFAULT false NOT NULL,
	`submitted_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessment`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_participant_user_idx` ON `assessment_participant` (`assessment_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `development_action` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`deadline` text,
	`status` text DEFAULT 'ikke_startet' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`plan_id`) REFERENCES `development_plan`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "development_action_text_length" CHECK(length("development_action"."text") BETWEEN 1 AND 500)
);
--> statement-breakpoint
CREATE INDEX `development_action_plan_idx` ON `development_action` (`plan_id`,`position`);--> statement-breakpoint
CREATE TABLE `development_plan` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`assessment_id` text NOT NULL,
	`area_no` integer NOT NULL,
	`why` text DEFAULT '' NOT NULL,
	`what_and_when` text DEFAULT '' NOT NULL,
	`approach` text DEFAULT '' NOT NULL,
	`involved` text DEFAULT '' NOT NULL,
	`responsible_user_id` text,
	`follow_up` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessment`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `development_plan_area_idx` ON `development_plan` (`assessment_id`,`area_no`);--> statement-breakpoint
CREATE INDEX `development_plan_partnership_idx` ON `development_plan` (`partnership_id`);