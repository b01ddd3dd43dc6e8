//! How gatehouse is told to behave.

use std::fmt;
use std::str::FromStr;

use gatehouse_token::{AccountId, Partition};

/// Lenient accepts what local emulators accept; strict answers exactly as AWS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Unsigned requests and unknown access keys act as an account's root; root may assume
    /// roles. Everything gatehouse issued is still verified.
    #[default]
    Lenient,
    /// AWS-exact authentication and authorization.
    Strict,
}

impl Mode {
    /// The mode's name as the `--mode` flag spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Lenient => "lenient",
            Mode::Strict => "strict",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "lenient" => Ok(Mode::Lenient),
            "strict" => Ok(Mode::Strict),
            other => Err(format!(
                "unknown mode `{other}`: expected lenient or strict"
            )),
        }
    }
}

/// The service's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Lenient or strict.
    pub mode: Mode,
    /// The account that the built-in `test` key, unsigned requests and unknown keys act in
    /// (lenient), and whose root key strict mode makes at first start.
    pub default_account: AccountId,
    /// The AWS partition this endpoint stands for: every account, ARN and accepted region is
    /// of this partition, as each partition is a separate AWS with its own IAM.
    pub partition: Partition,
}

/// The well-known access key id that lenient mode answers as the default account's root
/// (whatever the secret). Strict mode has no well-known key: it knows only keys in the store.
pub const BUILTIN_ACCESS_KEY: &str = "test";

impl Default for Config {
    fn default() -> Self {
        Config {
            mode: Mode::Lenient,
            default_account: AccountId::ZERO,
            partition: Partition::Aws,
        }
    }
}
