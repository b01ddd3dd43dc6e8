-- Users' SSH public keys (UploadSSHPublicKey), for CodeCommit.
--
-- Keyed by the key id (APKA…); held by the user's unique id, so that a renamed user keeps
-- them. key_blob is the key itself, canonical: the base64 of its SSH wire form (RFC 4253,
-- "ssh-rsa", e, n), whatever form it was uploaded in, so that the same key is the same row
-- text and a user holds it at most once. status is AWS's statusType (Active or Inactive).
CREATE TABLE ssh_public_keys (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    user_id TEXT NOT NULL,
    key_blob TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL,
    uploaded BIGINT NOT NULL
);
CREATE UNIQUE INDEX ssh_public_keys_user_key ON ssh_public_keys (user_id, key_blob);
