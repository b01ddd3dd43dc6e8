//! The one error type of this crate.

/// Why the embedded catalogue could not be decoded.
///
/// The catalogue is fixed at build time, so any of these means the data file
/// shipped with the crate is broken; the unit tests decode it on every run.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// The data is not a valid gzip stream.
    #[error("the managed policy catalogue is not valid gzip: {0}")]
    Decompress(#[source] std::io::Error),
    /// The decompressed data is not the expected JSON array of policies.
    #[error("the managed policy catalogue is not valid JSON: {0}")]
    Parse(#[source] serde_json::Error),
    /// Two entries share one ARN, so lookups would be ambiguous.
    #[error("the managed policy catalogue lists {arn} more than once")]
    DuplicateArn {
        /// The ARN found twice.
        arn: String,
    },
}
