CREATE TABLE `leader_agreement_signature` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`user_id` text NOT NULL,
	`party` text NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`text_hash` text NOT NULL,
	`signed_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `leader_agreement_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leader_agreement_signature_user_idx` ON `leader_agreement_signature` (`version_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `leader_agreement_version` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`year` integer NOT NULL,
	`version_no` integer NOT NULL,
	`status` text DEFAULT 'utkast' NOT NULL,
	`office_name` text NOT NULL,
	`parties` text NOT NULL,
	`purpose` text NOT NULL,
	`leader_duties` text NOT NULL,
	`owner_duties` text NOT NULL,
	`change_clause` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`signing_date` text,
	`amendment_of` text,
	`signed_hash` text,
	`signed_at` integer,
	`created_by_user_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "leader_agreement_year_range" CHECK("leader_agreement_version"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leader_agreement_version_no_idx` ON `leader_agreement_version` (`partnership_id`,`year`,`version_no`);--> statement-breakpoint
CREATE INDEX `leader_agreement_partnership_year_idx` ON `leader_agreement_version` (`partnership_id`,`year`);