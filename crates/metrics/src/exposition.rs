//! The Prometheus text exposition format, version 0.0.4: for each metric family a `# HELP`
//! and a `# TYPE` line, then one line per sample, `name{label="value",…} value`.

use std::fmt::{Display, Write};

use crate::HistogramSnapshot;

/// The `Content-Type` of the format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The type of a metric family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Only goes up (and back to zero when the process starts again).
    Counter,
    /// Goes up and down.
    Gauge,
    /// Observations counted in cumulative buckets, with their count and sum.
    Histogram,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Counter => "counter",
            Kind::Gauge => "gauge",
            Kind::Histogram => "histogram",
        }
    }
}

/// A page of metrics being written. Metric and label names are the caller's constants (they
/// must match `[a-zA-Z_:][a-zA-Z0-9_:]*`); label values and help texts are escaped here.
#[derive(Debug, Default)]
pub struct Exposition {
    text: String,
}

impl Exposition {
    /// An empty page.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts the family `name`: its help text and type. Its samples follow.
    pub fn family(&mut self, name: &str, kind: Kind, help: &str) {
        let _ = writeln!(
            self.text,
            "# HELP {name} {}\n# TYPE {name} {}",
            Escaped {
                text: help,
                quotes: false
            },
            kind.as_str()
        );
    }

    /// One sample of `name` with `labels`.
    pub fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: impl Display) {
        self.text.push_str(name);
        self.labels(labels, None);
        let _ = writeln!(self.text, " {value}");
    }

    /// The samples of one histogram: cumulative buckets (`le`), sum and count. Observations
    /// and bounds are in units of which `per_unit` make the family's base unit (1_000_000_000
    /// for nanoseconds reported in seconds, 1 for counts).
    pub fn histogram(
        &mut self,
        name: &str,
        labels: &[(&str, &str)],
        snapshot: &HistogramSnapshot,
        per_unit: u64,
    ) {
        let scale = |value: u64| value as f64 / per_unit as f64;
        let mut le = String::new();
        for (bound, count) in snapshot.cumulative() {
            le.clear();
            match bound {
                Some(bound) => {
                    let _ = write!(le, "{}", scale(bound));
                }
                None => le.push_str("+Inf"),
            }
            let _ = write!(self.text, "{name}_bucket");
            self.labels(labels, Some(("le", &le)));
            let _ = writeln!(self.text, " {count}");
        }
        let _ = write!(self.text, "{name}_sum");
        self.labels(labels, None);
        let _ = writeln!(self.text, " {}", scale(snapshot.sum()));
        let _ = write!(self.text, "{name}_count");
        self.labels(labels, None);
        let _ = writeln!(self.text, " {}", snapshot.count());
    }

    /// The page's text.
    pub fn into_text(self) -> String {
        self.text
    }

    fn labels(&mut self, labels: &[(&str, &str)], last: Option<(&str, &str)>) {
        let mut all = labels.iter().copied().chain(last).peekable();
        if all.peek().is_none() {
            return;
        }
        self.text.push('{');
        for (index, (name, value)) in all.enumerate() {
            if index > 0 {
                self.text.push(',');
            }
            let value = Escaped {
                text: value,
                quotes: true,
            };
            let _ = write!(self.text, "{name}=\"{value}\"");
        }
        self.text.push('}');
    }
}

/// Text escaped as the format wants it: a backslash and a line feed always (as `\\` and
/// `\n`), a double quote in a label value (as `\"`).
struct Escaped<'a> {
    text: &'a str,
    quotes: bool,
}

impl Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for c in self.text.chars() {
            match c {
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '"' if self.quotes => f.write_str("\\\"")?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Histogram;

    #[test]
    fn label_values_escape_backslash_quote_and_line_feed() {
        let mut page = Exposition::new();
        page.sample("m", &[("a", "x\\y\"z\nw"), ("b", "plain")], 3);
        assert_eq!(page.into_text(), "m{a=\"x\\\\y\\\"z\\nw\",b=\"plain\"} 3\n");
    }

    #[test]
    fn help_escapes_backslash_and_line_feed_but_not_quotes() {
        let mut page = Exposition::new();
        page.family("m_total", Kind::Counter, "a \"b\" \\ c\nd");
        assert_eq!(
            page.into_text(),
            "# HELP m_total a \"b\" \\\\ c\\nd\n# TYPE m_total counter\n"
        );
    }

    #[test]
    fn a_sample_without_labels_has_no_braces() {
        let mut page = Exposition::new();
        page.sample("process_open_fds", &[], 12);
        page.sample("g", &[], 0.5);
        assert_eq!(page.into_text(), "process_open_fds 12\ng 0.5\n");
    }

    #[test]
    fn a_histogram_in_seconds_has_cumulative_buckets_sum_and_count() {
        static BOUNDS: &[u64] = &[100_000, 1_000_000_000];
        let histogram = Histogram::new(BOUNDS);
        histogram.record(50_000);
        histogram.record(250_000);
        histogram.record(2_000_000_000);
        let mut page = Exposition::new();
        page.histogram(
            "d_seconds",
            &[("op", "X")],
            &histogram.snapshot(),
            1_000_000_000,
        );
        assert_eq!(
            page.into_text(),
            "d_seconds_bucket{op=\"X\",le=\"0.0001\"} 1\n\
             d_seconds_bucket{op=\"X\",le=\"1\"} 2\n\
             d_seconds_bucket{op=\"X\",le=\"+Inf\"} 3\n\
             d_seconds_sum{op=\"X\"} 2.0003\n\
             d_seconds_count{op=\"X\"} 3\n"
        );
    }
}
