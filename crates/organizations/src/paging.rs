//! Paging of the List operations: at most `MaxResults` items (1 to 20 by the model; 20 when
//! absent), and a `NextToken` that says where the next page starts.

use gatehouse_protocol::AwsError;

use crate::error;

/// The most items a page holds when `MaxResults` is absent (the model's maximum).
const DEFAULT_PAGE: usize = 20;

/// The tokens this server hands out: the prefix and the index of the next item.
const TOKEN_PREFIX: &str = "gatehouse-page-";

/// The page of `items` that `next_token` and `max_results` ask for, and the token of the
/// page after it, if any. `InvalidInputException` for a token this server did not hand out.
pub fn page<T>(
    items: Vec<T>,
    next_token: Option<&str>,
    max_results: Option<i32>,
) -> Result<(Vec<T>, Option<String>), AwsError> {
    let start = match next_token {
        None => 0,
        Some(token) => token
            .strip_prefix(TOKEN_PREFIX)
            .and_then(|index| index.parse::<usize>().ok())
            .filter(|&index| index <= items.len())
            .ok_or_else(error::invalid_next_token)?,
    };
    let size = max_results
        .and_then(|n| usize::try_from(n).ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_PAGE);
    let end = start.saturating_add(size).min(items.len());
    let next = (end < items.len()).then(|| format!("{TOKEN_PREFIX}{end}"));
    let page = items.into_iter().skip(start).take(end - start).collect();
    Ok((page, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_each_other_and_foreign_tokens_are_refused() {
        let (first, next) = page((1..=5).collect(), None, Some(2)).unwrap();
        assert_eq!(
            (first, next.as_deref()),
            (vec![1, 2], Some("gatehouse-page-2"))
        );
        let (last, next) = page((1..=5).collect(), Some("gatehouse-page-4"), Some(2)).unwrap();
        assert_eq!((last, next), (vec![5], None));
        let (all, next) = page((1..=5).collect::<Vec<_>>(), None, None).unwrap();
        assert_eq!((all.len(), next), (5, None));
        let refused = page((1..=5).collect::<Vec<_>>(), Some("x"), None).unwrap_err();
        assert_eq!(refused.code, "InvalidInputException");
        assert!(page((1..=5).collect::<Vec<_>>(), Some("gatehouse-page-9"), None).is_err());
    }
}
