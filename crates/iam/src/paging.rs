//! IAM pagination (`Marker`, `MaxItems`, `IsTruncated`) for store pages and in-memory lists.

use gatehouse_store::{DEFAULT_MAX_ITEMS, MAX_MAX_ITEMS, Page, PageRequest};

use crate::error::{IamError, Result};

/// The prefix of the markers handed out for in-memory lists.
const OFFSET_MARKER_PREFIX: &str = "o.";

/// One page of a listing, ready for a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listed<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// `IsTruncated` (always sent, as AWS does).
    pub is_truncated: Option<bool>,
    /// `Marker`, only when truncated.
    pub marker: Option<String>,
}

/// `MaxItems` within IAM's bounds (default 100).
fn max_items(requested: Option<i32>) -> u32 {
    requested
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(DEFAULT_MAX_ITEMS)
        .clamp(1, MAX_MAX_ITEMS)
}

/// The store's page request for `Marker` and `MaxItems`.
pub(crate) fn request(marker: Option<String>, requested: Option<i32>) -> PageRequest {
    PageRequest {
        marker,
        max_items: max_items(requested),
    }
}

/// A store page as a response page.
pub(crate) fn from_store<T, U>(page: Page<T>, f: impl FnMut(T) -> U) -> Listed<U> {
    Listed {
        is_truncated: Some(page.next_marker.is_some()),
        marker: page.next_marker,
        items: page.items.into_iter().map(f).collect(),
    }
}

/// Pages through a complete in-memory list; the marker is the offset of the next item.
pub(crate) fn paginate<T>(
    items: Vec<T>,
    marker: Option<&str>,
    requested: Option<i32>,
) -> Result<Listed<T>> {
    let start = match marker {
        None => 0,
        Some(text) => parse_offset(text)
            .filter(|&offset| offset <= items.len())
            .ok_or_else(|| IamError::InvalidInput("Invalid Marker.".to_owned()))?,
    };
    let limit = usize::try_from(max_items(requested)).unwrap_or(usize::MAX);
    let end = start.saturating_add(limit).min(items.len());
    let truncated = end < items.len();
    let page = items.into_iter().skip(start).take(end - start).collect();
    Ok(Listed {
        items: page,
        is_truncated: Some(truncated),
        marker: truncated.then(|| format!("{OFFSET_MARKER_PREFIX}{end}")),
    })
}

/// The offset an in-memory marker encodes.
fn parse_offset(marker: &str) -> Option<usize> {
    marker.strip_prefix(OFFSET_MARKER_PREFIX)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pages_follow_each_other() {
        let first = paginate((1..=5).collect(), None, Some(2)).ok();
        let first = first.expect("a first page");
        assert_eq!(first.items, [1, 2]);
        assert_eq!(first.is_truncated, Some(true));
        let second = paginate(
            (1..=5).collect::<Vec<_>>(),
            first.marker.as_deref(),
            Some(2),
        );
        let Ok(second) = second else {
            panic!("a second page")
        };
        assert_eq!(second.items, [3, 4]);
        let third = paginate(
            (1..=5).collect::<Vec<_>>(),
            second.marker.as_deref(),
            Some(2),
        );
        let Ok(third) = third else {
            panic!("a third page")
        };
        assert_eq!(third.items, [5]);
        assert_eq!((third.is_truncated, third.marker), (Some(false), None));
    }

    #[test]
    fn default_page_is_100_and_bad_markers_are_invalid_input() {
        let page = paginate((0..150).collect::<Vec<_>>(), None, None);
        assert_eq!(page.map(|p| p.items.len()).ok(), Some(100));
        assert!(matches!(
            paginate(vec![1], Some("garbage"), None),
            Err(IamError::InvalidInput(_))
        ));
        assert!(matches!(
            paginate(vec![1], Some("o.9"), None),
            Err(IamError::InvalidInput(_))
        ));
    }

    proptest! {
        #[test]
        fn paging_never_panics_and_covers_everything(len in 0usize..300, size in -5i32..2000, marker in "\\PC{0,12}") {
            let items: Vec<usize> = (0..len).collect();
            let _ = paginate(items.clone(), Some(&marker), Some(size));
            let mut seen = Vec::new();
            let mut next: Option<String> = None;
            loop {
                let page = paginate(items.clone(), next.as_deref(), Some(size));
                let page = page.map_err(|e| TestCaseError::fail(e.to_string()))?;
                seen.extend(page.items);
                match page.marker { Some(m) => next = Some(m), None => break }
            }
            prop_assert_eq!(seen, items);
        }
    }
}
