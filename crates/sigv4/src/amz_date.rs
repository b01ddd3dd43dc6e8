//! Request timestamps: ISO-8601 basic format (`X-Amz-Date`) and RFC 1123 (`Date`).

use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

const BASIC: &[BorrowedFormatItem<'static>] =
    format_description!("[year][month][day]T[hour][minute][second]Z");
const BASIC_DATE: &[BorrowedFormatItem<'static>] = format_description!("[year][month][day]");
const RFC1123: &[BorrowedFormatItem<'static>] = format_description!(
    "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
);

/// Parses `YYYYMMDDTHHMMSSZ`.
pub(crate) fn parse_basic(text: &str) -> Option<OffsetDateTime> {
    PrimitiveDateTime::parse(text, BASIC)
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

/// Parses an RFC 1123 `Date` header (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub(crate) fn parse_rfc1123(text: &str) -> Option<OffsetDateTime> {
    PrimitiveDateTime::parse(text, RFC1123)
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

/// Formats `time` (in UTC) as `YYYYMMDDTHHMMSSZ`.
pub(crate) fn format_basic(time: OffsetDateTime) -> String {
    time.to_offset(UtcOffset::UTC)
        .format(BASIC)
        .unwrap_or_default()
}

/// Formats the UTC day of `time` as `YYYYMMDD`.
pub(crate) fn format_date(time: OffsetDateTime) -> String {
    time.to_offset(UtcOffset::UTC)
        .format(BASIC_DATE)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::datetime;

    #[test]
    fn parses_and_formats_basic() {
        let time = parse_basic("20150830T123600Z").unwrap();
        assert_eq!(time, datetime!(2015-08-30 12:36:00 UTC));
        assert_eq!(format_basic(time), "20150830T123600Z");
        assert_eq!(format_date(time), "20150830");
    }

    #[test]
    fn rejects_other_forms() {
        for text in [
            "",
            "2015-08-30T12:36:00Z",
            "20150830T123600",
            "20150830T123600Z ",
            "20151330T123600Z",
        ] {
            assert_eq!(parse_basic(text), None, "{text}");
        }
    }

    #[test]
    fn parses_rfc1123() {
        assert_eq!(
            parse_rfc1123("Sun, 30 Aug 2015 12:36:00 GMT"),
            Some(datetime!(2015-08-30 12:36:00 UTC))
        );
        assert_eq!(parse_rfc1123("30 Aug 2015 12:36:00 GMT"), None);
    }

    #[test]
    fn formats_in_utc() {
        let time = datetime!(2015-08-30 23:30:00 -02:00);
        assert_eq!(format_basic(time), "20150831T013000Z");
        assert_eq!(format_date(time), "20150831");
    }

    proptest! {
        #[test]
        fn parsers_never_panic(text in ".*") {
            let _ = parse_basic(&text);
            let _ = parse_rfc1123(&text);
        }

        #[test]
        fn basic_round_trip(seconds in 0i64..253_402_300_799) {
            let time = OffsetDateTime::from_unix_timestamp(seconds).unwrap();
            prop_assert_eq!(parse_basic(&format_basic(time)), Some(time));
        }
    }
}
