//! Pagination: an opaque marker and a page size in, a page of items and the next marker out.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::{Result, StoreError};

/// IAM's default `MaxItems`.
pub const DEFAULT_MAX_ITEMS: u32 = 100;
/// IAM's largest `MaxItems`.
pub const MAX_MAX_ITEMS: u32 = 1000;

/// Which page of a listing to return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    /// The `next_marker` of the previous page, or `None` for the first page.
    pub marker: Option<String>,
    /// How many items at most (clamped to 1..=1000).
    pub max_items: u32,
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            marker: None,
            max_items: DEFAULT_MAX_ITEMS,
        }
    }
}

impl PageRequest {
    /// The first page with up to `max_items` items.
    pub fn first(max_items: u32) -> Self {
        Self {
            marker: None,
            max_items,
        }
    }

    /// The page after the one that returned `marker`.
    pub fn after(marker: impl Into<String>, max_items: u32) -> Self {
        Self {
            marker: Some(marker.into()),
            max_items,
        }
    }

    /// The number of items a page holds, within IAM's bounds.
    pub(crate) fn limit(&self) -> usize {
        usize::try_from(self.max_items.clamp(1, MAX_MAX_ITEMS)).unwrap_or(100)
    }

    /// The sort key to continue after ("" before the first item).
    pub(crate) fn start_key(&self) -> Result<String> {
        self.marker
            .as_deref()
            .map_or(Ok(String::new()), decode_marker)
    }

    /// How many rows to fetch: one more than the page, to learn whether another page follows.
    pub(crate) fn fetch_limit(&self) -> i64 {
        i64::try_from(self.limit()).unwrap_or(i64::from(DEFAULT_MAX_ITEMS)) + 1
    }
}

/// One page of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    /// The items, in the store's order.
    pub items: Vec<T>,
    /// Set when more items follow: pass it back in [`PageRequest::marker`].
    pub next_marker: Option<String>,
}

impl<T> Page<T> {
    /// Whether more items follow (AWS `IsTruncated`).
    pub fn is_truncated(&self) -> bool {
        self.next_marker.is_some()
    }

    /// Cuts rows fetched with [`PageRequest::fetch_limit`] down to one page; `key` gives an
    /// item's sort key, which the next marker encodes.
    pub(crate) fn from_rows(
        mut rows: Vec<T>,
        request: &PageRequest,
        key: impl Fn(&T) -> &str,
    ) -> Self {
        let limit = request.limit();
        if rows.len() <= limit {
            return Self {
                items: rows,
                next_marker: None,
            };
        }
        rows.truncate(limit);
        let next_marker = rows.last().map(|item| encode_marker(key(item)));
        Self {
            items: rows,
            next_marker,
        }
    }

    /// Applies `f` to every item, keeping the marker.
    pub fn try_map<U>(self, f: impl FnMut(T) -> Result<U>) -> Result<Page<U>> {
        Ok(Page {
            items: self.items.into_iter().map(f).collect::<Result<_>>()?,
            next_marker: self.next_marker,
        })
    }
}

/// Encodes a sort key as an opaque marker.
pub(crate) fn encode_marker(key: &str) -> String {
    URL_SAFE_NO_PAD.encode(key.as_bytes())
}

/// Decodes a marker made by [`encode_marker`].
pub(crate) fn decode_marker(marker: &str) -> Result<String> {
    let bytes = URL_SAFE_NO_PAD
        .decode(marker.as_bytes())
        .map_err(|_| StoreError::InvalidMarker)?;
    String::from_utf8(bytes).map_err(|_| StoreError::InvalidMarker)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_full_page_gets_a_marker_to_the_last_item() {
        let request = PageRequest::first(2);
        let rows = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let page = Page::from_rows(rows, &request, |s| s.as_str());
        assert_eq!(page.items, ["a", "b"]);
        let marker = page.next_marker.clone().unwrap_or_default();
        assert_eq!(decode_marker(&marker).ok().as_deref(), Some("b"));
        assert!(page.is_truncated());
    }

    #[test]
    fn a_short_page_has_no_marker() {
        let page = Page::from_rows(vec!["a".to_owned()], &PageRequest::first(2), |s| s.as_str());
        assert_eq!(page.next_marker, None);
    }

    #[test]
    fn max_items_is_clamped() {
        assert_eq!(PageRequest::first(0).limit(), 1);
        assert_eq!(PageRequest::first(5000).limit(), 1000);
        assert_eq!(PageRequest::default().fetch_limit(), 101);
    }

    #[test]
    fn garbage_markers_are_refused() {
        assert!(matches!(
            decode_marker("!!"),
            Err(StoreError::InvalidMarker)
        ));
        assert!(matches!(
            decode_marker("_w"),
            Err(StoreError::InvalidMarker)
        ));
    }

    proptest! {
        #[test]
        fn markers_round_trip(key in ".{0,200}") {
            prop_assert_eq!(decode_marker(&encode_marker(&key)).ok(), Some(key));
        }

        #[test]
        fn decoding_never_panics(marker in "\\PC{0,320}") {
            let _ = decode_marker(&marker);
        }
    }
}
