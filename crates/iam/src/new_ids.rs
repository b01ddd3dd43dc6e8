//! Creating an entity under an id drawn for it: another id is drawn while the one drawn turns
//! out to be another entity's.

use std::future::Future;

use gatehouse_store::StoreError;

/// Ids drawn for one entity before a clash is answered as a service failure.
const ATTEMPTS: usize = 3;

/// Runs `create` with an id from `draw`, and again with a new one while the store answers
/// `IdTaken`. Unique ids do not repeat within a process (`gatehouse_token::ids`), so a clash is
/// with an id from an earlier process, and the next draw is a different id; access key ids are
/// random.
pub(crate) async fn create_under_new_id<T, Fut>(
    draw: impl Fn() -> String,
    mut create: impl FnMut(String) -> Fut,
) -> Result<T, StoreError>
where
    Fut: Future<Output = Result<T, StoreError>>,
{
    let mut attempt = 1;
    loop {
        match create(draw()).await {
            Err(StoreError::IdTaken { .. }) if attempt < ATTEMPTS => attempt += 1,
            outcome => return outcome,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};

    use gatehouse_store::EntityKind;

    use super::*;

    fn taken(id: &str) -> StoreError {
        StoreError::IdTaken {
            kind: EntityKind::User,
            id: id.to_owned(),
        }
    }

    #[tokio::test]
    async fn a_taken_id_is_replaced_by_a_new_draw() {
        let drawn = Cell::new(0);
        let draw = || {
            drawn.set(drawn.get() + 1);
            format!("AIDA{}", drawn.get())
        };
        let tried = RefCell::new(Vec::new());
        let created = create_under_new_id(draw, |id: String| {
            tried.borrow_mut().push(id.clone());
            let outcome = if id == "AIDA1" {
                Err(taken(&id))
            } else {
                Ok(id)
            };
            async move { outcome }
        })
        .await;
        assert_eq!(created.unwrap(), "AIDA2");
        assert_eq!(*tried.borrow(), ["AIDA1", "AIDA2"]);
    }

    #[tokio::test]
    async fn clashes_stop_after_a_few_draws_and_other_errors_at_once() {
        let calls = Cell::new(0);
        let always_taken = create_under_new_id(
            || "AIDA1".to_owned(),
            |id: String| {
                calls.set(calls.get() + 1);
                async move { Err::<(), _>(taken(&id)) }
            },
        )
        .await;
        assert!(matches!(always_taken, Err(StoreError::IdTaken { .. })));
        assert_eq!(calls.get(), ATTEMPTS);

        calls.set(0);
        let exists = create_under_new_id(
            || "AIDA1".to_owned(),
            |_| {
                calls.set(calls.get() + 1);
                async {
                    Err::<(), _>(StoreError::AlreadyExists {
                        kind: EntityKind::User,
                        name: "alice".to_owned(),
                    })
                }
            },
        )
        .await;
        assert!(matches!(exists, Err(StoreError::AlreadyExists { .. })));
        assert_eq!(calls.get(), 1);
    }
}
