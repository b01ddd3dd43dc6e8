//! What the AWS endpoint counts of each request: its operation, its result and how long it
//! took, kept per serving thread and summed when the metrics route is read.
//!
//! Label values are bounded by construction: an operation is one of the models' operations or
//! `unknown`, a result is `ok`, one of the error codes gatehouse answers or `unknown`; never
//! anything a client wrote.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use gatehouse_error::ErrorCode;
use gatehouse_metrics::{DURATION_BOUNDS_NANOS, Histogram, HistogramSnapshot};
use gatehouse_protocol::{OperationInfo, iam, organizations, sts};
use thread_local::ThreadLocal;

/// The operation a request named, as the metrics and the request log label it: an operation
/// of the STS, IAM or Organizations model, or [`Operation::UNKNOWN`] (service `other`) for a
/// request that names none (no or an unknown `Action` or target, a request for another
/// service).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation(usize);

impl Operation {
    /// A request that names no operation of either model.
    pub const UNKNOWN: Operation = Operation(0);

    /// The operation `action` names, in STS's model first (as the endpoint routes it).
    pub fn named(action: Option<&str>) -> Operation {
        let Some(action) = action else {
            return Self::UNKNOWN;
        };
        let find = |operations: &[OperationInfo]| {
            operations.binary_search_by(|op| op.name.cmp(action)).ok()
        };
        let (sts, iam) = (sts::operations(), iam::operations());
        if let Some(index) = find(sts) {
            Operation(1 + index)
        } else if let Some(index) = find(iam) {
            Operation(1 + sts.len() + index)
        } else {
            Self::UNKNOWN
        }
    }

    /// The Organizations operation an `X-Amz-Target` names, or [`Operation::UNKNOWN`].
    pub fn organizations(name: &str) -> Operation {
        organizations::operations()
            .binary_search_by(|op| op.name.cmp(name))
            .map_or(Self::UNKNOWN, |index| {
                Operation(1 + sts::operations().len() + iam::operations().len() + index)
            })
    }

    /// How many operations there are, `unknown` included.
    fn count() -> usize {
        1 + sts::operations().len() + iam::operations().len() + organizations::operations().len()
    }

    /// The service label: `sts`, `iam`, `organizations` or `other`.
    pub fn service(self) -> &'static str {
        self.place().0
    }

    /// The operation label: the model's name of it, or `unknown`.
    pub fn name(self) -> &'static str {
        self.place().1
    }

    fn place(self) -> (&'static str, &'static str) {
        let sts = sts::operations();
        let in_model = |operations: &'static [OperationInfo], index: usize| {
            operations.get(index).map(|op| op.name)
        };
        let iam = iam::operations();
        let found = match self.0.checked_sub(1) {
            None => None,
            Some(index) if index < sts.len() => in_model(sts, index).map(|name| ("sts", name)),
            Some(index) if index < sts.len() + iam.len() => {
                in_model(iam, index - sts.len()).map(|name| ("iam", name))
            }
            Some(index) => in_model(organizations::operations(), index - sts.len() - iam.len())
                .map(|name| ("organizations", name)),
        };
        found.unwrap_or(("other", "unknown"))
    }
}

/// The result of a request, as labelled: `ok`, or the code of the error it was answered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome(usize);

impl Outcome {
    /// An answer that is not an error.
    pub const OK: Outcome = Outcome(0);

    /// The outcome of an answer with the error code `code`; `unknown` for a code gatehouse
    /// does not declare (none is answered today).
    pub fn error(code: &str) -> Outcome {
        let index = ErrorCode::all().position(|known| known.as_str() == code);
        Outcome(index.map_or_else(Self::unknown_index, |index| index + 1))
    }

    fn unknown_index() -> usize {
        1 + ErrorCode::MODELLED.len() + ErrorCode::COMMON.len()
    }

    fn count() -> usize {
        Self::unknown_index() + 1
    }

    /// The label: `ok`, an error code, or `unknown`.
    pub fn label(self) -> &'static str {
        match self.0.checked_sub(1) {
            None => "ok",
            Some(index) => ErrorCode::all()
                .nth(index)
                .map_or("unknown", ErrorCode::as_str),
        }
    }
}

/// One operation's counts on one thread.
struct OperationCounts {
    duration: Histogram,
    /// By [`Outcome`].
    outcomes: Box<[AtomicU64]>,
}

/// One operation's counts, summed over every thread.
pub struct OperationTotals {
    /// The operation.
    pub operation: Operation,
    /// Its requests by outcome, those with none left out.
    pub outcomes: Vec<(Outcome, u64)>,
    /// How long its requests took, in nanoseconds.
    pub duration_nanos: HistogramSnapshot,
}

/// Requests counted by operation and outcome, with their durations.
pub struct RequestMetrics {
    /// Per thread, per operation: the counts, made on the thread's first request for it.
    threads: ThreadLocal<Box<[OnceLock<OperationCounts>]>>,
}

impl RequestMetrics {
    /// Nothing counted yet.
    pub fn new() -> Self {
        Self {
            threads: ThreadLocal::new(),
        }
    }

    /// Counts a request for `operation` answered with `outcome` after `elapsed`.
    pub fn record(&self, operation: Operation, outcome: Outcome, elapsed: Duration) {
        let operations = self
            .threads
            .get_or(|| (0..Operation::count()).map(|_| OnceLock::new()).collect());
        let Some(slot) = operations.get(operation.0) else {
            return;
        };
        let counts = slot.get_or_init(|| OperationCounts {
            duration: Histogram::new(DURATION_BOUNDS_NANOS),
            outcomes: (0..Outcome::count()).map(|_| AtomicU64::new(0)).collect(),
        });
        counts
            .duration
            .record(u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX));
        if let Some(count) = counts.outcomes.get(outcome.0) {
            count.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The totals of every operation that has had a request, in operation order.
    pub fn totals(&self) -> Vec<OperationTotals> {
        let mut totals = Vec::new();
        for index in 0..Operation::count() {
            let mut outcomes = vec![0; Outcome::count()];
            let mut duration_nanos = HistogramSnapshot::empty(DURATION_BOUNDS_NANOS);
            let on_threads = self
                .threads
                .iter()
                .filter_map(|operations| operations.get(index)?.get());
            for counts in on_threads {
                for (total, count) in outcomes.iter_mut().zip(&counts.outcomes) {
                    *total += count.load(Ordering::Relaxed);
                }
                counts.duration.add_to(&mut duration_nanos);
            }
            if duration_nanos.count() == 0 {
                continue;
            }
            totals.push(OperationTotals {
                operation: Operation(index),
                outcomes: outcomes
                    .into_iter()
                    .enumerate()
                    .filter(|&(_, count)| count > 0)
                    .map(|(outcome, count)| (Outcome(outcome), count))
                    .collect(),
                duration_nanos,
            });
        }
        totals
    }
}

impl Default for RequestMetrics {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_are_labelled_by_their_model_or_unknown() {
        let label = |action| {
            let op = Operation::named(action);
            (op.service(), op.name())
        };
        assert_eq!(label(Some("AssumeRole")), ("sts", "AssumeRole"));
        assert_eq!(
            label(Some("GetCallerIdentity")),
            ("sts", "GetCallerIdentity")
        );
        assert_eq!(label(Some("CreateUser")), ("iam", "CreateUser"));
        assert_eq!(
            label(Some("UploadSSHPublicKey")),
            ("iam", "UploadSSHPublicKey")
        );
        for unknown in [
            None,
            Some(""),
            Some("arn:aws:iam::1:user/x"),
            Some("createuser"),
            Some("CreateOrganization"),
        ] {
            assert_eq!(label(unknown), ("other", "unknown"), "{unknown:?}");
        }
        let organizations = Operation::organizations("CreateOrganization");
        assert_eq!(
            (organizations.service(), organizations.name()),
            ("organizations", "CreateOrganization")
        );
        assert_eq!(Operation::organizations("CreateUser"), Operation::UNKNOWN);
        // Every operation of the three models has a label of its own.
        let all: Vec<_> = (0..Operation::count())
            .map(|i| Operation(i).place())
            .collect();
        let mut distinct = all.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), all.len());
    }

    #[test]
    fn outcomes_are_ok_a_declared_code_or_unknown() {
        assert_eq!(Outcome::OK.label(), "ok");
        for code in ErrorCode::all() {
            assert_eq!(Outcome::error(code.as_str()).label(), code.as_str());
        }
        assert_eq!(Outcome::error("SomethingElse").label(), "unknown");
        assert_eq!(Outcome::error("SomethingElse").0, Outcome::count() - 1);
    }

    #[test]
    fn totals_sum_threads_and_leave_out_what_never_happened() {
        let metrics = std::sync::Arc::new(RequestMetrics::new());
        let gci = Operation::named(Some("GetCallerIdentity"));
        let denied = Outcome::error("AccessDenied");
        metrics.record(gci, Outcome::OK, Duration::from_micros(20));
        let other = std::sync::Arc::clone(&metrics);
        std::thread::spawn(move || {
            other.record(gci, Outcome::OK, Duration::from_micros(30));
            other.record(gci, denied, Duration::from_secs(20));
        })
        .join()
        .unwrap();
        let totals = metrics.totals();
        assert_eq!(totals.len(), 1);
        assert_eq!(totals[0].operation, gci);
        assert_eq!(totals[0].outcomes, [(Outcome::OK, 2), (denied, 1)]);
        assert_eq!(totals[0].duration_nanos.count(), 3);
        assert_eq!(totals[0].duration_nanos.sum(), 20_000_050_000);
    }
}
