//! What requests derive from the store — an access key, a principal's compiled [`Identity`],
//! a role — kept between requests while the store has not changed.
//!
//! Every entry is tagged with the store's generation (its count of committed writes) at the
//! time it was read; an entry is used only while the generation is unchanged, so a write is
//! seen by the next request, as an uncached read would see it. Each serving thread keeps its own
//! entries, so a lookup takes no lock and touches no memory another thread writes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use gatehouse_metrics::LocalCounters;
use thread_local::ThreadLocal;

use gatehouse_store::{AccessKey, Role};
use gatehouse_token::AccountId;

use crate::authorization::Identity;

/// Beyond this many entries a cache starts over (a bound on memory).
const MAX_ENTRIES: usize = 4096;

/// Values of one kind, valid for one store generation; one set per thread.
pub(crate) struct GenerationCache<K: Send, V: Send> {
    states: ThreadLocal<RefCell<State<K, V>>>,
    /// Lookups answered from the cache ([`HIT`]) and not ([`MISS`]).
    lookups: LocalCounters<2>,
}

const HIT: usize = 0;
const MISS: usize = 1;

/// How often one cache answered a lookup, over every thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheLookups {
    /// The cache's name: `identities`, `roles` or `access_keys`.
    pub cache: &'static str,
    /// Lookups answered from the cache.
    pub hits: u64,
    /// Lookups that had to read the store.
    pub misses: u64,
}

struct State<K, V> {
    generation: u64,
    entries: HashMap<K, V, foldhash::fast::RandomState>,
}

impl<K: Eq + Hash + Send, V: Clone + Send> GenerationCache<K, V> {
    fn new() -> Self {
        Self {
            states: ThreadLocal::new(),
            lookups: LocalCounters::new(),
        }
    }

    fn lookups(&self, cache: &'static str) -> CacheLookups {
        let [hits, misses] = self.lookups.totals();
        CacheLookups {
            cache,
            hits,
            misses,
        }
    }

    /// This thread's entries.
    fn state(&self) -> &RefCell<State<K, V>> {
        self.states.get_or(|| {
            RefCell::new(State {
                generation: 0,
                entries: HashMap::default(),
            })
        })
    }

    /// The value cached for `key` if it was read at `generation`.
    pub(crate) fn get<Q>(&self, generation: u64, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        let state = self.state().borrow();
        let found = if state.generation == generation {
            state.entries.get(key).cloned()
        } else {
            None
        };
        self.lookups.add(if found.is_some() { HIT } else { MISS });
        found
    }

    /// Keeps `value`, read at `generation` (which the caller took before reading it).
    pub(crate) fn put(&self, generation: u64, key: K, value: V) {
        let mut state = self.state().borrow_mut();
        if generation < state.generation {
            return;
        }
        if generation > state.generation || state.entries.len() >= MAX_ENTRIES {
            state.entries.clear();
            state.generation = generation;
        }
        state.entries.insert(key, value);
    }
}

/// Whose identity an entry is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Holder {
    /// An IAM user, by account and name.
    User(AccountId, String),
    /// A role, by account and name.
    Role(AccountId, String),
}

/// The caches of one service.
pub(crate) struct EntityCache {
    /// Compiled identities of users and roles (without session policies).
    pub(crate) identities: GenerationCache<Holder, Arc<Identity>>,
    /// Roles by (account, name).
    pub(crate) roles: GenerationCache<(AccountId, String), Arc<Role>>,
    /// Long-term access keys by id; `None` for an id the store does not know.
    pub(crate) access_keys: GenerationCache<String, Option<Arc<AccessKey>>>,
}

impl EntityCache {
    pub(crate) fn new() -> Self {
        Self {
            identities: GenerationCache::new(),
            roles: GenerationCache::new(),
            access_keys: GenerationCache::new(),
        }
    }

    /// How often each cache answered, since the service started.
    pub(crate) fn lookups(&self) -> [CacheLookups; 3] {
        [
            self.identities.lookups("identities"),
            self.roles.lookups("roles"),
            self.access_keys.lookups("access_keys"),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_lives_for_its_generation() {
        let cache = GenerationCache::<&str, u32>::new();
        cache.put(3, "a", 1);
        assert_eq!(cache.get(3, "a"), Some(1));
        assert_eq!(cache.get(4, "a"), None);
        cache.put(4, "b", 2);
        assert_eq!(cache.get(4, "a"), None, "a newer generation starts over");
        assert_eq!(cache.get(4, "b"), Some(2));
        let lookups = cache.lookups("c");
        assert_eq!((lookups.hits, lookups.misses), (2, 2));
    }

    #[test]
    fn a_value_read_before_a_write_is_not_kept_after_it() {
        let cache = GenerationCache::<&str, u32>::new();
        cache.put(5, "a", 1);
        cache.put(4, "stale", 0);
        assert_eq!(cache.get(4, "stale"), None);
        assert_eq!(cache.get(5, "stale"), None);
        assert_eq!(cache.get(5, "a"), Some(1));
    }
}
