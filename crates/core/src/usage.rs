//! Records of use — when an access key or a role was last used — written off the request
//! path, and at most about once a minute per key or role, since AWS's own records are coarse
//! (and eventually consistent) too.

use std::future::Future;

use gatehouse_store::{Role, StoreError};
use time::OffsetDateTime;

use crate::State;

/// How stale a last-used record may get before a request refreshes it.
const LAST_USED_RESOLUTION: time::Duration = time::Duration::minutes(1);

/// Whether a record made at `last` is recent enough at `now` to leave as it is.
pub(crate) fn is_fresh(last: Option<OffsetDateTime>, now: OffsetDateTime) -> bool {
    last.is_some_and(|at| now - at < LAST_USED_RESOLUTION)
}

/// Runs the store write `record` in the background; a failure is logged, not answered.
pub(crate) fn spawn_record(
    what: &'static str,
    record: impl Future<Output = Result<(), StoreError>> + Send + 'static,
) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    runtime.spawn(async move {
        if let Err(error) = record.await {
            tracing::warn!(%error, "could not record {what}");
        }
    });
}

impl State {
    /// Notes that `role` was assumed at `now` from `region` (its `RoleLastUsed`).
    pub fn note_role_used(&self, role: &Role, now: OffsetDateTime, region: &str) {
        if is_fresh(role.last_used.as_ref().map(|used| used.date), now) {
            return;
        }
        let store = self.store().clone();
        let (id, region) = (role.id.clone(), region.to_owned());
        spawn_record("role use", async move {
            store.record_role_used(&id, now, &region).await
        });
    }
}
