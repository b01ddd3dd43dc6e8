//! The SSH public keys IAM accepts: the `SSHPublicKeyBody` of UploadSSHPublicKey, its
//! fingerprint, and the key written back in either encoding GetSSHPublicKey offers. Pure: the
//! IAM operations (`crates/iam/src/ssh_public_keys.rs`) word the errors as AWS does.
//!
//! AWS takes "an SSH public key … encoded in ssh-rsa format or PEM format", of at least 2048
//! bits (https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html):
//! OpenSSH's `ssh-rsa BASE64 [comment]`, or a PEM `PUBLIC KEY` (an X.509 SubjectPublicKeyInfo)
//! holding an RSA key. The key is kept as its SSH wire form (RFC 4253 section 6.6: the string
//! `ssh-rsa`, then `e` and `n` as mpints), written canonically, so that the same key uploaded
//! in either form is the same key.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest as _, Md5};
use pkcs1::der::asn1::{AnyRef, BitStringRef, UintRef};
use pkcs1::der::{Decode as _, Encode as _};
use spki::{AlgorithmIdentifierRef, SubjectPublicKeyInfoRef};

/// Why a body is not a key IAM accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Neither form, or a key that is not RSA (IAM's `UnrecognizedPublicKeyEncoding`).
    #[error("the public key encoding format is unsupported or unrecognized")]
    Unrecognized,
    /// One of the forms, but not a well-formed RSA key (IAM's `InvalidPublicKey`).
    #[error("the public key is malformed or otherwise invalid")]
    Malformed,
    /// An RSA key with a modulus shorter than [`MIN_BITS`] (IAM's `InvalidPublicKey`).
    #[error("the public key is shorter than {MIN_BITS} bits")]
    TooShort,
}

type Result<T> = std::result::Result<T, KeyError>;

/// The key type of an RSA key in OpenSSH's form and in its wire form.
const SSH_RSA: &str = "ssh-rsa";
/// The PEM armour of a SubjectPublicKeyInfo.
const PEM_BEGIN: &str = "-----BEGIN PUBLIC KEY-----";
const PEM_END: &str = "-----END PUBLIC KEY-----";
/// The length of a PEM body line (RFC 7468).
const PEM_LINE: usize = 64;
/// The shortest modulus AWS accepts, in bits: "The minimum bit-length of the public key is
/// 2048 bits" (the API reference of UploadSSHPublicKey).
pub const MIN_BITS: usize = 2048;

/// An RSA public key as UploadSSHPublicKey accepts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SshRsaKey {
    /// The public exponent, big-endian, without leading zeros.
    e: Vec<u8>,
    /// The modulus, big-endian, without leading zeros.
    n: Vec<u8>,
}

/// `bytes` without its leading zeros.
fn unpadded(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    bytes.get(start..).unwrap_or_default()
}

/// The number of significant bits of an unpadded big-endian number.
fn bit_length(number: &[u8]) -> usize {
    number.first().map_or(0, |&top| {
        (number.len() - 1) * 8 + (8 - top.leading_zeros() as usize)
    })
}

/// Reads one SSH wire field (a length-prefixed string) off the front of `rest`.
fn take_field<'a>(rest: &mut &'a [u8]) -> Option<&'a [u8]> {
    let (length, tail) = rest.split_first_chunk::<4>()?;
    let length = usize::try_from(u32::from_be_bytes(*length)).ok()?;
    let (field, tail) = tail.split_at_checked(length)?;
    *rest = tail;
    Some(field)
}

/// Reads a non-negative mpint off the front of `rest`, without its leading zeros.
fn take_positive_mpint<'a>(rest: &mut &'a [u8]) -> Option<&'a [u8]> {
    let field = take_field(rest)?;
    match field.first() {
        Some(top) if top & 0x80 != 0 => None,
        _ => Some(unpadded(field)),
    }
}

/// Appends one SSH wire field.
fn put_field(wire: &mut Vec<u8>, field: &[u8]) {
    let length = u32::try_from(field.len()).unwrap_or(u32::MAX);
    wire.extend_from_slice(&length.to_be_bytes());
    wire.extend_from_slice(field);
}

/// Appends a non-negative mpint, with the zero byte that keeps a high top bit positive.
fn put_positive_mpint(wire: &mut Vec<u8>, number: &[u8]) {
    if number.first().is_some_and(|top| top & 0x80 != 0) {
        let mut padded = Vec::with_capacity(number.len() + 1);
        padded.push(0);
        padded.extend_from_slice(number);
        put_field(wire, &padded);
    } else {
        put_field(wire, number);
    }
}

impl SshRsaKey {
    /// The key an `SSHPublicKeyBody` holds.
    ///
    /// # Errors
    /// [`KeyError::Unrecognized`] for neither form or a key that is not RSA,
    /// [`KeyError::Malformed`] for a broken key in a known form, [`KeyError::TooShort`] for a
    /// modulus under [`MIN_BITS`].
    pub fn parse(body: &str) -> Result<Self> {
        let body = body.trim();
        if body.starts_with("-----BEGIN ") {
            return Self::from_pem(body);
        }
        let mut fields = body.split_ascii_whitespace();
        match (fields.next(), fields.next()) {
            (Some(SSH_RSA), Some(data)) => {
                let wire = STANDARD.decode(data).map_err(|_| KeyError::Malformed)?;
                Self::from_wire(&wire)
            }
            (Some(SSH_RSA), None) => Err(KeyError::Malformed),
            _ => Err(KeyError::Unrecognized),
        }
    }

    /// The key a stored canonical form (see [`SshRsaKey::stored`]) holds.
    ///
    /// # Errors
    /// [`KeyError::Malformed`] for text that is not such a form.
    pub fn from_stored(stored: &str) -> Result<Self> {
        let wire = STANDARD.decode(stored).map_err(|_| KeyError::Malformed)?;
        Self::from_wire(&wire)
    }

    /// The key an SSH wire form holds: `ssh-rsa`, `e`, `n`, and nothing after.
    fn from_wire(wire: &[u8]) -> Result<Self> {
        let mut rest = wire;
        if take_field(&mut rest) != Some(SSH_RSA.as_bytes()) {
            return Err(KeyError::Malformed);
        }
        let e = take_positive_mpint(&mut rest).ok_or(KeyError::Malformed)?;
        let n = take_positive_mpint(&mut rest).ok_or(KeyError::Malformed)?;
        if !rest.is_empty() {
            return Err(KeyError::Malformed);
        }
        Self::new(e, n)
    }

    /// The RSA key a PEM `PUBLIC KEY` holds.
    fn from_pem(body: &str) -> Result<Self> {
        let inner = body.strip_prefix(PEM_BEGIN).ok_or(KeyError::Unrecognized)?;
        let inner = inner.strip_suffix(PEM_END).ok_or(KeyError::Malformed)?;
        let base64: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
        let der = STANDARD.decode(base64).map_err(|_| KeyError::Malformed)?;
        let info = SubjectPublicKeyInfoRef::from_der(&der).map_err(|_| KeyError::Malformed)?;
        if info.algorithm.oid != pkcs1::ALGORITHM_OID {
            return Err(KeyError::Unrecognized);
        }
        let key = info
            .subject_public_key
            .as_bytes()
            .ok_or(KeyError::Malformed)?;
        let key = pkcs1::RsaPublicKey::from_der(key).map_err(|_| KeyError::Malformed)?;
        Self::new(key.public_exponent.as_bytes(), key.modulus.as_bytes())
    }

    /// Checks an RSA key's numbers: an odd modulus of at least [`MIN_BITS`] bits, an odd
    /// exponent above one.
    fn new(e: &[u8], n: &[u8]) -> Result<Self> {
        let (e, n) = (unpadded(e), unpadded(n));
        let odd = |number: &[u8]| number.last().is_some_and(|low| low & 1 == 1);
        if !odd(n) || !odd(e) || e == [1] {
            return Err(KeyError::Malformed);
        }
        if bit_length(n) < MIN_BITS {
            return Err(KeyError::TooShort);
        }
        Ok(Self {
            e: e.to_vec(),
            n: n.to_vec(),
        })
    }

    /// The SSH wire form, canonical (RFC 4253 section 6.6).
    fn wire(&self) -> Vec<u8> {
        let mut wire = Vec::with_capacity(self.n.len() + self.e.len() + 24);
        put_field(&mut wire, SSH_RSA.as_bytes());
        put_positive_mpint(&mut wire, &self.e);
        put_positive_mpint(&mut wire, &self.n);
        wire
    }

    /// The form the store keeps: the base64 of the wire form.
    pub fn stored(&self) -> String {
        STANDARD.encode(self.wire())
    }

    /// AWS's fingerprint: the MD5 of the SSH wire form, as colon-separated hex pairs, which is
    /// also what `ssh-keygen -l -E md5` prints. Recorded: AWS answered `c8:86:28:03:…` for a
    /// key whose `ssh-keygen -l -E md5` is `MD5:c8:86:28:03:…` (RhinoSecurityLabs/cloudgoat,
    /// scenarios/cicd/cheat_sheet.md), and the two keys and fingerprints of ansible/ansible's
    /// codecommit_ssh_key_facts.py sample are checked in the tests below.
    pub fn fingerprint(&self) -> String {
        let digest = Md5::digest(self.wire());
        let pairs: Vec<String> = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        pairs.join(":")
    }

    /// OpenSSH's form, without a comment: `ssh-rsa BASE64` (GetSSHPublicKey, `SSH`).
    pub fn openssh(&self) -> String {
        format!("{SSH_RSA} {}", self.stored())
    }

    /// The PEM `PUBLIC KEY` (GetSSHPublicKey, `PEM`).
    ///
    /// # Errors
    /// The DER encoder's, which a key [`SshRsaKey::parse`] made does not meet.
    pub fn pem(&self) -> std::result::Result<String, pkcs1::der::Error> {
        let rsa = pkcs1::RsaPublicKey {
            modulus: UintRef::new(&self.n)?,
            public_exponent: UintRef::new(&self.e)?,
        };
        let key = rsa.to_der()?;
        let info = SubjectPublicKeyInfoRef {
            algorithm: AlgorithmIdentifierRef {
                oid: pkcs1::ALGORITHM_OID,
                parameters: Some(AnyRef::NULL),
            },
            subject_public_key: BitStringRef::from_bytes(&key)?,
        };
        let der = info.to_der()?;
        let mut pem = String::from(PEM_BEGIN);
        for (at, c) in STANDARD.encode(der).chars().enumerate() {
            if at % PEM_LINE == 0 {
                pem.push('\n');
            }
            pem.push(c);
        }
        pem.push('\n');
        pem.push_str(PEM_END);
        pem.push('\n');
        Ok(pem)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Two keys and the fingerprints AWS answered for them, recorded in the sample output of
    /// ansible/ansible's lib/ansible/modules/cloud/amazon/codecommit_ssh_key_facts.py.
    const RECORDED: [(&str, &str); 2] = [
        (
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDZu11q42q3RAAzn+2LVvP+rPcgzuFM6hHTLBQjwQL69RnqLvzWNzyafAfyM1JD4wkOlhjw0KY/qNoPjxpikPW5O6VME6Y3rO6mbFbfuAyuj/x+gQrw6WES81/04iO+I/6CiUBHNV/nY8plsz31a2m/Wg1SGTFMxpvhAAQ1qQsUzErrIXlqe2f5qN9/wTTuuHms1kuNP3rHfUku18fjr05V5bUUKc7vyEnkZuuX4BsADIYu4t/X/bveEhhOzjvd6dAmEwTPsamH8ROcwa32F5cdShBu2AFjck9H3hij6TKgYZTHTJA3WZSXFNlXdcgfbHm67gHjCq86PKdObsdUzkq5",
            "19:72:05:e0:bf:7e:15:c7:09:8a:c3:65:fc:c1:18:a3",
        ),
        (
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCNpbiWvkOtiN64cBl7Papp2HfB7Co2RGWG6m5iL8jXafwlqLuKxmNiaNgJ1q1vbcZvczxBzPo2wVQy2ra3Ea9/cjICxoHpl7rpPJ9zAViWQ+4NiudLgyNwvvcfywzzmCMw+vqOi6vlr/iy89Y1AMz7pDP0Ax/OY1yJkkXqL1BQiF1dxNzVjCnRhLbA85e2LDUE30zaJC+9qe6GOhLOkqUSOn0H8WqcJTPqdd1lgPhZKDtnN6GKBaOBqGt7m5EKqUewU13+FOroRQBQsMX6EH4/MHaZNUi8LKAfmY2gPGahTlQLJwypDZ4zD1C6BDvTLLzoL0QkbSEaP6mXYBQ3zMzP",
            "84:62:be:70:88:d4:ed:f8:26:58:15:90:f1:4b:27:70",
        ),
    ];

    /// The first recorded key as a PEM `PUBLIC KEY` (written by Python's `cryptography`).
    const RECORDED_PEM: &str = "-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2btdauNqt0QAM5/ti1bz
/qz3IM7hTOoR0ywUI8EC+vUZ6i781jc8mnwH8jNSQ+MJDpYY8NCmP6jaD48aYpD1
uTulTBOmN6zupmxW37gMro/8foEK8OlhEvNf9OIjviP+golARzVf52PKZbM99Wtp
v1oNUhkxTMab4QAENakLFMxK6yF5antn+ajff8E07rh5rNZLjT96x31JLtfH469O
VeW1FCnO78hJ5Gbrl+AbAAyGLuLf1/273hIYTs473enQJhMEz7Gph/ETnMGt9heX
HUoQbtgBY3JPR94Yo+kyoGGUx0yQN1mUlxTZV3XIH2x5uu4B4wqvOjynTm7HVM5K
uQIDAQAB
-----END PUBLIC KEY-----
";

    /// A P-256 key as a PEM `PUBLIC KEY`.
    const EC_PEM: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElanuNyRR33WI5DeGNuL/1jyjbR9E
Gxj7bB65OByDjAYag9cStFXd60dhFOvUTFh7GgE0alR2AiyC1NVtRVvX0g==
-----END PUBLIC KEY-----
";

    /// An OpenSSH `ssh-rsa` line over a wire form of `type_name`, `e` and `n` as given.
    fn openssh_line(type_name: &str, e: &[u8], n: &[u8]) -> String {
        let mut wire = Vec::new();
        put_field(&mut wire, type_name.as_bytes());
        put_field(&mut wire, e);
        put_field(&mut wire, n);
        format!("ssh-rsa {} comment", STANDARD.encode(wire))
    }

    /// An odd modulus of exactly `bits` bits, as a positive mpint's bytes.
    fn modulus(bits: usize) -> Vec<u8> {
        let mut n = vec![0xffu8; bits.div_ceil(8)];
        if let Some(top) = n.first_mut() {
            *top = 0xff >> ((8 - bits % 8) % 8);
        }
        let mut wire = Vec::new();
        put_positive_mpint(&mut wire, &n);
        wire.split_off(4)
    }

    fn is_unrecognized(result: Result<SshRsaKey>) -> bool {
        result == Err(KeyError::Unrecognized)
    }

    /// IAM's `InvalidPublicKey`: malformed, or too short.
    fn is_invalid(result: Result<SshRsaKey>) -> bool {
        matches!(result, Err(KeyError::Malformed | KeyError::TooShort))
    }

    #[test]
    fn fingerprints_are_the_md5_of_the_wire_form_as_aws_records_them() {
        for (body, fingerprint) in RECORDED {
            let key = SshRsaKey::parse(body).unwrap();
            assert_eq!(key.fingerprint(), fingerprint);
            assert_eq!(key.fingerprint().len(), 47);
        }
    }

    #[test]
    fn either_form_reads_as_the_same_key_and_writes_both_forms() {
        let (body, fingerprint) = RECORDED[0];
        let from_ssh = SshRsaKey::parse(&format!("  {body} user@host\n")).unwrap();
        let from_pem = SshRsaKey::parse(RECORDED_PEM).unwrap();
        assert_eq!(from_ssh, from_pem);
        assert_eq!(from_pem.fingerprint(), fingerprint);
        assert_eq!(from_ssh.openssh(), body);
        assert_eq!(from_ssh.pem().unwrap(), RECORDED_PEM);
        assert_eq!(
            SshRsaKey::from_stored(&from_pem.stored()).unwrap(),
            from_ssh
        );
        // CRLF line ends and a body without line breaks read the same.
        let crlf = RECORDED_PEM.replace('\n', "\r\n");
        assert_eq!(SshRsaKey::parse(&crlf).unwrap(), from_ssh);
    }

    #[test]
    fn keys_of_other_types_and_other_encodings_are_unrecognized() {
        // The API reference: "encoded in ssh-rsa format or PEM format".
        for body in [
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKzvfE+qS09w+okgrO0gY7jryF0lSCxdEO/O0UaUhuZe a@b",
            "ssh-dss AAAAB3NzaC1kc3M= x",
            "AAAAB3NzaC1yc2EAAAADAQABAAABAQDZ",
            "not a key",
            EC_PEM,
            "-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA2btdauNqt0QAM5\n-----END RSA PUBLIC KEY-----",
            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
        ] {
            assert!(is_unrecognized(SshRsaKey::parse(body)), "{body}");
        }
    }

    #[test]
    fn broken_keys_in_a_known_form_are_invalid() {
        let n = modulus(2048);
        for body in [
            "ssh-rsa".to_owned(),
            "ssh-rsa !!!not-base64!!!".to_owned(),
            "ssh-rsa AAAA".to_owned(),
            openssh_line("ssh-dss", &[1, 0, 1], &n),
            openssh_line("ssh-rsa", &[1, 0, 1], &[0x80, 1]),
            openssh_line("ssh-rsa", &[2], &n),
            openssh_line("ssh-rsa", &[1], &n),
            openssh_line("ssh-rsa", &[1, 0, 1], &[0xff, 0xfe]),
            format!(
                "{}AAAA comment",
                openssh_line("ssh-rsa", &[1, 0, 1], &n).replace(" comment", "")
            ),
            RECORDED_PEM.replace("-----END PUBLIC KEY-----\n", ""),
            RECORDED_PEM.replace("MIIB", "MIIC"),
            RECORDED_PEM.replace("uQIDAQAB", "uQIDAQ"),
        ] {
            assert!(is_invalid(SshRsaKey::parse(&body)), "{body}");
        }
    }

    #[test]
    fn keys_need_at_least_2048_bits() {
        // The API reference: "The minimum bit-length of the public key is 2048 bits."
        let short = SshRsaKey::parse(&openssh_line("ssh-rsa", &[1, 0, 1], &modulus(2047)));
        assert_eq!(short, Err(KeyError::TooShort));
        let mut padded = vec![0, 0];
        padded.extend(modulus(2048));
        for n in [modulus(2048), padded, modulus(4096), modulus(8192)] {
            let key = SshRsaKey::parse(&openssh_line("ssh-rsa", &[1, 0, 1], &n)).unwrap();
            assert_eq!(SshRsaKey::parse(&key.pem().unwrap()).unwrap(), key);
            assert_eq!(SshRsaKey::parse(&key.openssh()).unwrap(), key);
        }
    }

    #[test]
    fn a_modulus_with_leading_zeros_is_stored_canonically() {
        let n = modulus(2048);
        let mut padded = vec![0, 0, 0];
        padded.extend(&n);
        let plain = SshRsaKey::parse(&openssh_line("ssh-rsa", &[1, 0, 1], &n)).unwrap();
        let zeros = SshRsaKey::parse(&openssh_line("ssh-rsa", &[0, 1, 0, 1], &padded)).unwrap();
        assert_eq!(plain.stored(), zeros.stored());
        assert_eq!(plain.fingerprint(), zeros.fingerprint());
    }

    #[test]
    fn a_stored_form_that_is_no_key_is_malformed() {
        assert_eq!(SshRsaKey::from_stored("%%%"), Err(KeyError::Malformed));
        assert_eq!(SshRsaKey::from_stored("AAAA"), Err(KeyError::Malformed));
    }

    proptest! {
        #[test]
        fn parsing_never_panics(body in "\\PC{0,300}") {
            // Every outcome is a key or one of the three refusals: the test is that parsing
            // never panics, whatever the body.
            let _ = SshRsaKey::parse(&body);
        }

        #[test]
        fn any_wire_form_is_a_key_or_an_aws_error(wire in proptest::collection::vec(any::<u8>(), 0..600)) {
            let body = format!("ssh-rsa {}", STANDARD.encode(&wire));
            prop_assert!(SshRsaKey::parse(&body).is_ok() || is_invalid(SshRsaKey::parse(&body)));
            let pem = format!("{PEM_BEGIN}\n{}\n{PEM_END}", STANDARD.encode(&wire));
            prop_assert!(SshRsaKey::parse(&pem).is_ok() || is_invalid(SshRsaKey::parse(&pem)) || is_unrecognized(SshRsaKey::parse(&pem)));
        }
    }
}
