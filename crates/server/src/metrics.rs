//! `GET /_gatehouse/metrics`: what gatehouse has counted, in Prometheus's text format.
//!
//! Public in both modes, like the health route: every label value is bounded (service,
//! operation name, error code, cache name), so the page tells how busy the server is and
//! what it answered, never who called or about what.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use gatehouse_metrics::{Exposition, Kind};

use crate::AppState;
use crate::request_metrics::{Outcome, RequestMetrics};

/// Nanoseconds in a second, the base unit durations are reported in.
const NANOS_PER_SECOND: u64 = 1_000_000_000;

/// The operations that issue a session (temporary credentials) when they succeed.
const SESSION_OPERATIONS: [&str; 5] = [
    "AssumeRole",
    "AssumeRoleWithSAML",
    "AssumeRoleWithWebIdentity",
    "GetFederationToken",
    "GetSessionToken",
];

/// `GET /_gatehouse/metrics`.
pub async fn metrics(State(app): State<Arc<AppState>>) -> Response {
    let mut page = Exposition::new();
    requests(&mut page, &app.requests);
    decisions(&mut page, &app.state);
    caches(&mut page, &app.state);
    store(&mut page, &app.state.store().write_stats());
    page.family(
        "gatehouse_open_connections",
        Kind::Gauge,
        "Connections open now.",
    );
    let open = app.connections.open.load(Ordering::Relaxed);
    page.sample("gatehouse_open_connections", &[], open);
    page.family(
        "gatehouse_max_connections",
        Kind::Gauge,
        "The most connections open at once (--max-connections).",
    );
    page.sample("gatehouse_max_connections", &[], app.connections.max);
    process(&mut page);
    let mut response = page.into_text().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(gatehouse_metrics::CONTENT_TYPE),
    );
    response
}

fn requests(page: &mut Exposition, metrics: &RequestMetrics) {
    let totals = metrics.totals();
    page.family(
        "gatehouse_requests_total",
        Kind::Counter,
        "AWS requests answered, by service, operation and result (ok or the error code).",
    );
    for operation in &totals {
        let (service, name) = (operation.operation.service(), operation.operation.name());
        for &(outcome, count) in &operation.outcomes {
            let labels = [
                ("service", service),
                ("operation", name),
                ("code", outcome.label()),
            ];
            page.sample("gatehouse_requests_total", &labels, count);
        }
    }
    page.family(
        "gatehouse_request_duration_seconds",
        Kind::Histogram,
        "Time from a request's arrival to its answer, by service and operation.",
    );
    for operation in &totals {
        let labels = [
            ("service", operation.operation.service()),
            ("operation", operation.operation.name()),
        ];
        page.histogram(
            "gatehouse_request_duration_seconds",
            &labels,
            &operation.duration_nanos,
            NANOS_PER_SECOND,
        );
    }
    // A successful answer to these operations is one session issued: read from the request
    // counts, so issuing one costs nothing more.
    page.family(
        "gatehouse_sessions_issued_total",
        Kind::Counter,
        "Temporary credentials issued, by the STS operation that issued them.",
    );
    for name in SESSION_OPERATIONS {
        let issued: u64 = totals
            .iter()
            .filter(|totals| totals.operation.service() == "sts" && totals.operation.name() == name)
            .flat_map(|totals| &totals.outcomes)
            .filter(|(outcome, _)| *outcome == Outcome::OK)
            .map(|(_, count)| count)
            .sum();
        page.sample(
            "gatehouse_sessions_issued_total",
            &[("operation", name)],
            issued,
        );
    }
}

fn decisions(page: &mut Exposition, state: &gatehouse_core::State) {
    let decisions = state.decisions();
    page.family(
        "gatehouse_authorization_decisions_total",
        Kind::Counter,
        "Authorization decisions (IAM operations, every AssumeRole*), by result.",
    );
    for (result, count) in [("allowed", decisions.allowed), ("denied", decisions.denied)] {
        page.sample(
            "gatehouse_authorization_decisions_total",
            &[("result", result)],
            count,
        );
    }
}

fn caches(page: &mut Exposition, state: &gatehouse_core::State) {
    let lookups = state.cache_lookups();
    page.family(
        "gatehouse_entity_cache_hits_total",
        Kind::Counter,
        "Lookups of access keys, identities and roles answered from a serving thread's cache.",
    );
    for cache in &lookups {
        let labels = [("cache", cache.cache)];
        page.sample("gatehouse_entity_cache_hits_total", &labels, cache.hits);
    }
    page.family(
        "gatehouse_entity_cache_misses_total",
        Kind::Counter,
        "Lookups of access keys, identities and roles that read the store.",
    );
    for cache in &lookups {
        let labels = [("cache", cache.cache)];
        page.sample("gatehouse_entity_cache_misses_total", &labels, cache.misses);
    }
}

fn store(page: &mut Exposition, stats: &gatehouse_store::WriteStats) {
    page.family(
        "gatehouse_store_commit_duration_seconds",
        Kind::Histogram,
        "Time one write transaction of the store took, from BEGIN to its durable COMMIT.",
    );
    page.histogram(
        "gatehouse_store_commit_duration_seconds",
        &[],
        &stats.commit_nanos,
        NANOS_PER_SECOND,
    );
    page.family(
        "gatehouse_store_batch_writes",
        Kind::Histogram,
        "Writes committed together in one transaction of the store (group commit).",
    );
    page.histogram("gatehouse_store_batch_writes", &[], &stats.batch_writes, 1);
}

/// The process's resident memory and open descriptors, as Prometheus's client libraries name
/// them; read from `/proc`, so only where there is one (Linux).
fn process(page: &mut Exposition) {
    if let Some(bytes) = resident_memory_bytes() {
        page.family(
            "process_resident_memory_bytes",
            Kind::Gauge,
            "Resident memory size in bytes.",
        );
        page.sample("process_resident_memory_bytes", &[], bytes);
    }
    if let Ok(descriptors) = std::fs::read_dir("/proc/self/fd") {
        page.family(
            "process_open_fds",
            Kind::Gauge,
            "Number of open file descriptors.",
        );
        page.sample("process_open_fds", &[], descriptors.count());
    }
}

/// `VmRSS` of `/proc/self/status`, which the kernel gives in kB (KiB), unlike `statm`'s
/// pages, whose size would have to be asked for.
fn resident_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn resident_memory_is_read_in_bytes() {
        let bytes = resident_memory_bytes().unwrap();
        assert!(bytes > 1 << 20 && bytes.is_multiple_of(1024), "{bytes}");
    }
}
