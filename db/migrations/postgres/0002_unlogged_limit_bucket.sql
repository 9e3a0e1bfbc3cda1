-- Custom SQL migration file, put your code below! --
-- The limit buckets (server/instances/limit-store.ts) change on every live answer, join and wrong
-- code: an unlogged table writes no WAL and waits for no fsync. After a crash of the database
-- server the table is empty, which only means every bucket starts full again (ADR 0017).
ALTER TABLE "limit_bucket" SET UNLOGGED;
