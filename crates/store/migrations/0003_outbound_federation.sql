-- Outbound web identity federation (IAM EnableOutboundWebIdentityFederation, STS
-- GetWebIdentityToken): one row per account that ever enabled it, and that account's signing
-- keys. Disabling keeps the row (enabled = 0) and the keys, so tokens issued before still
-- verify against the published key set and re-enabling keeps the issuer and its keys.

CREATE TABLE outbound_federation (
    account TEXT PRIMARY KEY,
    enabled BIGINT NOT NULL,
    created BIGINT NOT NULL,
    updated BIGINT NOT NULL
);

-- Private keys as base64 DER (PKCS#1 for RS256, PKCS#8 for ES384); kid is the public key's
-- JWK thumbprint. One key per algorithm and account.
CREATE TABLE outbound_signing_keys (
    account TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    kid TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created BIGINT NOT NULL,
    PRIMARY KEY (account, algorithm)
);
