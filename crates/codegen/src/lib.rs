//! Generates `gatehouse-protocol`'s `sts`, `iam` and `organizations` modules, and `gatehouse-error`'s table of
//! the modelled error codes, from the pinned botocore models.
//!
//! A model is read into types ([`model`]), walked from its operations to the shapes they
//! reach ([`service`]), and written one concern per file by the emitters ([`emit`]): for each
//! service the Rust types of its shapes, the validation rules of its inputs, decoders (of
//! query parameters, or of an AWS JSON body), XML (and for STS JSON) encoders or, for an AWS
//! JSON service, JSON encoders, constructors for its errors, its operation table, and the
//! handler trait with `dispatch`; and across services, the table of the models' error codes
//! that `gatehouse-error`'s `ErrorCode` is built from.

pub mod emit;
mod format;
pub mod model;
mod names;
mod patterns;
pub mod service;
mod types;

use std::path::{Path, PathBuf};

pub use format::rustfmt;
use model::ServiceModel;
use service::Service;

/// Everything that can stop generation.
#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    /// A model or output file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A model is not a botocore model (not JSON, or a key of the wrong form).
    #[error("model is not readable: {0}")]
    Json(#[from] serde_json::Error),
    /// A model uses something this generator does not support.
    #[error("unsupported model: {0}")]
    Model(String),
    /// rustfmt failed on the generated code.
    #[error("rustfmt: {0}")]
    Rustfmt(String),
}

/// One service to generate.
#[derive(Debug, Clone, Copy)]
pub struct ServiceSpec {
    /// Module name in the protocol crate: `sts`, `iam`.
    pub module: &'static str,
    /// The `Service` variant: `Sts`, `Iam`.
    pub variant: &'static str,
    /// The model file name under `models/`.
    pub model_file: &'static str,
    /// Whether a query service's responses can also be encoded as JSON (STS); an AWS JSON
    /// service's always are.
    pub json: bool,
    /// String shapes whose values AWS leaves out of its validation messages although the
    /// model does not mark them sensitive.
    pub unechoed: &'static [&'static str],
}

/// The services gatehouse generates, in order.
pub const SERVICES: [ServiceSpec; 3] = [
    ServiceSpec {
        module: "sts",
        variant: "Sts",
        model_file: "sts-2011-06-15.json",
        json: true,
        unechoed: &[],
    },
    ServiceSpec {
        module: "iam",
        variant: "Iam",
        model_file: "iam-2010-05-08.json",
        json: false,
        // Tag keys and values: AWS's recorded CreateRole and TagRole refusals say "Value at
        // 'tags.1.member.key' failed to satisfy constraint: …" (LocalStack's
        // tests/aws/services/iam/test_iam_roles.snapshot.json, test_role_tag_errors).
        unechoed: &["tagKeyType", "tagValueType"],
    },
    ServiceSpec {
        module: "organizations",
        variant: "Organizations",
        model_file: "organizations-2016-11-28.json",
        json: false,
        unechoed: &[],
    },
];

/// Where the protocol crate's generated modules live, from the workspace root.
pub const PROTOCOL_DIR: &str = "crates/protocol/src/generated";

/// The error crate's generated table of the models' error codes, from the workspace root.
pub const ERROR_CODES_FILE: &str = "crates/error/src/generated.rs";

/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Its path from the workspace root.
    pub path: PathBuf,
    /// Its formatted source.
    pub source: String,
}

/// Reads the model of `spec` from `models/`.
pub fn read_model(spec: &ServiceSpec) -> Result<ServiceModel, CodegenError> {
    let path = workspace_root().join("models").join(spec.model_file);
    let text =
        std::fs::read_to_string(&path).map_err(|source| CodegenError::Io { path, source })?;
    Ok(ServiceModel::parse(&text)?)
}

/// Every generated file, formatted, from the models in `models/`.
pub fn generate() -> Result<Vec<GeneratedFile>, CodegenError> {
    let models = SERVICES
        .iter()
        .map(|spec| Ok((spec, read_model(spec)?)))
        .collect::<Result<Vec<_>, CodegenError>>()?;
    let all: Vec<_> = models.iter().map(|(spec, model)| (*spec, model)).collect();
    let mut files = vec![
        (
            PathBuf::from(ERROR_CODES_FILE),
            emit::error_codes::emit(&all)?,
        ),
        (
            Path::new(PROTOCOL_DIR).join("mod.rs"),
            emit::module::emit_root(&SERVICES),
        ),
    ];
    for (spec, model) in &models {
        let service = Service::new(spec, model)?;
        let dir = Path::new(PROTOCOL_DIR).join(spec.module);
        for (name, source) in emit::service_files(&service)? {
            files.push((dir.join(name), source));
        }
    }
    files
        .into_iter()
        .map(|(path, source)| {
            Ok(GeneratedFile {
                path,
                source: rustfmt(&source)?,
            })
        })
        .collect()
}
