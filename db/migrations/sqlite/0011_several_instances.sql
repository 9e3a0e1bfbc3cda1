CREATE TABLE `job_run` (
	`name` text PRIMARY KEY NOT NULL,
	`started_at` integer NOT NULL,
	`started_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `limit_bucket` (
	`name` text NOT NULL,
	`key` text NOT NULL,
	`tokens` real NOT NULL,
	`refilled_at_ms` real NOT NULL,
	PRIMARY KEY(`name`, `key`)
);
--> statement-breakpoint
CREATE INDEX `limit_bucket_refilled_idx` ON `limit_bucket` (`refilled_at_ms`);--> statement-breakpoint
CREATE TABLE `live_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gathering_id` text NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `live_event_gathering_idx` ON `live_event` (`gathering_id`,`id`);--> statement-breakpoint
CREATE INDEX `live_event_created_idx` ON `live_event` (`created_at`);--> statement-breakpoint
CREATE TABLE `sign_in_failure` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_failure_started_idx` ON `sign_in_failure` (`window_started_at`);