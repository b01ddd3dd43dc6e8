-- Service-linked roles: the service a role is linked to (NULL for ordinary roles), and the
-- deletion tasks that DeleteServiceLinkedRole hands out.

ALTER TABLE roles ADD COLUMN linked_service TEXT;

CREATE TABLE slr_deletion_tasks (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    created BIGINT NOT NULL
);
CREATE INDEX slr_deletion_tasks_account ON slr_deletion_tasks (account);
