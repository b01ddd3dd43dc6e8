//! Counters kept per thread and summed when read.

use std::sync::atomic::{AtomicU64, Ordering};

use thread_local::ThreadLocal;

/// `N` counters, each thread adding to its own copy, so that threads counting the same thing
/// at once never share a cache line. A thread's copy outlives the thread (the next thread
/// given its slot goes on from its counts), so the totals never go down.
pub struct LocalCounters<const N: usize> {
    threads: ThreadLocal<[AtomicU64; N]>,
}

impl<const N: usize> LocalCounters<N> {
    /// `N` counters at zero.
    pub fn new() -> Self {
        Self {
            threads: ThreadLocal::new(),
        }
    }

    /// Adds one to counter `index` (nothing when it is not below `N`).
    pub fn add(&self, index: usize) {
        let counters = self
            .threads
            .get_or(|| std::array::from_fn(|_| AtomicU64::new(0)));
        if let Some(counter) = counters.get(index) {
            counter.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Each counter's total over every thread.
    pub fn totals(&self) -> [u64; N] {
        let mut totals = [0; N];
        for counters in self.threads.iter() {
            for (total, counter) in totals.iter_mut().zip(counters) {
                *total += counter.load(Ordering::Relaxed);
            }
        }
        totals
    }
}

impl<const N: usize> Default for LocalCounters<N> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_sum_every_thread_and_ignore_an_index_out_of_range() {
        let counters = std::sync::Arc::new(LocalCounters::<2>::new());
        counters.add(0);
        counters.add(7);
        let others: Vec<_> = (0..3)
            .map(|_| {
                let counters = std::sync::Arc::clone(&counters);
                std::thread::spawn(move || {
                    counters.add(0);
                    counters.add(1);
                    counters.add(1);
                })
            })
            .collect();
        for other in others {
            other.join().unwrap();
        }
        assert_eq!(counters.totals(), [4, 6]);
    }
}
