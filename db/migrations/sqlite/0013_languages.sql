ALTER TABLE `user` ADD `language` text;--> statement-breakpoint
ALTER TABLE `kommune` ADD `malform` text DEFAULT 'bokmal' NOT NULL;--> statement-breakpoint
ALTER TABLE `gathering` ADD `language` text DEFAULT 'nb' NOT NULL;