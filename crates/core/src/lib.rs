//! The core the STS and IAM operations stand on, in three parts:
//!
//! - [`authentication`]: from a request to the [`Caller`] it proves to be ([`principal`] says
//!   who that is), with the credential scope each endpoint accepts;
//! - [`authorization`]: the one decision point, [`State::decide`], and what it reads (the
//!   request context AWS builds, compiled policies);
//! - the shared [`State`] every operation needs: the configuration, the [`clock`], the keyring
//!   that seals session tokens, the IAM store, and the caches of what it derives from them
//!   (`entity_cache`), with the last-used records written off the request path (`usage`).
//!
//! An operation gets the state and the request's [`Context`]. Nothing here speaks the wire:
//! errors are `gatehouse_error::Error`s.

pub mod authentication;
pub mod authorization;
pub mod clock;
pub mod config;
mod entity_cache;
pub mod error;
pub mod principal;
mod usage;

use std::sync::Arc;

use gatehouse_error::Error;
use gatehouse_store::{AccessKey, Role, Store, StoreError};
use gatehouse_token::{AccountId, Keyring};

pub use authentication::{Caller, Credential, RequestInfo};
pub use clock::Clock;
pub use config::{Config, Mode};
pub use principal::Principal;

pub use entity_cache::CacheLookups;
use entity_cache::EntityCache;

/// What an operation knows about the request it serves.
#[derive(Debug, Clone)]
pub struct Context {
    /// Who is calling.
    pub caller: Caller,
    /// Facts about the HTTP request.
    pub request: RequestInfo,
    /// The time the request is served at, from the state's clock.
    pub now: time::OffsetDateTime,
}

impl Context {
    /// `principal` calling at `now` with nothing else known: no credential checked, region
    /// `us-east-1`, over HTTPS, no source address, user agent or host. Tests that call
    /// operations directly start from it and set what they vary. Not in the server's build.
    #[cfg(any(test, feature = "test-support"))]
    pub fn local(principal: Principal, now: time::OffsetDateTime) -> Context {
        Context {
            caller: Caller::unchecked(principal, Some("us-east-1")),
            request: RequestInfo {
                request_id: "local".into(),
                source_ip: None,
                secure_transport: true,
                user_agent: None,
                host: None,
            },
            now,
        }
    }
}

/// The index of allowed decisions in `State::decisions`.
const ALLOWED: usize = 0;
/// The index of denied decisions in `State::decisions`.
const DENIED: usize = 1;

/// The decisions made so far, over every thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decisions {
    /// Every action asked for was allowed.
    pub allowed: u64,
    /// Denied, by a policy or because something the decision needed could not be used.
    pub denied: u64,
}

/// The state shared by every request.
pub struct State {
    config: Config,
    clock: Clock,
    keyring: Arc<Keyring>,
    store: Store,
    cache: Arc<EntityCache>,
    /// Decisions of [`State::decide`]: allowed ([`ALLOWED`]) and denied ([`DENIED`]).
    decisions: gatehouse_metrics::LocalCounters<2>,
    /// Root access keys that [`State::reset`] stores again (strict mode's start-up root keys).
    kept_on_reset: Vec<AccessKey>,
}

impl State {
    /// The state over an IAM store, sealing session tokens with `keyring`.
    pub fn new(config: Config, keyring: Keyring, store: Store) -> Self {
        State {
            config,
            clock: Clock::default(),
            keyring: Arc::new(keyring),
            store,
            cache: Arc::new(EntityCache::new()),
            decisions: gatehouse_metrics::LocalCounters::new(),
            kept_on_reset: Vec::new(),
        }
    }

    /// Has [`State::reset`] store `keys` again as the root access keys they are, so that
    /// the credentials a strict instance started with survive a reset.
    pub fn keep_on_reset(&mut self, keys: Vec<AccessKey>) {
        self.kept_on_reset = keys;
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The clock every operation reads.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The IAM store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The role `name` of `account`, read from the store or, while the store is unchanged
    /// since it was last read, from memory.
    ///
    /// # Errors
    /// The store's error, `NotFound` when there is no such role.
    pub async fn role(&self, account: AccountId, name: &str) -> Result<Arc<Role>, StoreError> {
        let key = (account, name.to_owned());
        let generation = self.store.generation();
        if let Some(role) = self.cache.roles.get(generation, &key) {
            return Ok(role);
        }
        let role = Arc::new(
            self.store
                .get::<gatehouse_store::Role>(account, name)
                .await?,
        );
        self.cache.roles.put(generation, key, Arc::clone(&role));
        Ok(role)
    }

    /// The long-term access key `id`, `None` when the store has none; cached like
    /// [`State::role`], so a key made inactive or deleted stops working at the next request.
    ///
    /// # Errors
    /// The store's error.
    pub async fn access_key(&self, id: &str) -> Result<Option<Arc<AccessKey>>, StoreError> {
        let generation = self.store.generation();
        if let Some(found) = self.cache.access_keys.get(generation, id) {
            return Ok(found);
        }
        let found = self.store.access_key(id).await?.map(Arc::new);
        self.cache
            .access_keys
            .put(generation, id.to_owned(), found.clone());
        Ok(found)
    }

    /// How many decisions [`State::decide`] has made since the service started.
    pub fn decisions(&self) -> Decisions {
        let [allowed, denied] = self.decisions.totals();
        Decisions { allowed, denied }
    }

    /// How often each cache of what requests derive from the store was used, and how often
    /// it had to read the store instead.
    pub fn cache_lookups(&self) -> [CacheLookups; 3] {
        self.cache.lookups()
    }

    /// The keyring that seals and opens session tokens.
    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    /// Wipes all IAM state back to a fresh start, keeping the root keys given to
    /// [`State::keep_on_reset`].
    pub async fn reset(&self) -> Result<(), Error> {
        self.store
            .reset_keeping_root_keys(self.kept_on_reset.clone())
            .await
            .map_err(error::store_failure)
    }
}
