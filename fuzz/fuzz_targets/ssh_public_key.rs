//! SSH public keys (`gatehouse_ssh_key`): an `SSHPublicKeyBody` as UploadSSHPublicKey takes
//! it, and the round trips that hold for every key it accepts: written in OpenSSH's form, as
//! PEM or in the stored form, the key reads back as itself, with the same fingerprint.
#![no_main]

use gatehouse_ssh_key::SshRsaKey;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(key) = SshRsaKey::parse(body) else {
        return;
    };
    let fingerprint = key.fingerprint();
    assert_eq!(fingerprint.len(), 47, "an MD5 as colon-separated pairs");
    assert_eq!(SshRsaKey::parse(&key.openssh()).as_ref(), Ok(&key));
    assert_eq!(SshRsaKey::from_stored(&key.stored()).as_ref(), Ok(&key));
    let pem = key.pem().expect("a parsed key has a DER encoding");
    let from_pem = SshRsaKey::parse(&pem).expect("a written PEM reads back");
    assert_eq!(from_pem, key);
    assert_eq!(from_pem.fingerprint(), fingerprint);
});
