//! Temporary credentials: the claims they carry and the keyring that seals them.
//!
//! A session token is `base64(MAGIC || VERSION || key id || nonce || AES-256-GCM(claims))`, with
//! the first seven bytes as associated data. Any instance holding the keyring validates a token
//! without a store lookup, and tokens survive restarts because the keyring is persisted. The
//! secret access key of the session travels inside the sealed claims, so the server can verify
//! the request's signature after opening the token.

use std::fmt;
use std::io::{self, Write};
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::AccountId;

const MAGIC: &[u8; 2] = b"GH";
const VERSION: u8 = 1;
const HEADER_LEN: usize = 2 + 1 + 4;
const NONCE_LEN: usize = 12;
/// The AES-GCM authentication tag that ends the ciphertext.
const TAG_LEN: usize = 16;
/// The line prefix of a key in the keyring file.
const KEY_LINE: &str = "gatehouse-token-key";

/// Why a session token was refused. Every variant answers `InvalidClientTokenId` on the wire.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    /// Not base64, too short, or an unknown format version.
    #[error("the session token is malformed")]
    Malformed,
    /// Sealed with a key this keyring does not hold.
    #[error("the session token was sealed with an unknown key")]
    UnknownKey,
    /// The authentication tag did not verify: altered or forged.
    #[error("the session token failed authentication")]
    Forged,
}

/// A secret string (a secret access key) that is wiped on drop and never printed.
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps a secret.
    pub fn new(secret: String) -> Self {
        SecretString(secret)
    }

    /// The secret text, for signing or verification only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for SecretString {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

/// Who a temporary credential acts as.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SessionPrincipal {
    /// A role session from any AssumeRole* operation.
    AssumedRole {
        /// The role's unique id (`AROA…`).
        role_id: String,
        /// The role's name.
        role_name: String,
        /// The role's path.
        role_path: String,
        /// The session name.
        session_name: String,
    },
    /// A federated user from GetFederationToken.
    FederatedUser {
        /// The federated user's name.
        name: String,
        /// The IAM user that called GetFederationToken, absent when root did.
        user_name: Option<String>,
        /// That user's unique id (`AIDA…`): the session acts for that user only, not for
        /// another one created later under the same name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        user_id: Option<String>,
    },
    /// An IAM user's session from GetSessionToken.
    User {
        /// The user's unique id (`AIDA…`).
        user_id: String,
        /// The user's name.
        user_name: String,
        /// The user's path.
        user_path: String,
    },
    /// The account root's session from GetSessionToken.
    Root,
}

/// Everything a temporary credential carries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionClaims {
    /// The `ASIA…` access key id the token belongs to.
    pub access_key_id: String,
    /// The session's secret access key.
    pub secret_access_key: SecretString,
    /// The account the session acts in.
    pub account: AccountId,
    /// Who the session acts as.
    pub principal: SessionPrincipal,
    /// Issue time, epoch seconds (`aws:TokenIssueTime`).
    pub issued_at: i64,
    /// Expiry, epoch seconds.
    pub expires_at: i64,
    /// The inline session policy, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_policy: Option<String>,
    /// Managed session policy ARNs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policy_arns: Vec<String>,
    /// Session tags (including inherited transitive tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<(String, String)>,
    /// Keys of the tags that pass on to chained sessions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transitive_tag_keys: Vec<String>,
    /// The source identity, once set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
    /// When MFA was authenticated, epoch seconds; absent without MFA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_authenticated_at: Option<i64>,
    /// The identity provider of a web-identity or SAML session (`aws:FederatedProvider`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federated_provider: Option<String>,
    /// Provider condition keys that stay available to later requests (`…:aud`, `saml:sub`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identity_keys: Vec<(String, Vec<String>)>,
}

/// A sealed token: the text handed to the client.
pub type SealedToken = String;

struct TokenKey {
    id: u32,
    cipher: LessSafeKey,
    material: Zeroizing<[u8; 32]>,
}

/// The AES-256-GCM keys that seal and open session tokens; the newest seals, all open.
pub struct Keyring {
    keys: Vec<TokenKey>,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<u32> = self.keys.iter().map(|k| k.id).collect();
        f.debug_struct("Keyring").field("key_ids", &ids).finish()
    }
}

impl Keyring {
    /// The key made from `material`; `None` only if AES-256 refused a 32-byte key, which it
    /// does not.
    fn from_material(material: [u8; 32]) -> Option<TokenKey> {
        let digest = Sha256::digest(material);
        let mut id = [0u8; 4];
        for (slot, byte) in id.iter_mut().zip(digest.iter()) {
            *slot = *byte;
        }
        let cipher = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &material).ok()?);
        Some(TokenKey {
            id: u32::from_be_bytes(id),
            cipher,
            material: Zeroizing::new(material),
        })
    }

    /// A keyring with one fresh random key.
    pub fn generate() -> Keyring {
        let mut material = [0u8; 32];
        rand::rng().fill_bytes(&mut material);
        Keyring {
            keys: Self::from_material(material).into_iter().collect(),
        }
    }

    /// A keyring whose one key is derived from a shared secret, so that several instances
    /// configured with the same secret open each other's tokens.
    pub fn from_shared_secret(secret: &str) -> Keyring {
        let material: [u8; 32] = Sha256::new()
            .chain_update(b"gatehouse session token key\0")
            .chain_update(secret.as_bytes())
            .finalize()
            .into();
        Keyring {
            keys: Self::from_material(material).into_iter().collect(),
        }
    }

    /// Loads the keyring file at `path`, creating it (mode 0600) with one fresh key if it does
    /// not exist. The last key in the file seals; every key opens.
    pub fn load_or_create(path: &Path) -> io::Result<Keyring> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse_file(&text).ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{} is not a gatehouse keyring file", path.display()),
                )
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let keyring = Keyring::generate();
                keyring.write_file(path)?;
                Ok(keyring)
            }
            Err(e) => Err(e),
        }
    }

    fn parse_file(text: &str) -> Option<Keyring> {
        let mut keys = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let encoded = line.strip_prefix(KEY_LINE)?.trim();
            let bytes = Zeroizing::new(STANDARD.decode(encoded).ok()?);
            let material: [u8; 32] = bytes.as_slice().try_into().ok()?;
            keys.push(Self::from_material(material)?);
        }
        (!keys.is_empty()).then_some(Keyring { keys })
    }

    /// Adds a fresh key that seals from now on; older keys keep opening their tokens.
    pub fn rotate(&mut self) {
        let mut material = [0u8; 32];
        rand::rng().fill_bytes(&mut material);
        self.keys.extend(Self::from_material(material));
    }

    /// Writes the keyring to `path` with mode 0600, replacing it atomically.
    pub fn write_file(&self, path: &Path) -> io::Result<()> {
        let tmp = path.with_extension("tmp");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        for key in &self.keys {
            let line = Zeroizing::new(format!("{KEY_LINE} {}\n", STANDARD.encode(*key.material)));
            file.write_all(line.as_bytes())?;
        }
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    }

    /// Seals claims into a session token.
    pub fn seal(&self, claims: &SessionClaims) -> SealedToken {
        self.seal_padded(claims, 0)
    }

    /// Seals claims into a session token of at least `minimum` characters (AWS's
    /// `MinimumSessionTokenSize`): the claims are padded with trailing whitespace, which
    /// opening ignores.
    pub fn seal_padded(&self, claims: &SessionClaims, minimum: usize) -> SealedToken {
        let Some(key) = self.keys.last() else {
            return String::new();
        };
        // Header, nonce, then the claims, encrypted in place; zeroized when dropped, since it
        // holds the claims (the session's secret among them) in the clear until sealed.
        let mut out = Zeroizing::new(Vec::with_capacity(1024));
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&key.id.to_be_bytes());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        out.extend_from_slice(&nonce);
        if serde_json::to_writer(&mut *out, claims).is_err() {
            return String::new();
        }
        // Base64 turns every 3 bytes into 4 characters.
        let wanted = minimum.div_ceil(4) * 3;
        if wanted > out.len() + TAG_LEN {
            out.resize(wanted - TAG_LEN, b' ');
        }
        let (head, plaintext) = out.split_at_mut(HEADER_LEN + NONCE_LEN);
        let aad = Aad::from(head.get(..HEADER_LEN).unwrap_or_default());
        let Ok(tag) = key.cipher.seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            aad,
            plaintext,
        ) else {
            return String::new();
        };
        out.extend_from_slice(tag.as_ref());
        STANDARD.encode(&*out)
    }

    /// Opens a session token, checking it was sealed by one of this keyring's keys and not altered.
    pub fn open(&self, token: &str) -> Result<SessionClaims, TokenError> {
        let mut bytes = Zeroizing::new(STANDARD.decode(token).map_err(|_| TokenError::Malformed)?);
        if bytes.len() < HEADER_LEN + NONCE_LEN + TAG_LEN {
            return Err(TokenError::Malformed);
        }
        let (head, sealed) = bytes.split_at_mut(HEADER_LEN + NONCE_LEN);
        let (header, nonce) = head.split_at(HEADER_LEN);
        if header.get(..2) != Some(MAGIC.as_slice()) || header.get(2) != Some(&VERSION) {
            return Err(TokenError::Malformed);
        }
        let id_bytes: [u8; 4] = header
            .get(3..7)
            .and_then(|b| b.try_into().ok())
            .ok_or(TokenError::Malformed)?;
        let id = u32::from_be_bytes(id_bytes);
        let key = self
            .keys
            .iter()
            .find(|k| k.id == id)
            .ok_or(TokenError::UnknownKey)?;
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| TokenError::Malformed)?;
        let plaintext = key
            .cipher
            .open_in_place(nonce, Aad::from(header), sealed)
            .map_err(|_| TokenError::Forged)?;
        serde_json::from_slice(plaintext).map_err(|_| TokenError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> SessionClaims {
        SessionClaims {
            access_key_id: "ASIAEXAMPLE".into(),
            secret_access_key: SecretString::new("s3cr3t".into()),
            account: AccountId::parse("123456789012").unwrap(),
            principal: SessionPrincipal::AssumedRole {
                role_id: "AROAEXAMPLE".into(),
                role_name: "admin".into(),
                role_path: "/".into(),
                session_name: "s".into(),
            },
            issued_at: 1,
            expires_at: 3601,
            session_policy: None,
            policy_arns: vec![],
            tags: vec![("team".into(), "blue".into())],
            transitive_tag_keys: vec![],
            source_identity: None,
            mfa_authenticated_at: None,
            federated_provider: None,
            identity_keys: vec![],
        }
    }

    #[test]
    fn seals_and_opens() {
        let ring = Keyring::generate();
        let token = ring.seal(&claims());
        let opened = ring.open(&token).unwrap();
        assert_eq!(opened.secret_access_key.expose(), "s3cr3t");
        assert_eq!(opened.principal, claims().principal);
        assert_eq!(opened.tags, claims().tags);
    }

    #[test]
    fn the_token_format_is_plain_aes_256_gcm() {
        use aes_gcm::aead::{Aead, KeyInit, Payload};
        let ring = Keyring::from_shared_secret("format");
        let key = ring.keys.last().unwrap();
        let cipher = aes_gcm::Aes256Gcm::new(&(*key.material).into());
        let mut header = MAGIC.to_vec();
        header.push(VERSION);
        header.extend_from_slice(&key.id.to_be_bytes());
        // A token sealed by another AES-GCM implementation (as gatehouse sealed them before) opens.
        let nonce = [7u8; NONCE_LEN];
        let plaintext = serde_json::to_vec(&claims()).unwrap();
        let payload = Payload {
            msg: &plaintext,
            aad: &header,
        };
        let sealed = cipher
            .encrypt(aes_gcm::Nonce::from_slice(&nonce), payload)
            .unwrap();
        let token = STANDARD.encode([header.clone(), nonce.to_vec(), sealed].concat());
        assert_eq!(ring.open(&token).unwrap().tags, claims().tags);
        // And a token sealed here opens there.
        let bytes = STANDARD.decode(ring.seal(&claims())).unwrap();
        let (head, sealed) = bytes.split_at(HEADER_LEN + NONCE_LEN);
        let (aad, nonce) = head.split_at(HEADER_LEN);
        assert_eq!(aad, header.as_slice());
        let payload = Payload { msg: sealed, aad };
        let opened = cipher
            .decrypt(aes_gcm::Nonce::from_slice(nonce), payload)
            .unwrap();
        let opened: SessionClaims = serde_json::from_slice(&opened).unwrap();
        assert_eq!(opened.tags, claims().tags);
    }

    #[test]
    fn a_padded_token_has_at_least_the_minimum_size_and_opens() {
        let ring = Keyring::generate();
        let plain = ring.seal(&claims());
        assert_eq!(ring.seal_padded(&claims(), 0).len(), plain.len());
        assert_eq!(ring.seal_padded(&claims(), 10).len(), plain.len());
        for minimum in [plain.len() + 1, 1000, 1001, 1002, 1003, 4096] {
            let padded = ring.seal_padded(&claims(), minimum);
            assert!(padded.len() >= minimum && padded.len() < minimum + 4);
            assert_eq!(ring.open(&padded).unwrap().tags, claims().tags);
        }
    }

    #[test]
    fn refuses_altered_foreign_and_garbage_tokens() {
        let ring = Keyring::generate();
        let token = ring.seal(&claims());
        let mut bytes = STANDARD.decode(&token).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert!(matches!(
            ring.open(&STANDARD.encode(&bytes)),
            Err(TokenError::Forged)
        ));
        assert!(matches!(
            Keyring::generate().open(&token),
            Err(TokenError::UnknownKey)
        ));
        assert!(matches!(
            ring.open("not base64!"),
            Err(TokenError::Malformed)
        ));
        assert!(matches!(ring.open("R0gB"), Err(TokenError::Malformed)));
    }

    #[test]
    fn shared_secret_keyrings_agree_and_rotation_keeps_old_keys() {
        let a = Keyring::from_shared_secret("hunter2");
        let b = Keyring::from_shared_secret("hunter2");
        let token = a.seal(&claims());
        assert!(b.open(&token).is_ok());
        let mut rotated = Keyring::from_shared_secret("hunter2");
        rotated.rotate();
        assert!(rotated.open(&token).is_ok());
        let newer = rotated.seal(&claims());
        assert!(matches!(a.open(&newer), Err(TokenError::UnknownKey)));
    }

    #[test]
    fn keyring_file_is_private_and_reloads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keyring");
        let ring = Keyring::load_or_create(&path).unwrap();
        let token = ring.seal(&claims());
        let again = Keyring::load_or_create(&path).unwrap();
        assert!(again.open(&token).is_ok());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "garbage").unwrap();
        assert!(Keyring::load_or_create(&path).is_err());
    }

    #[test]
    fn an_empty_keyring_and_a_foreign_keyring_fail_cleanly() {
        let empty = Keyring { keys: vec![] };
        assert_eq!(empty.seal(&claims()), "");
        assert!(matches!(empty.open(""), Err(TokenError::Malformed)));
        let token = Keyring::generate().seal(&claims());
        assert!(matches!(empty.open(&token), Err(TokenError::UnknownKey)));
        let foreign = Keyring::from_shared_secret("another secret");
        assert!(matches!(foreign.open(&token), Err(TokenError::UnknownKey)));
        // A foreign token whose key id is forged to this keyring's still fails authentication.
        let ring = Keyring::from_shared_secret("ours");
        let mut bytes = STANDARD.decode(&token).unwrap();
        let ours = STANDARD.decode(ring.seal(&claims())).unwrap();
        bytes[3..7].copy_from_slice(&ours[3..7]);
        assert!(matches!(
            ring.open(&STANDARD.encode(&bytes)),
            Err(TokenError::Forged)
        ));
    }

    /// One change to a sealed token's bytes.
    #[derive(Debug, Clone)]
    enum Mutation {
        /// XOR a byte at an index (modulo the length) with a non-zero mask.
        Flip(usize, u8),
        /// Keep only the first bytes (fewer than all).
        Truncate(usize),
        /// Append bytes.
        Extend(Vec<u8>),
        /// Insert a byte at an index.
        Insert(usize, u8),
        /// Remove a byte at an index.
        Remove(usize),
    }

    fn mutation() -> impl proptest::strategy::Strategy<Value = Mutation> {
        use proptest::prelude::*;
        prop_oneof![
            (any::<usize>(), 1u8..=255).prop_map(|(i, m)| Mutation::Flip(i, m)),
            any::<usize>().prop_map(Mutation::Truncate),
            proptest::collection::vec(any::<u8>(), 1..64).prop_map(Mutation::Extend),
            (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
            any::<usize>().prop_map(Mutation::Remove),
        ]
    }

    fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
        let len = bytes.len();
        match mutation {
            Mutation::Flip(i, mask) => bytes[i % len] ^= mask,
            Mutation::Truncate(keep) => bytes.truncate(keep % len),
            Mutation::Extend(more) => bytes.extend_from_slice(more),
            Mutation::Insert(i, b) => bytes.insert(i % (len + 1), *b),
            Mutation::Remove(i) => {
                bytes.remove(i % len);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn a_changed_token_never_opens(mutations in proptest::collection::vec(mutation(), 1..4)) {
            let ring = Keyring::from_shared_secret("fuzz");
            let token = ring.seal(&claims());
            let original = STANDARD.decode(&token).unwrap();
            let mut bytes = original.clone();
            for mutation in &mutations {
                apply(&mut bytes, mutation);
                if bytes.is_empty() {
                    break;
                }
            }
            let result = ring.open(&STANDARD.encode(&bytes));
            if bytes == original {
                // Mutations that cancel out (insert then remove) give back the token itself.
                proptest::prop_assert!(result.is_ok());
            } else {
                proptest::prop_assert!(result.is_err(), "a changed token opened: {mutations:?}");
            }
        }

        #[test]
        fn a_changed_token_text_never_opens(index in proptest::prelude::any::<usize>(), replacement in proptest::prelude::any::<char>(), cut in proptest::prelude::any::<usize>(), suffix in ".{0,8}") {
            let ring = Keyring::from_shared_secret("fuzz");
            let token = ring.seal(&claims());
            let mut chars: Vec<char> = token.chars().collect();
            let at = index % chars.len();
            chars[at] = replacement;
            let replaced: String = chars.iter().collect();
            let truncated: String = token.chars().take(cut % token.len()).collect();
            let extended = format!("{token}{suffix}");
            for text in [replaced, truncated, extended] {
                let result = ring.open(&text);
                if text == token {
                    proptest::prop_assert!(result.is_ok());
                } else {
                    proptest::prop_assert!(result.is_err(), "changed text opened: {text:?}");
                }
            }
        }

        #[test]
        fn arbitrary_text_never_opens_nor_panics(text in "\\PC{0,300}", bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let ring = Keyring::from_shared_secret("fuzz");
            proptest::prop_assert!(ring.open(&text).is_err());
            proptest::prop_assert!(ring.open(&STANDARD.encode(&bytes)).is_err());
            // Even with a valid header in front, made-up ciphertext does not authenticate.
            let mut framed = STANDARD.decode(ring.seal(&claims())).unwrap()[..HEADER_LEN].to_vec();
            framed.extend_from_slice(&bytes);
            proptest::prop_assert!(ring.open(&STANDARD.encode(&framed)).is_err());
        }
    }
}
