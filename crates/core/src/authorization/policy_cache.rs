//! Compiled policies, parsed once per (document, kind, label) and shared between requests.
//! Each serving thread keeps its own cache, so a lookup takes no lock.
//!
//! Stored documents were validated when they were saved, so a document that no longer parses
//! (a grammar change, a corrupt row) is logged, and whatever depends on it is denied: it is
//! never left out of an evaluation.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use gatehouse_policy::{Policy, PolicyError, PolicyKind};

/// Beyond this many distinct documents a thread's cache starts over (a crude bound on memory).
const MAX_ENTRIES: usize = 8192;

/// One compiled variant of a document text.
struct Entry {
    kind: PolicyKind,
    label: String,
    policy: Arc<Policy>,
}

/// Document text → its compiled variants (usually one).
type Cache = HashMap<String, Vec<Entry>, foldhash::fast::RandomState>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// The compiled form of `text` as a policy of `kind`, labelled `label` (the label names the
/// policy in decisions: an ARN or an inline policy name).
///
/// # Errors
/// The [`PolicyError`] IAM would give for the document (the failure is not cached).
pub fn compile(text: &str, kind: PolicyKind, label: &str) -> Result<Arc<Policy>, PolicyError> {
    let cached = CACHE.with_borrow(|cache| {
        let entries = cache.get(text)?;
        let entry = entries
            .iter()
            .find(|e| e.kind == kind && e.label == label)?;
        Some(Arc::clone(&entry.policy))
    });
    if let Some(policy) = cached {
        return Ok(policy);
    }
    let policy = Arc::new(Policy::parse(text, kind)?.with_label(label));
    CACHE.with_borrow_mut(|cache| {
        if cache.len() >= MAX_ENTRIES {
            cache.clear();
        }
        cache.entry(text.to_owned()).or_default().push(Entry {
            kind,
            label: label.to_owned(),
            policy: Arc::clone(&policy),
        });
    });
    Ok(policy)
}

/// Like [`compile`] for a document that was validated when it was stored: a failure is logged
/// and yields `None`, and the caller must then deny what the document decides (a policy that
/// cannot be read never drops out of an evaluation).
pub fn compile_stored(text: &str, kind: PolicyKind, label: &str) -> Option<Arc<Policy>> {
    match compile(text, kind, label) {
        Ok(policy) => Some(policy),
        Err(error) => {
            tracing::warn!(policy = label, %error, "stored policy does not parse; ignored");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str =
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#;

    #[test]
    fn the_same_document_is_compiled_once() {
        let first = compile(DOC, PolicyKind::Identity, "a").unwrap();
        let second = compile(DOC, PolicyKind::Identity, "a").unwrap();
        assert!(Arc::ptr_eq(&first, &second));
        let other_label = compile(DOC, PolicyKind::Identity, "b").unwrap();
        assert!(!Arc::ptr_eq(&first, &other_label));
        assert_eq!(other_label.label(), "b");
        let other_kind = compile(DOC, PolicyKind::Session, "a").unwrap();
        assert_eq!(other_kind.kind(), PolicyKind::Session);
    }

    #[test]
    fn invalid_documents_fail_and_stored_ones_are_skipped() {
        assert!(compile("{", PolicyKind::Identity, "x").is_err());
        assert!(compile_stored("not json", PolicyKind::Identity, "x").is_none());
    }
}
