//! The date strings IAM accepts in `Date…` conditions, as instants.
//!
//! IAM's validator refuses a `Date…` condition value it cannot read ("The policy failed legacy
//! parsing") and accepts more than RFC 3339: AWS's recorded answers (the validation corpus in
//! `tests/corpus/policy-validation.json`) accept `01T`, `2016-12-13t2:00:00.593194+23` and
//! `-292275054`, and refuse `234-13`, `…+1`, a ten-digit fraction and `9223372036854775808`.
//! The grammar below is the ISO 8601 one those answers fit:
//!
//! ```text
//! value     = epoch | datetime
//! epoch     = ["-"] digits                      (seconds; must fit a signed 64-bit integer)
//! datetime  = "T" time [offset] | date ["T" [time] [offset]]
//! date      = year ["-" month ["-" day]] | year "-" ordinal
//! year      = ["-" | "+"] 1*9 digits;  month, day = 1*2 digits;  ordinal = 3 digits
//! time      = hour [":" minute [":" second [fraction]] | fraction] | fraction]
//! hour, minute, second = 1*2 digits;  fraction = ("." | ",") 1*9 digits
//! offset    = "Z" | ("+" | "-") 2 digits [[":"] 2 digits]
//! ```
//!
//! `T` and `Z` are accepted in either case, missing parts default to the start of the
//! period, and a value without an offset is UTC. Instants are nanoseconds since the Unix epoch
//! in an `i128`, which holds every year the grammar allows.

const NANOS_PER_SECOND: i128 = 1_000_000_000;

/// Reads `text` as IAM does; `None` if IAM would refuse it.
pub(crate) fn parse(text: &str) -> Option<i128> {
    epoch(text).or_else(|| datetime(text))
}

/// An instant from a request value (`time`'s type) in the same scale as [`parse`].
pub(crate) fn from_offset(date: time::OffsetDateTime) -> i128 {
    date.unix_timestamp_nanos()
}

fn epoch(text: &str) -> Option<i128> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let seconds: i64 = text.parse().ok()?;
    Some(i128::from(seconds) * NANOS_PER_SECOND)
}

/// A cursor over the ASCII text of a date.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, wanted: u8) -> bool {
        let matched = self
            .peek()
            .is_some_and(|byte| byte.eq_ignore_ascii_case(&wanted));
        if matched {
            self.at += 1;
        }
        matched
    }

    /// Between `min` and `max` digits, as a number.
    fn digits(&mut self, min: usize, max: usize) -> Option<(i64, usize)> {
        let start = self.at;
        let mut value: i64 = 0;
        while self.at - start < max {
            match self.peek() {
                Some(byte) if byte.is_ascii_digit() => {
                    value = value * 10 + i64::from(byte - b'0');
                    self.at += 1;
                }
                _ => break,
            }
        }
        let count = self.at - start;
        (count >= min).then_some((value, count))
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

/// The fields of a date-time; unset ones take their defaults.
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    ordinal: Option<i64>,
    /// Nanoseconds into the day.
    time: i128,
    /// Offset from UTC, in seconds.
    offset: i64,
}

fn datetime(text: &str) -> Option<i128> {
    let mut cursor = Cursor {
        bytes: text.as_bytes(),
        at: 0,
    };
    let mut fields = Fields {
        year: 1970,
        month: 1,
        day: 1,
        ordinal: None,
        time: 0,
        offset: 0,
    };
    if cursor.eat(b'T') {
        fields.time = time_of_day(&mut cursor)?;
        offset(&mut cursor, &mut fields)?;
    } else {
        date(&mut cursor, &mut fields)?;
        if cursor.eat(b'T') {
            if cursor.peek().is_some_and(|byte| byte.is_ascii_digit()) {
                fields.time = time_of_day(&mut cursor)?;
            }
            offset(&mut cursor, &mut fields)?;
        }
    }
    if !cursor.done() {
        return None;
    }
    let days = match fields.ordinal {
        Some(ordinal) => {
            let length = if leap(fields.year) { 366 } else { 365 };
            if !(1..=length).contains(&ordinal) {
                return None;
            }
            days_from_civil(fields.year, 1, 1) + ordinal - 1
        }
        None => {
            if !(1..=12).contains(&fields.month)
                || !(1..=month_length(fields.year, fields.month)).contains(&fields.day)
            {
                return None;
            }
            days_from_civil(fields.year, fields.month, fields.day)
        }
    };
    Some((i128::from(days) * 86_400 - i128::from(fields.offset)) * NANOS_PER_SECOND + fields.time)
}

fn date(cursor: &mut Cursor<'_>, fields: &mut Fields) -> Option<()> {
    let negative = if cursor.eat(b'-') {
        true
    } else {
        cursor.eat(b'+');
        false
    };
    let (year, _) = cursor.digits(1, 9)?;
    fields.year = if negative { -year } else { year };
    if !cursor.eat(b'-') {
        return Some(());
    }
    // `year-DDD` (ordinal) or `year-MM[-DD]`: the longer reading wins.
    let (number, count) = cursor.digits(1, 3)?;
    if count == 3 {
        fields.ordinal = Some(number);
        return Some(());
    }
    fields.month = number;
    if cursor.eat(b'-') {
        fields.day = cursor.digits(1, 2)?.0;
    }
    Some(())
}

/// `fraction` of `unit` nanoseconds, from up to nine digits after `.` or `,`.
fn fraction(cursor: &mut Cursor<'_>, unit: i128) -> Option<i128> {
    if !(cursor.eat(b'.') || cursor.eat(b',')) {
        return Some(0);
    }
    let (digits, count) = cursor.digits(1, 9)?;
    let scale = 10_i128.pow(u32::try_from(count).ok()?);
    Some(i128::from(digits) * unit / scale)
}

/// `hour[:minute[:second]]`, the last one present with an optional fraction of itself.
fn time_of_day(cursor: &mut Cursor<'_>) -> Option<i128> {
    // Each unit: its largest value and its length in nanoseconds.
    const UNITS: [(i64, i128); 3] = [
        (23, 3_600 * NANOS_PER_SECOND),
        (59, 60 * NANOS_PER_SECOND),
        (59, NANOS_PER_SECOND),
    ];
    let mut nanos = 0;
    for (index, (largest, unit)) in UNITS.into_iter().enumerate() {
        let (value, _) = cursor.digits(1, 2)?;
        if value > largest {
            return None;
        }
        nanos += i128::from(value) * unit;
        let last = index + 1 == UNITS.len();
        if last || !cursor.eat(b':') {
            return Some(nanos + fraction(cursor, unit)?);
        }
    }
    Some(nanos)
}

fn offset(cursor: &mut Cursor<'_>, fields: &mut Fields) -> Option<()> {
    if cursor.eat(b'Z') {
        return Some(());
    }
    let sign = match cursor.peek() {
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return Some(()),
    };
    cursor.at += 1;
    let (hours, _) = cursor.digits(2, 2)?;
    let mut minutes = 0;
    if !cursor.done() {
        cursor.eat(b':');
        minutes = cursor.digits(2, 2)?.0;
    }
    if hours > 23 || minutes > 59 {
        return None;
    }
    fields.offset = sign * (hours * 3_600 + minutes * 60);
    Some(())
}

fn leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn month_length(year: i64, month: i64) -> i64 {
    match month {
        2 if leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seconds(text: &str) -> Option<i128> {
        parse(text).map(|nanos| nanos / NANOS_PER_SECOND)
    }

    #[test]
    fn values_aws_accepts() {
        // Each row: AWS accepted a policy with this `Date…` value (validation corpus).
        assert_eq!(seconds("2019-07-01T13:20:15Z"), Some(1_561_987_215));
        assert_eq!(seconds("2017-07-01T00:00:00Z"), Some(1_498_867_200));
        assert_eq!(
            parse("2016-12-13T21:20:37.593194+00:00"),
            Some(1_481_664_037_593_194_000)
        );
        // 02:00 at +23:00 is 03:00 the day before in UTC.
        assert_eq!(seconds("2016-12-13t2:00:00.593194+23"), Some(1_481_511_600));
        assert_eq!(seconds("01T"), Some(-62_135_596_800));
        assert_eq!(seconds("-292275054"), Some(-292_275_054));
        assert_eq!(seconds("1517883600"), Some(1_517_883_600));
        assert_eq!(seconds("2020-01-01"), Some(1_577_836_800));
        assert_eq!(seconds("2020-032"), Some(1_580_515_200));
        assert_eq!(seconds("T10:00"), Some(36_000));
        assert_eq!(seconds("9223372036854775807"), Some(i128::from(i64::MAX)));
    }

    #[test]
    fn values_aws_refuses() {
        // Each row: AWS answered "The policy failed legacy parsing" (validation corpus).
        for text in [
            "sdfdsf",
            "234-13",
            "2016-12-13t2:00:00.593194+1",
            "2016-12-13t2:00:00.1999999999+10:59",
            "9223372036854775808",
            "",
            "2019-02-29",
            "2019-01-01T24:00:00Z",
            "2019-01-01T10:60",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_time_on_rfc3339() {
        for text in [
            "1999-12-31T23:59:59Z",
            "2024-02-29T12:00:00+05:30",
            "1900-03-01T00:00:00-08:00",
        ] {
            let expected =
                time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                    .unwrap();
            assert_eq!(parse(text), Some(from_offset(expected)), "{text}");
        }
    }
}
