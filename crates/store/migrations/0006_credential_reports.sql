-- Each account's latest credential report (GenerateCredentialReport): the CSV as it was built
-- and when, so that GetCredentialReport answers the same report until a new one replaces it,
-- across restarts.
CREATE TABLE credential_reports (
    account TEXT PRIMARY KEY,
    generated BIGINT NOT NULL,
    content TEXT NOT NULL
);
