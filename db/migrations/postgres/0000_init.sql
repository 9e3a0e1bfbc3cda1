CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp (3) with time zone,
	"refresh_token_expires_at" timestamp (3) with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" integer NOT NULL,
	CONSTRAINT "rate_limit_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "two_factor" (
	"id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"backup_codes" text NOT NULL,
	"user_id" text NOT NULL,
	"verified" boolean DEFAULT true,
	"failed_verification_count" integer DEFAULT 0,
	"locked_until" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"two_factor_enabled" boolean DEFAULT false,
	"deactivated_at" timestamp (3) with time zone,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "fylke" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "fylke_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "kommune" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"fylke_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "kommune_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "partnership" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"office_name" text NOT NULL,
	"fylke_id" text NOT NULL,
	"leader_model" text DEFAULT 'en_leder' NOT NULL,
	"state_positions" double precision,
	"municipal_positions" double precision,
	"agreement_date" text,
	"agreement_next_revision" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "partnership_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "partnership_kommune" (
	"partnership_id" text NOT NULL,
	"kommune_id" text NOT NULL,
	"is_host" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "partnership_kommune_partnership_id_kommune_id_pk" PRIMARY KEY("partnership_id","kommune_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_point" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"point" text NOT NULL,
	"status" text DEFAULT 'ikke_avklart' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by_user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "agreement_point_note_length" CHECK (length("agreement_point"."note") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "partnership_service" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"service_key" text NOT NULL,
	"custom_name" text,
	"enabled" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "partnership_service_custom_name" CHECK (("partnership_service"."service_key" = 'annet') = ("partnership_service"."custom_name" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "role_assignment" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"partnership_id" text,
	"fylke_id" text,
	"kommune_id" text,
	"title" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "role_assignment_scope" CHECK (("role_assignment"."role" IN ('nav_leder','avdelingsleder','kommunal_eier','kommunal_delegat') AND "role_assignment"."partnership_id" IS NOT NULL AND "role_assignment"."fylke_id" IS NULL)
        OR ("role_assignment"."role" IN ('fylkesdirektor','fylkesstab') AND "role_assignment"."fylke_id" IS NOT NULL AND "role_assignment"."partnership_id" IS NULL)
        OR ("role_assignment"."role" IN ('fasilitator','admin') AND "role_assignment"."partnership_id" IS NULL AND "role_assignment"."fylke_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"partnership_id" text,
	"fylke_id" text,
	"kommune_id" text,
	"title" text,
	"created_by_user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"accepted_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "invitation_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" text PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" text,
	"partnership_id" text,
	"fylke_id" text,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"held_on" text NOT NULL,
	"occasion" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" text,
	"closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "assessment_occasion_length" CHECK (length("assessment"."occasion") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "assessment_answer" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"item" text NOT NULL,
	"score" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "assessment_answer_comment_length" CHECK (length("assessment_answer"."comment") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "assessment_area" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"area_no" integer NOT NULL,
	"status" text DEFAULT 'ikke_vurdert' NOT NULL,
	"considered" boolean DEFAULT false NOT NULL,
	"prioritised" boolean DEFAULT false NOT NULL,
	"main" boolean DEFAULT false NOT NULL,
	"desired_situation" text DEFAULT '' NOT NULL,
	"barriers" text DEFAULT '' NOT NULL,
	"drivers" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "assessment_area_no_range" CHECK ("assessment_area"."area_no" BETWEEN 1 AND 20),
	CONSTRAINT "assessment_area_main_is_prioritised" CHECK (NOT "assessment_area"."main" OR "assessment_area"."prioritised")
);
--> statement-breakpoint
CREATE TABLE "assessment_participant" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"side" text NOT NULL,
	"share_named" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_action" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"text" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"deadline" text,
	"status" text DEFAULT 'ikke_startet' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "development_action_text_length" CHECK (length("development_action"."text") BETWEEN 1 AND 500)
);
--> statement-breakpoint
CREATE TABLE "development_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"assessment_id" text NOT NULL,
	"area_no" integer NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"what_and_when" text DEFAULT '' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"involved" text DEFAULT '' NOT NULL,
	"responsible_user_id" text,
	"follow_up" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leader_agreement_signature" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"user_id" text NOT NULL,
	"party" text NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"text_hash" text NOT NULL,
	"signed_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leader_agreement_version" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'utkast' NOT NULL,
	"office_name" text NOT NULL,
	"parties" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"leader_duties" jsonb NOT NULL,
	"owner_duties" jsonb NOT NULL,
	"change_clause" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"signing_date" text,
	"amendment_of" text,
	"signed_hash" text,
	"signed_at" timestamp (3) with time zone,
	"created_by_user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "leader_agreement_year_range" CHECK ("leader_agreement_version"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "business_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"year" integer NOT NULL,
	"public_shows_names" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "business_plan_year_range" CHECK ("business_plan"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "business_plan_version" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'utkast' NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"state_positions" double precision,
	"municipal_positions" double precision,
	"budget" jsonb NOT NULL,
	"positions_budget" double precision,
	"positions_result" double precision,
	"change_note" text DEFAULT '' NOT NULL,
	"review_round" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp (3) with time zone,
	"approved_at" timestamp (3) with time zone,
	"published_at" timestamp (3) with time zone,
	"created_by_user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_activity" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"goal_id" text NOT NULL,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"responsible_person" text DEFAULT '' NOT NULL,
	"timing_kind" text DEFAULT 'fortlopende' NOT NULL,
	"timing_value" text,
	"status" text DEFAULT 'ikke_startet' NOT NULL,
	"development_action_id" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_approval" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"user_id" text NOT NULL,
	"seat" text NOT NULL,
	"kommune_id" text,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"round" integer NOT NULL,
	"decided_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_comment" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"version_id" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_key" text,
	"parent_id" text,
	"author_user_id" text,
	"body" text NOT NULL,
	"resolved_at" timestamp (3) with time zone,
	"resolved_by_user_id" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "plan_comment_body_length" CHECK (length("plan_comment"."body") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
CREATE TABLE "plan_focus_area" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_foundation" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"key" text NOT NULL,
	"line" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"url" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_goal" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"focus_area_id" text NOT NULL,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"foundation_key" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicator" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"baseline" double precision,
	"target_kind" text NOT NULL,
	"target_value" double precision,
	"target_direction" text,
	"target_operator" text,
	"period_kind" text DEFAULT 'tertial' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicator_value" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"indicator_key" text NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_token" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"last_used_at" timestamp (3) with time zone,
	CONSTRAINT "calendar_token_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "cycle_event" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"date_kind" text NOT NULL,
	"start_date" text,
	"end_date" text,
	"month" integer,
	"responsible" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"template_key" text,
	"customised" boolean DEFAULT false NOT NULL,
	"link_kind" text,
	"link_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "cycle_event_month" CHECK ("cycle_event"."month" IS NULL OR "cycle_event"."month" BETWEEN 1 AND 12),
	CONSTRAINT "cycle_event_period" CHECK ("cycle_event"."end_date" IS NULL OR "cycle_event"."start_date" IS NULL OR "cycle_event"."end_date" >= "cycle_event"."start_date")
);
--> statement-breakpoint
CREATE TABLE "cycle_template_event" (
	"id" text PRIMARY KEY NOT NULL,
	"fylke_id" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"month" integer NOT NULL,
	"day" integer,
	"end_month" integer,
	"end_day" integer,
	"responsible" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "cycle_template_month" CHECK ("cycle_template_event"."month" BETWEEN 1 AND 12 AND ("cycle_template_event"."end_month" IS NULL OR "cycle_template_event"."end_month" BETWEEN 1 AND 12)),
	CONSTRAINT "cycle_template_day" CHECK (("cycle_template_event"."day" IS NULL OR "cycle_template_event"."day" BETWEEN 1 AND 31) AND ("cycle_template_event"."end_day" IS NULL OR "cycle_template_event"."end_day" BETWEEN 1 AND 31))
);
--> statement-breakpoint
CREATE TABLE "cycle_year" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"year" integer NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "cycle_year_range" CHECK ("cycle_year"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "agenda_item" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"time" text,
	"title" text NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]' NOT NULL,
	"standard_key" text,
	"minutes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"meeting_id" text NOT NULL,
	"agenda_item_id" text,
	"text" text NOT NULL,
	"owner_user_id" text,
	"deadline" text,
	"status" text DEFAULT 'apen' NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"title" text NOT NULL,
	"date" text NOT NULL,
	"start_time" text,
	"end_time" text,
	"place" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planlagt' NOT NULL,
	"invitation_sent_at" timestamp (3) with time zone,
	"minutes_status" text DEFAULT 'utkast' NOT NULL,
	"minutes_locked_at" timestamp (3) with time zone,
	"created_by_user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "meeting_title_length" CHECK (length("meeting"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "meeting_decision" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"agenda_item_id" text,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_participant" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	"attended" boolean,
	"minutes_approved_at" timestamp (3) with time zone,
	"minutes_remark" text DEFAULT '' NOT NULL,
	"minutes_remark_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_correction" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"agenda_item_id" text,
	"text" text NOT NULL,
	"author_user_id" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expectation_theme" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"target" text NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "expectation_theme_label_length" CHECK (length("expectation_theme"."label") BETWEEN 1 AND 120)
);
--> statement-breakpoint
CREATE TABLE "gathering" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"live_status" text DEFAULT 'ikke_startet' NOT NULL,
	"join_code" text,
	"live_opened_at" timestamp (3) with time zone,
	"live_closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "gathering_joinCode_unique" UNIQUE("join_code"),
	CONSTRAINT "gathering_title_length" CHECK (length("gathering"."title") BETWEEN 1 AND 200),
	CONSTRAINT "gathering_date_order" CHECK ("gathering"."starts_on" <= "gathering"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "network" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"created_by_user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "network_slug_unique" UNIQUE("slug"),
	CONSTRAINT "network_name_length" CHECK (length("network"."name") BETWEEN 1 AND 200),
	CONSTRAINT "network_period_order" CHECK ("network"."period_start" <= "network"."period_end")
);
--> statement-breakpoint
CREATE TABLE "network_facilitator" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_member" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"partnership_id" text NOT NULL,
	"status" text DEFAULT 'invitert' NOT NULL,
	"share_statuses" boolean DEFAULT true NOT NULL,
	"share_priorities" boolean DEFAULT true NOT NULL,
	"share_notes" boolean DEFAULT false NOT NULL,
	"share_plans" boolean DEFAULT false NOT NULL,
	"shared_assessment_id" text,
	"invited_by_user_id" text,
	"invited_at" timestamp (3) with time zone NOT NULL,
	"responded_by_user_id" text,
	"responded_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_item" (
	"id" text PRIMARY KEY NOT NULL,
	"gathering_id" text NOT NULL,
	"day" text NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text,
	"title" text NOT NULL,
	"speaker" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "programme_item_title_length" CHECK (length("programme_item"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "workshop_answer" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"item" text NOT NULL,
	"value" text NOT NULL,
	"theme_id" text,
	"submitted_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_participant" (
	"id" text PRIMARY KEY NOT NULL,
	"gathering_id" text NOT NULL,
	"user_id" text,
	"display_name" text NOT NULL,
	"role_group" text NOT NULL,
	"partnership_id" text,
	"token_hash" text NOT NULL,
	"joined_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "workshop_participant_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "workshop_participant_name_length" CHECK (length("workshop_participant"."display_name") BETWEEN 1 AND 80)
);
--> statement-breakpoint
CREATE TABLE "workshop_task" (
	"id" text PRIMARY KEY NOT NULL,
	"gathering_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"statements" jsonb DEFAULT '[]' NOT NULL,
	"status" text DEFAULT 'klar' NOT NULL,
	"results_visible" boolean DEFAULT false NOT NULL,
	"opened_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "workshop_task_title_length" CHECK (length("workshop_task"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "workshop_transfer" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"partnership_id" text NOT NULL,
	"assessment_id" text,
	"accepted_by_user_id" text,
	"accepted_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"user_id" text,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"extras" jsonb,
	"status" text DEFAULT 'waiting' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"claimed_at" timestamp (3) with time zone,
	"claimed_by" text,
	"last_error" text,
	"sent_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "mail_outbox_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"partnership_id" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"link" text NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"read_at" timestamp (3) with time zone,
	"digested_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"delivery" text NOT NULL,
	CONSTRAINT "notification_preference_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "two_factor" ADD CONSTRAINT "two_factor_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kommune" ADD CONSTRAINT "kommune_fylke_id_fylke_id_fk" FOREIGN KEY ("fylke_id") REFERENCES "public"."fylke"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_fylke_id_fylke_id_fk" FOREIGN KEY ("fylke_id") REFERENCES "public"."fylke"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_kommune" ADD CONSTRAINT "partnership_kommune_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_kommune" ADD CONSTRAINT "partnership_kommune_kommune_id_kommune_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommune"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_point" ADD CONSTRAINT "agreement_point_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_point" ADD CONSTRAINT "agreement_point_updated_by_user_id_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_service" ADD CONSTRAINT "partnership_service_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_fylke_id_fylke_id_fk" FOREIGN KEY ("fylke_id") REFERENCES "public"."fylke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_kommune_id_kommune_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommune"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_fylke_id_fylke_id_fk" FOREIGN KEY ("fylke_id") REFERENCES "public"."fylke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_kommune_id_kommune_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommune"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_user_id_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answer" ADD CONSTRAINT "assessment_answer_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answer" ADD CONSTRAINT "assessment_answer_participant_id_assessment_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assessment_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_area" ADD CONSTRAINT "assessment_area_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_participant" ADD CONSTRAINT "assessment_participant_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_participant" ADD CONSTRAINT "assessment_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_action" ADD CONSTRAINT "development_action_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_action" ADD CONSTRAINT "development_action_plan_id_development_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan" ADD CONSTRAINT "development_plan_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan" ADD CONSTRAINT "development_plan_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan" ADD CONSTRAINT "development_plan_responsible_user_id_user_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leader_agreement_signature" ADD CONSTRAINT "leader_agreement_signature_version_id_leader_agreement_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."leader_agreement_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leader_agreement_signature" ADD CONSTRAINT "leader_agreement_signature_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leader_agreement_version" ADD CONSTRAINT "leader_agreement_version_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leader_agreement_version" ADD CONSTRAINT "leader_agreement_version_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plan" ADD CONSTRAINT "business_plan_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plan_version" ADD CONSTRAINT "business_plan_version_plan_id_business_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."business_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plan_version" ADD CONSTRAINT "business_plan_version_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activity" ADD CONSTRAINT "plan_activity_version_id_business_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."business_plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activity" ADD CONSTRAINT "plan_activity_goal_id_plan_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activity" ADD CONSTRAINT "plan_activity_development_action_id_development_action_id_fk" FOREIGN KEY ("development_action_id") REFERENCES "public"."development_action"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approval" ADD CONSTRAINT "plan_approval_version_id_business_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."business_plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approval" ADD CONSTRAINT "plan_approval_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approval" ADD CONSTRAINT "plan_approval_kommune_id_kommune_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommune"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_plan_id_business_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."business_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_version_id_business_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."business_plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_resolved_by_user_id_user_id_fk" FOREIGN KEY ("resolved_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_focus_area" ADD CONSTRAINT "plan_focus_area_version_id_business_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."business_plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_foundation" ADD CONSTRAINT "plan_foundation_version_id_business_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."business_plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_version_id_business_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."business_plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_focus_area_id_plan_focus_area_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."plan_focus_area"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator" ADD CONSTRAINT "plan_indicator_version_id_business_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."business_plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_value" ADD CONSTRAINT "plan_indicator_value_plan_id_business_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."business_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_token" ADD CONSTRAINT "calendar_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_event" ADD CONSTRAINT "cycle_event_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_template_event" ADD CONSTRAINT "cycle_template_event_fylke_id_fylke_id_fk" FOREIGN KEY ("fylke_id") REFERENCES "public"."fylke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_year" ADD CONSTRAINT "cycle_year_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_year" ADD CONSTRAINT "cycle_year_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_correction" ADD CONSTRAINT "minutes_correction_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_correction" ADD CONSTRAINT "minutes_correction_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_correction" ADD CONSTRAINT "minutes_correction_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_theme" ADD CONSTRAINT "expectation_theme_task_id_workshop_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."workshop_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering" ADD CONSTRAINT "gathering_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network" ADD CONSTRAINT "network_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_facilitator" ADD CONSTRAINT "network_facilitator_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_facilitator" ADD CONSTRAINT "network_facilitator_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_shared_assessment_id_assessment_id_fk" FOREIGN KEY ("shared_assessment_id") REFERENCES "public"."assessment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_invited_by_user_id_user_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_responded_by_user_id_user_id_fk" FOREIGN KEY ("responded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_item" ADD CONSTRAINT "programme_item_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_answer" ADD CONSTRAINT "workshop_answer_task_id_workshop_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."workshop_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_answer" ADD CONSTRAINT "workshop_answer_participant_id_workshop_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."workshop_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_answer" ADD CONSTRAINT "workshop_answer_theme_id_expectation_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."expectation_theme"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participant" ADD CONSTRAINT "workshop_participant_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participant" ADD CONSTRAINT "workshop_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participant" ADD CONSTRAINT "workshop_participant_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_task" ADD CONSTRAINT "workshop_task_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_transfer" ADD CONSTRAINT "workshop_transfer_task_id_workshop_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."workshop_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_transfer" ADD CONSTRAINT "workshop_transfer_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_transfer" ADD CONSTRAINT "workshop_transfer_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_transfer" ADD CONSTRAINT "workshop_transfer_accepted_by_user_id_user_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_user_idx" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "two_factor_user_idx" ON "two_factor" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "two_factor_secret_idx" ON "two_factor" USING btree ("secret");--> statement-breakpoint
CREATE INDEX "kommune_fylke_idx" ON "kommune" USING btree ("fylke_id");--> statement-breakpoint
CREATE INDEX "partnership_fylke_idx" ON "partnership" USING btree ("fylke_id");--> statement-breakpoint
CREATE INDEX "partnership_kommune_kommune_idx" ON "partnership_kommune" USING btree ("kommune_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_point_partnership_point_idx" ON "agreement_point" USING btree ("partnership_id","point");--> statement-breakpoint
CREATE INDEX "partnership_service_partnership_idx" ON "partnership_service" USING btree ("partnership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_service_catalogue_idx" ON "partnership_service" USING btree ("partnership_id","service_key") WHERE "partnership_service"."service_key" <> 'annet';--> statement-breakpoint
CREATE INDEX "role_assignment_user_idx" ON "role_assignment" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "role_assignment_partnership_idx" ON "role_assignment" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "role_assignment_fylke_idx" ON "role_assignment" USING btree ("fylke_id");--> statement-breakpoint
CREATE INDEX "invitation_email_idx" ON "invitation" USING btree ("email");--> statement-breakpoint
CREATE INDEX "audit_event_partnership_idx" ON "audit_event" USING btree ("partnership_id","at");--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "assessment_partnership_idx" ON "assessment" USING btree ("partnership_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_answer_item_idx" ON "assessment_answer" USING btree ("participant_id","item");--> statement-breakpoint
CREATE INDEX "assessment_answer_assessment_idx" ON "assessment_answer" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_area_no_idx" ON "assessment_area" USING btree ("assessment_id","area_no");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_participant_user_idx" ON "assessment_participant" USING btree ("assessment_id","user_id");--> statement-breakpoint
CREATE INDEX "development_action_plan_idx" ON "development_action" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "development_plan_area_idx" ON "development_plan" USING btree ("assessment_id","area_no");--> statement-breakpoint
CREATE INDEX "development_plan_partnership_idx" ON "development_plan" USING btree ("partnership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leader_agreement_signature_user_idx" ON "leader_agreement_signature" USING btree ("version_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leader_agreement_version_no_idx" ON "leader_agreement_version" USING btree ("partnership_id","year","version_no");--> statement-breakpoint
CREATE INDEX "leader_agreement_partnership_year_idx" ON "leader_agreement_version" USING btree ("partnership_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "business_plan_year_idx" ON "business_plan" USING btree ("partnership_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "business_plan_version_no_idx" ON "business_plan_version" USING btree ("plan_id","version_no");--> statement-breakpoint
CREATE INDEX "plan_activity_goal_idx" ON "plan_activity" USING btree ("goal_id","position");--> statement-breakpoint
CREATE INDEX "plan_activity_version_idx" ON "plan_activity" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "plan_activity_action_idx" ON "plan_activity" USING btree ("development_action_id");--> statement-breakpoint
CREATE INDEX "plan_approval_version_idx" ON "plan_approval" USING btree ("version_id","round");--> statement-breakpoint
CREATE INDEX "plan_comment_plan_idx" ON "plan_comment" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_focus_area_version_idx" ON "plan_focus_area" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "plan_foundation_version_idx" ON "plan_foundation" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "plan_goal_area_idx" ON "plan_goal" USING btree ("focus_area_id","position");--> statement-breakpoint
CREATE INDEX "plan_goal_version_idx" ON "plan_goal" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "plan_indicator_version_idx" ON "plan_indicator" USING btree ("version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_indicator_value_period_idx" ON "plan_indicator_value" USING btree ("plan_id","indicator_key","period");--> statement-breakpoint
CREATE INDEX "calendar_token_user_idx" ON "calendar_token" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cycle_event_year_idx" ON "cycle_event" USING btree ("partnership_id","year");--> statement-breakpoint
CREATE INDEX "cycle_event_template_idx" ON "cycle_event" USING btree ("template_key");--> statement-breakpoint
CREATE UNIQUE INDEX "cycle_template_event_key_idx" ON "cycle_template_event" USING btree ("fylke_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "cycle_year_idx" ON "cycle_year" USING btree ("partnership_id","year");--> statement-breakpoint
CREATE INDEX "agenda_item_meeting_idx" ON "agenda_item" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "follow_up_partnership_idx" ON "follow_up" USING btree ("partnership_id","status");--> statement-breakpoint
CREATE INDEX "follow_up_owner_idx" ON "follow_up" USING btree ("owner_user_id","status");--> statement-breakpoint
CREATE INDEX "meeting_partnership_date_idx" ON "meeting" USING btree ("partnership_id","date");--> statement-breakpoint
CREATE INDEX "meeting_decision_meeting_idx" ON "meeting_decision" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_participant_user_idx" ON "meeting_participant" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE INDEX "minutes_correction_meeting_idx" ON "minutes_correction" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expectation_theme_label_idx" ON "expectation_theme" USING btree ("task_id","target","label");--> statement-breakpoint
CREATE INDEX "gathering_network_idx" ON "gathering" USING btree ("network_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "network_facilitator_user_idx" ON "network_facilitator" USING btree ("network_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_member_partnership_idx" ON "network_member" USING btree ("network_id","partnership_id");--> statement-breakpoint
CREATE INDEX "network_member_by_partnership_idx" ON "network_member" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "programme_item_gathering_idx" ON "programme_item" USING btree ("gathering_id","day","start_time");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_answer_item_idx" ON "workshop_answer" USING btree ("task_id","participant_id","item");--> statement-breakpoint
CREATE INDEX "workshop_answer_task_idx" ON "workshop_answer" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "workshop_participant_gathering_idx" ON "workshop_participant" USING btree ("gathering_id");--> statement-breakpoint
CREATE INDEX "workshop_task_gathering_idx" ON "workshop_task" USING btree ("gathering_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_transfer_partnership_idx" ON "workshop_transfer" USING btree ("task_id","partnership_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_dedupe_idx" ON "notification" USING btree ("user_id","dedupe_key");