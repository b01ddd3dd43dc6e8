//! The one clock every operation reads, so that tests (and users, through an admin route) can
//! move time forward to watch credentials expire.

use std::sync::atomic::{AtomicI64, Ordering};

use time::OffsetDateTime;

/// System time plus an adjustable offset.
#[derive(Debug, Default)]
pub struct Clock {
    offset_seconds: AtomicI64,
}

impl Clock {
    /// The current time as gatehouse sees it.
    pub fn now(&self) -> OffsetDateTime {
        let offset = self.offset_seconds.load(Ordering::Relaxed);
        OffsetDateTime::now_utc() + time::Duration::seconds(offset)
    }

    /// How far gatehouse's time runs ahead of (positive) or behind (negative) the system's.
    pub fn offset_seconds(&self) -> i64 {
        self.offset_seconds.load(Ordering::Relaxed)
    }

    /// Sets the offset from system time.
    pub fn set_offset_seconds(&self, seconds: i64) {
        self.offset_seconds.store(seconds, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_moves_time() {
        let clock = Clock::default();
        let before = clock.now();
        clock.set_offset_seconds(3600);
        let after = clock.now();
        assert!(after - before >= time::Duration::seconds(3599));
        assert_eq!(clock.offset_seconds(), 3600);
    }
}
