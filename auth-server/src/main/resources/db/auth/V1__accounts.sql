-- Login accounts of the authorization server. Passwords are stored only as hashes (bcrypt through
-- Spring Security's delegating encoder); nothing here is ever written to a topic or a read model.
create table account (
  account_id     uuid primary key,
  email          text not null unique,           -- canonical form (io.eventdesign.platform.input.Emails)
  password_hash  text not null,
  user_id        text unique,                    -- user-service's id once the registration is recorded
  state          text not null check (state in ('PENDING', 'ACTIVE')),
  first_name     text not null,                  -- as sent to user-service, so a repeated registration sends the same
  last_name      text not null,
  company        text,
  failed_logins  integer not null default 0,
  locked_until   timestamptz,
  created_at     timestamptz not null default now()
);

create index account_pending on account (created_at) where state = 'PENDING';
