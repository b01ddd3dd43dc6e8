//! Histograms over fixed bounds, recorded in whole units (nanoseconds, writes).

use std::sync::atomic::{AtomicU64, Ordering};

/// Bounds for durations, in nanoseconds: 10 µs to 10 s, finer below a millisecond, where a
/// request served from memory falls, than above, where durable writes and long IAM reads do.
pub const DURATION_BOUNDS_NANOS: &[u64] = &[
    10_000,
    25_000,
    50_000,
    100_000,
    250_000,
    500_000,
    1_000_000,
    2_500_000,
    5_000_000,
    10_000_000,
    25_000_000,
    50_000_000,
    100_000_000,
    250_000_000,
    500_000_000,
    1_000_000_000,
    2_500_000_000,
    5_000_000_000,
    10_000_000_000,
];

/// Bounds for the number of writes the store commits together (at most 256 in one batch).
pub const BATCH_BOUNDS: &[u64] = &[1, 2, 4, 8, 16, 32, 64, 128, 256];

/// Observations counted by the least bound each is at most (and those above every bound),
/// with their sum. Recording adds to atomics with relaxed ordering: no lock. The count is the
/// sum of the buckets, so a reader never sees it disagree with them.
pub struct Histogram {
    bounds: &'static [u64],
    /// One count per bound, then one for the observations above every bound; not cumulative.
    buckets: Box<[AtomicU64]>,
    sum: AtomicU64,
}

impl Histogram {
    /// An empty histogram over `bounds`, which must be ascending.
    pub fn new(bounds: &'static [u64]) -> Self {
        Self {
            bounds,
            buckets: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(),
            sum: AtomicU64::new(0),
        }
    }

    /// Counts one observation of `value`.
    pub fn record(&self, value: u64) {
        let bucket = self.bounds.partition_point(|&bound| bound < value);
        if let Some(count) = self.buckets.get(bucket) {
            count.fetch_add(1, Ordering::Relaxed);
        }
        self.sum.fetch_add(value, Ordering::Relaxed);
    }

    /// What has been recorded so far.
    pub fn snapshot(&self) -> HistogramSnapshot {
        let mut snapshot = HistogramSnapshot::empty(self.bounds);
        self.add_to(&mut snapshot);
        snapshot
    }

    /// Adds what has been recorded here to `total` (the same histogram on another thread, say),
    /// which must be over the same bounds.
    pub fn add_to(&self, total: &mut HistogramSnapshot) {
        for (sum, bucket) in total.buckets.iter_mut().zip(self.buckets.iter()) {
            *sum += bucket.load(Ordering::Relaxed);
        }
        total.sum += self.sum.load(Ordering::Relaxed);
    }
}

/// A histogram's counts at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistogramSnapshot {
    bounds: &'static [u64],
    buckets: Vec<u64>,
    sum: u64,
}

impl HistogramSnapshot {
    /// No observations, over `bounds`.
    pub fn empty(bounds: &'static [u64]) -> Self {
        Self {
            bounds,
            buckets: vec![0; bounds.len() + 1],
            sum: 0,
        }
    }

    /// How many observations there are.
    pub fn count(&self) -> u64 {
        self.buckets.iter().sum()
    }

    /// The sum of the observations.
    pub fn sum(&self) -> u64 {
        self.sum
    }

    /// Each bound (`None` for the one above all) with the count of observations at most it.
    pub fn cumulative(&self) -> impl Iterator<Item = (Option<u64>, u64)> + '_ {
        let bounds = self.bounds.iter().copied().map(Some).chain([None]);
        bounds.zip(&self.buckets).scan(0, |total, (bound, &count)| {
            *total += count;
            Some((bound, *total))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_observation_counts_in_the_least_bound_at_least_it() {
        let histogram = Histogram::new(&[10, 20]);
        for value in [0, 10, 11, 20, 21, 1000] {
            histogram.record(value);
        }
        let snapshot = histogram.snapshot();
        let cumulative: Vec<_> = snapshot.cumulative().collect();
        assert_eq!(cumulative, [(Some(10), 2), (Some(20), 4), (None, 6)]);
        assert_eq!(snapshot.count(), 6);
        assert_eq!(snapshot.sum(), 1062);
    }

    #[test]
    fn histograms_add_up() {
        let (a, b) = (Histogram::new(BATCH_BOUNDS), Histogram::new(BATCH_BOUNDS));
        a.record(1);
        b.record(3);
        b.record(300);
        let mut total = HistogramSnapshot::empty(BATCH_BOUNDS);
        a.add_to(&mut total);
        b.add_to(&mut total);
        assert_eq!(total.count(), 3);
        assert_eq!(total.sum(), 304);
        assert_eq!(total.cumulative().nth(2), Some((Some(4), 2)));
    }

    #[test]
    fn bounds_ascend() {
        for bounds in [DURATION_BOUNDS_NANOS, BATCH_BOUNDS] {
            assert!(bounds.windows(2).all(|pair| pair[0] < pair[1]));
        }
    }
}
