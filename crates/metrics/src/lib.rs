//! What gatehouse counts, and the Prometheus text format it is read in.
//!
//! Counting must cost a request next to nothing: no lock, no allocation. So the counters are
//! atomics added to with relaxed ordering, and those that every request touches are kept per
//! thread ([`LocalCounters`]; a [`Histogram`] held per thread by its user), so that two
//! serving threads never write the same cache line; a scrape sums them. Nothing here does I/O
//! or knows what is counted: the store, the core and the server each keep their own, and the
//! server's metrics route writes them all with [`Exposition`].

mod counters;
mod exposition;
mod histogram;

pub use counters::LocalCounters;
pub use exposition::{CONTENT_TYPE, Exposition, Kind};
pub use histogram::{BATCH_BOUNDS, DURATION_BOUNDS_NANOS, Histogram, HistogramSnapshot};
