//! Log lines on standard error, as text for a person at a terminal or as one JSON object per
//! line for a log collector, filtered by `GATEHOUSE_LOG` (`warn` unless set; `info` adds one
//! line per request, target `gatehouse::request`).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// How log lines are written (`--log-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum LogFormat {
    /// One JSON object per line, its fields at the top level.
    Json,
    /// Plain text, coloured on a terminal.
    Text,
}

/// Starts logging in `format`, or when none is given, text if standard error is a terminal
/// and JSON otherwise.
pub(crate) fn init(format: Option<LogFormat>) {
    let terminal = std::io::stderr().is_terminal();
    let format = format.unwrap_or(if terminal {
        LogFormat::Text
    } else {
        LogFormat::Json
    });
    let filter =
        EnvFilter::try_from_env("GATEHOUSE_LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    let logger = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => logger.with_ansi(terminal).init(),
        LogFormat::Json => logger
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(false)
            .init(),
    }
}
