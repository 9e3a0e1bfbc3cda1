ALTER TABLE `meeting_participant` ADD `minutes_remark` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meeting_participant` ADD `minutes_remark_at` integer;