CREATE TABLE `calendar_token` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	`last_used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_token_tokenHash_unique` ON `calendar_token` (`token_hash`);--> statement-breakpoint
CREATE INDEX `calendar_token_user_idx` ON `calendar_token` (`user_id`);--> statement-breakpoint
CREATE TABLE `cycle_event` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`date_kind` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`month` integer,
	`responsible` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`template_key` text,
	`customised` integer DEFAULT false NOT NULL,
	`link_kind` text,
	`link_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cycle_event_month" CHECK("cycle_event"."month" IS NULL OR "cycle_event"."month" BETWEEN 1 AND 12),
	CONSTRAINT "cycle_event_period" CHECK("cycle_event"."end_date" IS NULL OR "cycle_event"."start_date" IS NULL OR "cycle_event"."end_date" >= "cycle_event"."start_date")
);
--> statement-breakpoint
CREATE INDEX `cycle_event_year_idx` ON `cycle_event` (`partnership_id`,`year`);--> statement-breakpoint
CREATE INDEX `cycle_event_template_idx` ON `cycle_event` (`template_key`);--> statement-breakpoint
CREATE TABLE `cycle_template_event` (
	`id` text PRIMARY KEY NOT NULL,
	`fylke_id` text NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`month` integer NOT NULL,
	`day` integer,
	`end_month` integer,
	`end_day` integer,
	`responsible` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`fylke_id`) REFERENCES `fylke`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cycle_template_month" CHECK("cycle_template_event"."month" BETWEEN 1 AND 12 AND ("cycle_template_event"."end_month" IS NULL OR "cycle_template_event"."end_month" BETWEEN 1 AND 12)),
	CONSTRAINT "cycle_template_day" CHECK(("cycle_template_event"."day" IS NULL OR "cycle_template_event"."day" BETWEEN 1 AND 31) AND ("cycle_template_event"."end_day" IS NULL OR "cycle_template_event"."end_day" BETWEEN 1 AND 31))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cycle_template_event_key_idx` ON `cycle_template_event` (`fylke_id`,`key`);--> statement-breakpoint
CREATE TABLE `cycle_year` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`year` integer NOT NULL,
	`created_by_user_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "cycle_year_range" CHECK("cycle_year"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cycle_year_idx` ON `cycle_year` (`partnership_id`,`year`);--> statement-breakpoint
CREATE TABLE `agenda_item` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`time` text,
	`title` text NOT NULL,
	`responsible` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`standard_key` text,
	`minutes` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_item_meeting_idx` ON `agenda_item` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `follow_up` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text,
	`text` text NOT NULL,
	`owner_user_id` text,
	`deadline` text,
	`status` text DEFAULT 'apen' NOT NULL,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_item`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `follow_up_partnership_idx` ON `follow_up` (`partnership_id`,`status`);--> statement-breakpoint
CREATE INDEX `follow_up_owner_idx` ON `follow_up` (`owner_user_id`,`status`);--> statement-breakpoint
CREATE TABLE `meeting` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`place` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planlagt' NOT NULL,
	`invitation_sent_at` integer,
	`minutes_status` text DEFAULT 'utkast' NOT NULL,
	`minutes_locked_at` integer,
	`created_by_user_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "meeting_title_length" CHECK(length("meeting"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE INDEX `meeting_partnership_date_idx` ON `meeting` (`partnership_id`,`date`);--> statement-breakpoint
CREATE TABLE `meeting_decision` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_item`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `meeting_decision_meeting_idx` ON `meeting_decision` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_participant` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`user_id` text NOT NULL,
	`attended` integer,
	`minutes_approved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_participant_user_idx` ON `meeting_participant` (`meeting_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `minutes_correction` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text,
	`text` text NOT NULL,
	`author_user_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_item`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `minutes_correction_meeting_idx` ON `minutes_correction` (`meeting_id`);