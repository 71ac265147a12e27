-- The invitation code a sign-up came with, kept while the account is pending (the registration is
-- repeated with it after a crash) and cleared once the account is active.
alter table account add column invitation text;
