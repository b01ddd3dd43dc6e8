-- Console passwords: a user's login profile (a salted, slow hash of the password, never the
-- password), and the account password policy that new passwords are checked against.

-- One login profile per user, keyed by the user's unique id so that a renamed user keeps it.
-- history holds the previous password hashes, newest first, one a line, for the password
-- policy's PasswordReusePrevention.
CREATE TABLE login_profiles (
    user_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    history TEXT NOT NULL,
    reset_required BIGINT NOT NULL,
    created BIGINT NOT NULL,
    password_changed BIGINT NOT NULL
);
CREATE INDEX login_profiles_account ON login_profiles (account);

-- At most one password policy per account; NULL max_password_age / reuse_prevention /
-- hard_expiry mean "not set", as GetAccountPasswordPolicy leaves them out.
CREATE TABLE password_policies (
    account TEXT PRIMARY KEY,
    minimum_length BIGINT NOT NULL,
    require_symbols BIGINT NOT NULL,
    require_numbers BIGINT NOT NULL,
    require_uppercase BIGINT NOT NULL,
    require_lowercase BIGINT NOT NULL,
    allow_users_to_change BIGINT NOT NULL,
    max_password_age BIGINT,
    reuse_prevention BIGINT,
    hard_expiry BIGINT
);
