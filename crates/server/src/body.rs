//! Request bodies: read within a size cap and a time limit.
//!
//! A body larger than [`MAX_BODY_BYTES`] is refused before it is read when its
//! `Content-Length` says so, and cut off at the cap otherwise (chunked). A body that has not
//! arrived whole within the serving threads' body timeout ([`TimedBody`]) fails, so a client
//! that sends half a body cannot hold a connection open.

use std::error::Error;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes, HttpBody};
use gatehouse_protocol::AwsError;
use http_body::{Frame, SizeHint};
use tokio::time::Sleep;

/// The largest request body accepted: CreateSAMLProvider metadata may be 10,000,000
/// characters, and a form body carries it URL-encoded.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// A request body that fails with [`BodyTimedOut`] once it has kept its reader waiting for
/// `limit` in all. The timer is set only when the body first makes its reader wait, so a
/// body that came in with its request's head (nearly every one) costs no timer.
pub struct TimedBody<B> {
    inner: B,
    limit: Duration,
    deadline: Option<Pin<Box<Sleep>>>,
}

impl<B> TimedBody<B> {
    /// `inner`, failing once it has made its reader wait `limit`.
    pub fn new(inner: B, limit: Duration) -> Self {
        Self {
            inner,
            limit,
            deadline: None,
        }
    }
}

impl<B> HttpBody for TimedBody<B>
where
    B: HttpBody<Data = Bytes> + Unpin,
    B::Error: Into<axum::BoxError>,
{
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        if let Poll::Ready(frame) = Pin::new(&mut this.inner).poll_frame(cx) {
            return Poll::Ready(frame.map(|frame| frame.map_err(Into::into)));
        }
        let limit = this.limit;
        let deadline = this
            .deadline
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        match deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(Box::new(BodyTimedOut)))),
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The error of a [`TimedBody`] whose time ran out.
#[derive(Debug)]
pub struct BodyTimedOut;

impl fmt::Display for BodyTimedOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the request body did not arrive in time")
    }
}

impl Error for BodyTimedOut {}

/// The whole body of an AWS query request, or the AWS error to answer instead: a body over
/// [`MAX_BODY_BYTES`] is `RequestEntityTooLarge` (refused unread when its length is
/// declared), one that ran out of time `RequestTimeout`, one that broke off `IncompleteBody`.
pub async fn read(mut body: Body) -> Result<Bytes, AwsError> {
    let declared = body.size_hint().lower();
    if declared > MAX_BODY_BYTES as u64 {
        return Err(too_large());
    }
    // The declared length, when there is one, is the size to expect; a chunked body grows.
    let expected = usize::try_from(declared).unwrap_or(0);
    let mut first = Bytes::new();
    let mut joined: Vec<u8> = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let Ok(data) = frame.map_err(read_failure)?.into_data() else {
            continue; // trailers
        };
        if first.len() + joined.len() + data.len() > MAX_BODY_BYTES {
            return Err(too_large());
        }
        // Most bodies come in one frame, kept as it is; more are joined in one buffer.
        if first.is_empty() && joined.is_empty() {
            first = data;
        } else {
            if joined.is_empty() {
                joined.reserve(expected.max(first.len() + data.len()));
                joined.extend_from_slice(&std::mem::take(&mut first));
            }
            joined.extend_from_slice(&data);
        }
    }
    Ok(if joined.is_empty() {
        first
    } else {
        Bytes::from(joined)
    })
}

fn too_large() -> AwsError {
    AwsError::request_entity_too_large(format!(
        "The request body is larger than {MAX_BODY_BYTES} bytes."
    ))
}

fn read_failure(error: axum::Error) -> AwsError {
    use gatehouse_error::{Error as AwsWords, ErrorCode};
    let mut cause: Option<&(dyn Error + 'static)> = Some(&error);
    while let Some(error) = cause {
        if error.is::<BodyTimedOut>() {
            return AwsWords::new(
                ErrorCode::RequestTimeout,
                "Your socket connection to the server was not read from or written to within the timeout period.",
            )
            .into();
        }
        cause = error.source();
    }
    AwsWords::new(
        ErrorCode::IncompleteBody,
        "The request body ended before the length its headers declared.",
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body of the given frames, each ready at once, then pending forever.
    struct Frames(Vec<Bytes>, bool);

    impl HttpBody for Frames {
        type Data = Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            let this = self.get_mut();
            if this.0.is_empty() {
                return if this.1 {
                    Poll::Pending
                } else {
                    Poll::Ready(None)
                };
            }
            Poll::Ready(Some(Ok(Frame::data(this.0.remove(0)))))
        }
    }

    fn body(frames: &[&[u8]], then_stall: bool) -> Body {
        let frames = frames.iter().map(|f| Bytes::copy_from_slice(f)).collect();
        Body::new(TimedBody::new(
            Frames(frames, then_stall),
            Duration::from_millis(50),
        ))
    }

    #[tokio::test]
    async fn frames_are_joined() -> Result<(), AwsError> {
        assert_eq!(
            read(body(&[b"Action=", b"X&", b"Y=1"], false)).await?,
            "Action=X&Y=1"
        );
        assert_eq!(read(body(&[b"one"], false)).await?, "one");
        assert_eq!(read(body(&[], false)).await?, "");
        Ok(())
    }

    #[tokio::test]
    async fn a_body_past_the_cap_is_cut_off() {
        let half = vec![b'a'; MAX_BODY_BYTES / 2];
        let err = read(body(&[&half, &half, b"b"], true)).await.err();
        assert_eq!(err.map(|e| e.code), Some("RequestEntityTooLarge".into()));
        let at_cap = read(body(&[&half, &half], false)).await.map(|b| b.len());
        assert_eq!(at_cap, Ok(MAX_BODY_BYTES));
    }

    /// A body that declares a length and never sends a byte of it.
    struct Declared(u64);

    impl HttpBody for Declared {
        type Data = Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            Poll::Pending
        }

        fn size_hint(&self) -> SizeHint {
            SizeHint::with_exact(self.0)
        }
    }

    #[tokio::test]
    async fn a_declared_length_past_the_cap_is_refused_unread() {
        let err = read(Body::new(Declared(MAX_BODY_BYTES as u64 + 1)))
            .await
            .err();
        assert_eq!(err.map(|e| e.status), Some(413));
    }

    #[tokio::test]
    async fn a_stalled_body_times_out() {
        let err = read(body(&[b"Action="], true)).await.err();
        assert_eq!(err.map(|e| e.code), Some("RequestTimeout".into()));
    }
}
