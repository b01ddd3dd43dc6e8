-- AWS Organizations: an organization per management account, its parents (the root and the
-- organizational units, one tree per organization) and its accounts, and the requests that
-- created accounts. Ids are AWS's (o-…, r-…, ou-…, car-…), unique across the store. Roots and
-- OUs share one table because the policies that come next attach to a target by its id (a
-- root, an OU or an account) and are inherited down this tree.

CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    management_account TEXT NOT NULL UNIQUE,
    feature_set TEXT NOT NULL,
    created BIGINT NOT NULL
);

-- parent is NULL for the root; OU names are unique among their parent's OUs.
CREATE TABLE organization_parents (
    id TEXT PRIMARY KEY,
    organization TEXT NOT NULL,
    parent TEXT,
    name TEXT NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX organization_parents_organization ON organization_parents (organization);
CREATE UNIQUE INDEX organization_parents_name ON organization_parents (parent, name);

-- An account belongs to at most one organization; the management account is one of them.
-- email_key is the lower-cased email, unique: no two accounts share an email.
CREATE TABLE organization_accounts (
    account TEXT PRIMARY KEY,
    organization TEXT NOT NULL,
    parent TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    joined_method TEXT NOT NULL,
    joined BIGINT NOT NULL
);
CREATE INDEX organization_accounts_organization ON organization_accounts (organization);
CREATE INDEX organization_accounts_parent ON organization_accounts (parent);

-- CreateAccount requests, answered by DescribeCreateAccountStatus.
CREATE TABLE create_account_requests (
    id TEXT PRIMARY KEY,
    organization TEXT NOT NULL,
    account_name TEXT NOT NULL,
    state TEXT NOT NULL,
    requested BIGINT NOT NULL,
    completed BIGINT,
    account TEXT,
    failure_reason TEXT
);
CREATE INDEX create_account_requests_organization ON create_account_requests (organization);
