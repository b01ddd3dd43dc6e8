//! Statement positions as the IAM simulator reports them.
//!
//! IAM's `StartPosition` is not the statement's `{` but the place its JSON reader stood when
//! the statement began: just after the `{` when the statement is the value of `"Statement":`,
//! and just after the preceding token otherwise (the `[` of the statement list, or the `}` of
//! the statement before). `EndPosition` is just after the statement's `}`. Both CLI examples
//! in the AWS documentation follow this (`Column 38` for a statement whose `{` is at column 37
//! after `"Statement":`, `Line 3, Column 19` just after a `[`).

use gatehouse_policy::Position;

/// The `StartPosition` IAM reports for each statement whose `{` is at one of `braces` (in
/// document order) in `source`, found in one pass over the text.
pub(crate) fn reported_starts(source: &str, braces: &[Position]) -> Vec<Position> {
    let mut starts = Vec::with_capacity(braces.len());
    let mut braces = braces.iter().copied().peekable();
    let mut line = 1u32;
    let mut column = 1u32;
    // The last character before the current place that is neither whitespace nor a comma,
    // with the position just after it.
    let mut previous: Option<(char, Position)> = None;
    let mut chars = source.chars();
    let mut ended = false;
    while let Some(brace) = braces.peek().copied() {
        if ended || (Position { line, column }) >= brace {
            starts.push(match previous {
                Some((':', _)) | None => Position {
                    line: brace.line,
                    column: brace.column.saturating_add(1),
                },
                Some((_, after)) => after,
            });
            braces.next();
            continue;
        }
        let Some(ch) = chars.next() else {
            ended = true;
            continue;
        };
        if ch == '\n' {
            line = line.saturating_add(1);
            column = 1;
        } else {
            column = column.saturating_add(1);
        }
        if !ch.is_whitespace() && ch != ',' {
            previous = Some((ch, Position { line, column }));
        }
    }
    starts
}

/// A position as the protocol shape carries it.
pub(crate) fn to_wire(position: Position) -> gatehouse_protocol::iam::Position {
    gatehouse_protocol::iam::Position {
        line: Some(i32::try_from(position.line).unwrap_or(i32::MAX)),
        column: Some(i32::try_from(position.column).unwrap_or(i32::MAX)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_policy::{Policy, PolicyKind};
    use proptest::prelude::*;

    fn starts(text: &str) -> Vec<(Position, Position)> {
        let policy = Policy::parse(text, PolicyKind::Identity).unwrap();
        let braces: Vec<Position> = policy.statements().iter().map(|s| s.start()).collect();
        reported_starts(text, &braces)
            .into_iter()
            .zip(policy.statements().iter().map(|s| s.end()))
            .collect()
    }

    fn pos(line: u32, column: u32) -> Position {
        Position { line, column }
    }

    #[test]
    fn object_statement_matches_the_aws_example() {
        let text = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}"#;
        assert_eq!(starts(text), [(pos(1, 38), pos(1, 167))]);
    }

    #[test]
    fn listed_statements_start_after_the_previous_token() {
        let text = "{\n  \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Effect\": \"Allow\",\n            \"Action\": \"s3:*\",\n            \"Resource\": \"*\"\n        },\n        {\"Effect\": \"Deny\", \"Action\": \"s3:Put*\", \"Resource\": \"*\"}\n    ]\n}";
        assert_eq!(
            starts(text),
            [(pos(3, 19), pos(8, 10)), (pos(8, 10), pos(9, 65))]
        );
    }

    proptest! {
        #[test]
        fn one_pass_answers_as_one_brace_at_a_time(
            source in "\\PC{0,60}",
            mut places in proptest::collection::vec((0u32..5, 0u32..70), 0..4),
        ) {
            places.sort_unstable();
            let braces: Vec<Position> = places.iter().map(|&(l, c)| pos(l, c)).collect();
            let together = reported_starts(&source, &braces);
            let alone: Vec<Position> = braces
                .iter()
                .flat_map(|brace| reported_starts(&source, &[*brace]))
                .collect();
            prop_assert_eq!(together, alone);
        }
    }
}
