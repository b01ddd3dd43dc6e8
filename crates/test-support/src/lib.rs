//! Fixtures for tests of the crates that stand on the core (STS, IAM, the simulator): a
//! [`State`] over an in-memory store, and new users and roles with the defaults a test does
//! not care about, to be changed with struct-update syntax where it does:
//!
//! ```ignore
//! let service = gatehouse_test_support::service().await;
//! let bob = NewUser { tags: vec![Tag::new("team", "red")], ..user("AIDAEXAMPLEUSER00001", "bob") };
//! service.store().create_user(ACCOUNT, bob).await?;
//! ```
//!
//! The core's own unit tests cannot use this crate (it depends on the core); everything else
//! should, instead of writing these fixtures again.

#![allow(
    clippy::expect_used,
    reason = "a fixture that cannot be built fails the test that asked for it"
)]

use gatehouse_core::{Config, State};
use gatehouse_store::{NewRole, NewUser, Store};
use gatehouse_token::{AccountId, Keyring};
use time::OffsetDateTime;

/// The account the fixtures' entities live in, unless a test says otherwise.
pub const ACCOUNT: AccountId = match AccountId::from_number(111_122_223_333) {
    Some(account) => account,
    None => AccountId::ZERO,
};

/// The time the fixtures' entities are created at: 2023-11-14T22:13:20Z.
pub const CREATED: i64 = 1_700_000_000;

/// `seconds` after the Unix epoch.
pub fn at(seconds: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(seconds).expect("a time in range")
}

/// An empty in-memory store.
pub async fn store() -> Store {
    Store::in_memory().await.expect("an in-memory store")
}

/// The state over `store` with `config` and a fresh keyring.
pub fn state_over(store: Store, config: Config) -> State {
    State::new(config, Keyring::generate(), store)
}

/// The state with the default configuration over an empty in-memory store.
pub async fn state() -> State {
    state_over(store().await, Config::default())
}

/// A new user `name` with unique id `id`, at `/`, created at [`CREATED`], without permissions
/// boundary or tags.
pub fn user(id: &str, name: &str) -> NewUser {
    NewUser {
        id: id.to_owned(),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: at(CREATED),
        permissions_boundary: None,
        tags: Vec::new(),
    }
}

/// A new role `name` with unique id `id` trusting as `trust_policy` says, at `/`, created at
/// [`CREATED`], sessions of up to an hour, without description, boundary or tags.
pub fn role(id: &str, name: &str, trust_policy: &str) -> NewRole {
    NewRole {
        id: id.to_owned(),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: at(CREATED),
        trust_policy: trust_policy.to_owned(),
        description: None,
        max_session_duration: 3600,
        permissions_boundary: None,
        tags: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_fixtures_can_be_stored() {
        let state = state().await;
        let store = state.store();
        store
            .create_user(ACCOUNT, user("AIDAEXAMPLEUSER00001", "bob"))
            .await
            .expect("user");
        let trust = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}}"#;
        store
            .create_role(ACCOUNT, role("AROAEXAMPLEROLE00001", "ops", trust))
            .await
            .expect("role");
        assert_eq!(ACCOUNT.to_string(), "111122223333");
    }
}
