//! What every credential-issuing operation shares: session policies, session tags, the packed
//! size, durations, and sealing the new credentials.

use std::cell::RefCell;
use std::collections::HashMap;

use flate2::{Compress, Compression, FlushCompress, Status};
use gatehouse_core::State;
use gatehouse_core::authorization::policy_cache::compile;
use gatehouse_policy::PolicyKind;
use gatehouse_protocol::sts::{Credentials, PolicyDescriptorType, Tag};
use gatehouse_token::ids::{IdPrefix, new_access_key_id, new_secret_access_key};
use gatehouse_token::session::SecretString;
use gatehouse_token::{AccountId, SessionClaims, SessionPrincipal};
use time::OffsetDateTime;

use crate::error::{Result, StsError};

/// Plaintext budget for the inline session policy and the managed policy ARNs together.
const MAX_SESSION_POLICY_CHARS: usize = 2048;
/// Managed session policies per request.
const MAX_POLICY_ARNS: usize = 10;
/// The compressed bytes that make 100 % of `PackedPolicySize`.
const PACKED_BUDGET_BYTES: usize = 1024;

/// The session policies of a request, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SessionPolicies {
    /// The inline session policy, as sent.
    pub inline: Option<String>,
    /// The managed session policy ARNs.
    pub arns: Vec<String>,
}

impl SessionPolicies {
    /// Whether the request passed any session policy.
    pub fn is_empty(&self) -> bool {
        self.inline.is_none() && self.arns.is_empty()
    }
}

/// Validates `Policy` and `PolicyArns`: at most ten ARNs, 2,048 characters of plaintext in all,
/// a valid session policy document, and managed policies that exist.
pub(crate) async fn session_policies(
    state: &State,
    policy: Option<String>,
    policy_arns: Option<Vec<PolicyDescriptorType>>,
) -> Result<SessionPolicies> {
    let arns: Vec<String> = policy_arns
        .unwrap_or_default()
        .into_iter()
        .filter_map(|d| d.arn)
        .collect();
    if arns.len() > MAX_POLICY_ARNS {
        return Err(StsError::Validation(format!(
            "1 validation error detected: Value at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to {MAX_POLICY_ARNS}"
        )));
    }
    let plaintext =
        policy.as_deref().map_or(0, str::len) + arns.iter().map(String::len).sum::<usize>();
    if plaintext > MAX_SESSION_POLICY_CHARS {
        return Err(StsError::Validation(format!(
            "1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to {MAX_SESSION_POLICY_CHARS}"
        )));
    }
    if let Some(text) = &policy {
        if let Some(message) = unexpected_first_character(text) {
            return Err(StsError::MalformedPolicy(message));
        }
        compile(text, PolicyKind::Session, "session policy")?;
    }
    for arn in &arns {
        if state.managed_policy_document(arn).await?.is_none() {
            return Err(StsError::MalformedPolicy(format!(
                "Policy {arn} does not exist or is not attachable."
            )));
        }
    }
    Ok(SessionPolicies {
        inline: policy,
        arns,
    })
}

/// AWS's answer to a session policy whose first character cannot start a JSON value: the words
/// of the JSON parser STS runs (Jackson), as a public report quotes AWS's answer to a policy
/// starting with `i` (ansible-collections/amazon.aws pull request 2778, December 2025):
/// "Unexpected character ('i' (code 105)): expected a valid value (number, String, array,
/// object, 'true', 'false' or 'null')\n at [Source: java.io.StringReader@52b5743d; line: 1,
/// column: 2]". The column is the one after the character; `StringReader@…` names a Java
/// object, different on every request. `None` when the text starts as JSON can (or with a
/// control character, for which AWS's words are not recorded): the validator answers then.
fn unexpected_first_character(text: &str) -> Option<String> {
    let (mut line, mut column) = (1_u32, 0_usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => column += 1,
            '\n' | '\r' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                line += 1;
                column = 0;
            }
            '{' | '[' | '"' | '-' | '0'..='9' | 't' | 'f' | 'n' => return None,
            c if c.is_control() => return None,
            c => {
                let code = u32::from(c);
                let described = if code > 255 {
                    format!("'{c}' (code {code} / 0x{code:x})")
                } else {
                    format!("'{c}' (code {code})")
                };
                let object = uuid::Uuid::new_v4().as_fields().0;
                return Some(format!(
                    "Unexpected character ({described}): expected a valid value (number, String, array, object, 'true', 'false' or 'null')\n at [Source: java.io.StringReader@{object:x}; line: {line}, column: {}]",
                    column + 2
                ));
            }
        }
    }
    None
}

/// Session tags from the request: keys unique regardless of case.
pub(crate) fn session_tags(tags: Option<Vec<Tag>>) -> Result<Vec<(String, String)>> {
    let tags: Vec<(String, String)> = tags
        .unwrap_or_default()
        .into_iter()
        .map(|t| (t.key, t.value))
        .collect();
    for (index, (key, _)) in tags.iter().enumerate() {
        if tags
            .iter()
            .skip(index + 1)
            .any(|(other, _)| other.eq_ignore_ascii_case(key))
        {
            return Err(StsError::InvalidParameter(
                "Duplicate tag keys found. Please note that Tag keys are case insensitive."
                    .to_owned(),
            ));
        }
    }
    Ok(tags)
}

/// `InvalidParameterValue` unless every transitive tag key is the key of one of the session's
/// tags (compared without case), in AWS's recorded words (LocalStack's
/// tests/aws/services/sts/test_sts.snapshot.json, invalid-transitive-tag-keys).
pub(crate) fn check_transitive_keys(
    tags: &[(String, String)],
    transitive: &[String],
) -> Result<()> {
    let missing = transitive
        .iter()
        .any(|key| !tags.iter().any(|(k, _)| k.eq_ignore_ascii_case(key)));
    if missing {
        return Err(StsError::InvalidParameter(
            "The specified transitive tag key must be included in the requested tags.".to_owned(),
        ));
    }
    Ok(())
}

/// `PackedPolicySize`: the deflated size of the session policies, policy ARNs and session tags
/// as a percentage of a fixed budget (AWS's packing is undocumented; this estimate is
/// deterministic and grows the same way). Above 100 % the request fails.
pub(crate) fn packed_policy_size(
    policies: &SessionPolicies,
    tags: &[(String, String)],
) -> Result<u32> {
    let mut input = Vec::new();
    if let Some(text) = &policies.inline {
        input.extend(
            text.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .bytes(),
        );
    }
    for arn in &policies.arns {
        input.extend_from_slice(arn.as_bytes());
    }
    for (key, value) in tags {
        input.extend_from_slice(key.as_bytes());
        input.extend_from_slice(value.as_bytes());
    }
    let packed = deflated_len(&input)?;
    let percent = u32::try_from(packed * 100 / PACKED_BUDGET_BYTES).unwrap_or(u32::MAX);
    if percent > 100 {
        return Err(StsError::PackedPolicyTooLarge(percent));
    }
    Ok(percent)
}

/// The length of `input` deflated at the best compression. The compressor's state (a few
/// hundred kilobytes of tables, cleared at each use) is made once per thread, and the lengths
/// of recent inputs — clients send the same session policies and tags again and again — are
/// remembered per thread.
fn deflated_len(input: &[u8]) -> Result<usize> {
    /// Remembered lengths per thread, forgotten all at once beyond this many.
    const REMEMBERED: usize = 1024;
    thread_local! {
        static COMPRESSOR: RefCell<Compress> = RefCell::new(Compress::new(Compression::best(), false));
        static LENGTHS: RefCell<HashMap<Vec<u8>, usize>> = RefCell::new(HashMap::new());
    }
    if let Some(len) = LENGTHS.with(|cell| cell.borrow().get(input).copied()) {
        return Ok(len);
    }
    let len = COMPRESSOR.with(|cell| {
        let mut compressor = cell.borrow_mut();
        compressor.reset();
        // Deflate never grows data by more than 5 bytes per 16 KiB block, plus a few bytes.
        let mut output = Vec::with_capacity(input.len() + input.len() / 1000 + 64);
        let status = compressor
            .compress_vec(input, &mut output, FlushCompress::Finish)
            .map_err(|e| internal(std::io::Error::other(e)))?;
        if status == Status::StreamEnd {
            Ok(output.len())
        } else {
            Err(internal(std::io::Error::other("deflate did not finish")))
        }
    })?;
    LENGTHS.with(|cell| {
        let mut lengths = cell.borrow_mut();
        if lengths.len() >= REMEMBERED {
            lengths.clear();
        }
        lengths.insert(input.to_vec(), len);
    });
    Ok(len)
}

fn internal(error: std::io::Error) -> StsError {
    StsError::from(gatehouse_error::Error::new(
        gatehouse_error::ErrorCode::InternalFailure,
        error.to_string(),
    ))
}

/// Claims for a new session of `principal` in `account`, valid `duration` seconds from `now`.
pub(crate) fn new_claims(
    account: AccountId,
    principal: SessionPrincipal,
    now: OffsetDateTime,
    duration: i64,
) -> SessionClaims {
    SessionClaims {
        access_key_id: new_access_key_id(IdPrefix::TemporaryAccessKey, account),
        secret_access_key: SecretString::new(new_secret_access_key()),
        account,
        principal,
        issued_at: now.unix_timestamp(),
        expires_at: now.unix_timestamp() + duration,
        session_policy: None,
        policy_arns: Vec::new(),
        tags: Vec::new(),
        transitive_tag_keys: Vec::new(),
        source_identity: None,
        mfa_authenticated_at: None,
        federated_provider: None,
        identity_keys: Vec::new(),
    }
}

/// Seals `claims` into the credentials handed to the client. The response tells the token's
/// size only to a request that asked for a `MinimumSessionTokenSize`: AWS's answers to
/// requests without it carry neither `SessionTokenSize` nor `SessionTokenUtilization`
/// (AWS answers recorded in LocalStack's tests/aws/services/sts/test_sts.snapshot.json).
pub(crate) fn credentials(
    state: &State,
    claims: &SessionClaims,
    minimum_token_size: Option<i32>,
) -> Result<IssuedCredentials> {
    let expiration = OffsetDateTime::from_unix_timestamp(claims.expires_at)
        .map_err(|e| internal(std::io::Error::other(e)))?;
    let minimum = usize::try_from(minimum_token_size.unwrap_or(0)).unwrap_or(0);
    let session_token = state.keyring().seal_padded(claims, minimum);
    let size = session_token.len();
    let asked = minimum_token_size.is_some();
    Ok(IssuedCredentials {
        size: asked.then(|| i32::try_from(size).ok()).flatten(),
        utilization: asked
            .then(|| i32::try_from((size * 100).div_ceil(MAX_SESSION_TOKEN_SIZE)).ok())
            .flatten(),
        credentials: Credentials {
            access_key_id: claims.access_key_id.clone(),
            secret_access_key: claims.secret_access_key.expose().to_owned(),
            session_token,
            expiration,
        },
    })
}

/// The largest session token gatehouse issues, in bytes: the sealed claims of a session whose
/// policies and tags fill the packed budget, chained with a source identity and transitive
/// tags, stay below it. `SessionTokenUtilization` is a token's size as a share of it.
const MAX_SESSION_TOKEN_SIZE: usize = 16_384;

/// Temporary credentials with what the response says of their session token's size.
pub(crate) struct IssuedCredentials {
    pub credentials: Credentials,
    /// `SessionTokenSize`: the token's length in bytes, when the request gave a minimum.
    pub size: Option<i32>,
    /// `SessionTokenUtilization`: the token's size in percent of the largest gatehouse issues,
    /// when the request gave a minimum.
    pub utilization: Option<i32>,
}

/// The duration of a GetSessionToken or GetFederationToken session: 12 hours by default; the
/// root user's sessions are silently held to one hour.
pub(crate) fn user_session_duration(requested: Option<i32>, root: bool) -> i64 {
    const DEFAULT: i64 = 43_200;
    const ROOT_MAX: i64 = 3_600;
    let requested = requested.map_or(DEFAULT, i64::from);
    if root {
        requested.min(ROOT_MAX)
    } else {
        requested
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The recorded answer (see [`unexpected_first_character`]), up to the Java object's name.
    fn jackson(described: &str, line: u32, column: usize) -> (String, String) {
        (
            format!(
                "Unexpected character ({described}): expected a valid value (number, String, array, object, 'true', 'false' or 'null')\n at [Source: java.io.StringReader@"
            ),
            format!("; line: {line}, column: {column}]"),
        )
    }

    #[test]
    fn a_session_policy_that_cannot_start_as_json_gets_the_parsers_words() {
        let cases = [
            ("invalid", jackson("'i' (code 105)", 1, 2)),
            ("  <policy/>", jackson("'<' (code 60)", 1, 4)),
            ("\n\r\n\tx", jackson("'x' (code 120)", 3, 3)),
            ("é", jackson("'é' (code 233)", 1, 2)),
            ("€", jackson("'€' (code 8364 / 0x20ac)", 1, 2)),
        ];
        for (text, (start, end)) in cases {
            let message = unexpected_first_character(text).unwrap();
            assert!(message.starts_with(&start), "{text:?}: {message}");
            assert!(message.ends_with(&end), "{text:?}: {message}");
            let object = message
                .strip_prefix(&start)
                .unwrap()
                .strip_suffix(&end)
                .unwrap();
            assert!(u32::from_str_radix(object, 16).is_ok(), "{message}");
        }
        for text in [
            "{", "[1]", "\"s\"", "-1", "7", "true", "nope", "fals", "", "  ", "\u{1}x",
        ] {
            assert_eq!(unexpected_first_character(text), None, "{text:?}");
        }
    }

    #[test]
    fn duplicate_tag_keys_are_refused_regardless_of_case() {
        let tags = vec![
            Tag {
                key: "Dept".into(),
                value: "a".into(),
            },
            Tag {
                key: "dept".into(),
                value: "b".into(),
            },
        ];
        assert!(matches!(
            session_tags(Some(tags)),
            Err(StsError::InvalidParameter(_))
        ));
        let ok = session_tags(Some(vec![Tag {
            key: "k".into(),
            value: String::new(),
        }]))
        .unwrap();
        assert_eq!(ok, vec![("k".to_owned(), String::new())]);
    }

    #[test]
    fn transitive_keys_must_be_among_the_tags() {
        let tags = [("Team".to_owned(), "red".to_owned())];
        let rows: [(&[&str], bool); 4] = [
            (&[], true),
            (&["Team"], true),
            (&["team"], true),
            (&["team", "env"], false),
        ];
        for (keys, accepted) in rows {
            let keys: Vec<String> = keys.iter().map(|k| (*k).to_owned()).collect();
            let result = check_transitive_keys(&tags, &keys);
            assert_eq!(result.is_ok(), accepted, "{keys:?}");
            if let Err(err) = result {
                assert!(
                    matches!(err, StsError::InvalidParameter(m) if m == "The specified transitive tag key must be included in the requested tags.")
                );
            }
        }
    }

    #[test]
    fn packed_size_grows_and_overflows() {
        let small = SessionPolicies {
            inline: Some(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#.into()),
            arns: vec![],
        };
        let small_size = packed_policy_size(&small, &[]).unwrap();
        assert!(small_size > 0 && small_size < 20, "{small_size}");
        // Fifty tags of pseudo-random text do not compress away and exceed the budget.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut text = |len: usize| -> String {
            (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    char::from(b'a' + (state % 26) as u8)
                })
                .collect()
        };
        let noisy: Vec<(String, String)> = (0..50).map(|_| (text(128), text(256))).collect();
        assert!(matches!(
            packed_policy_size(&SessionPolicies::default(), &noisy),
            Err(StsError::PackedPolicyTooLarge(p)) if p > 100
        ));
    }

    #[test]
    fn root_sessions_are_held_to_an_hour() {
        assert_eq!(user_session_duration(None, false), 43_200);
        assert_eq!(user_session_duration(None, true), 3_600);
        assert_eq!(user_session_duration(Some(129_600), true), 3_600);
        assert_eq!(user_session_duration(Some(900), true), 900);
    }

    proptest! {
        #[test]
        fn packed_size_never_panics(policy in ".{0,300}", key in "[a-z]{1,20}", value in ".{0,50}") {
            let policies = SessionPolicies { inline: Some(policy), arns: vec![] };
            let _ = packed_policy_size(&policies, &[(key, value)]);
        }
    }
}
