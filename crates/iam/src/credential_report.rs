//! The account's credential report: GenerateCredentialReport and GetCredentialReport.
//!
//! AWS builds a report in the background: the first GenerateCredentialReport answers
//! `STARTED`, and GetCredentialReport answers `ReportInProgress` until it is done. Building
//! one here is a few reads, so GenerateCredentialReport builds it before answering (still
//! `STARTED`, as AWS's first answer is) and GetCredentialReport never finds one in progress.
//! The report is kept in the store, per account, with the time it was built: AWS reuses a
//! report for four hours and builds a new one only for an older one.
//!
//! The columns, their order and their values are those of the IAM User Guide's "Generate
//! credential reports for your AWS account"
//! (<https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html>,
//! called "the guide" below).

use gatehouse_protocol::AwsError;
use gatehouse_protocol::iam::{
    GenerateCredentialReportResponse, GetCredentialReportResponse, ReportFormatType,
    ReportStateType, errors,
};
use gatehouse_store::{
    AccessKeyStatus, AccountCredentials, CredentialReport, KeyCredential, UserCredentials,
};
use gatehouse_token::{AccountId, Partition, arn};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{Duration, OffsetDateTime, UtcOffset};

use crate::error::IamError;
use crate::scope::Scope;

/// How long a report is reused, and then answered: the guide's "as often as once every four
/// hours … If the most recent report for the account is older than four hours, … IAM
/// generates … a new report".
const REPORT_LIFETIME: Duration = Duration::hours(4);

/// GenerateCredentialReport's `Description` when it starts a report, from the API
/// reference's sample response
/// (<https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html>).
/// A report still fresh is answered `COMPLETE` with no `Description`, as the AWS CLI printed
/// it in prowler-cloud/prowler#272.
const STARTED: &str = "No report exists. Starting a new report generation task";

/// The guide's columns, in its order.
const HEADER: [&str; 22] = [
    "user",
    "arn",
    "user_creation_time",
    "password_enabled",
    "password_last_used",
    "password_last_changed",
    "password_next_rotation",
    "mfa_active",
    "access_key_1_active",
    "access_key_1_last_rotated",
    "access_key_1_last_used_date",
    "access_key_1_last_used_region",
    "access_key_1_last_used_service",
    "access_key_2_active",
    "access_key_2_last_rotated",
    "access_key_2_last_used_date",
    "access_key_2_last_used_region",
    "access_key_2_last_used_service",
    "cert_1_active",
    "cert_1_last_rotated",
    "cert_2_active",
    "cert_2_last_rotated",
];

/// The account root's row is named this (the guide's examples and every recorded report).
const ROOT_USER: &str = "<root_account>";
/// "not applicable": the guide's value for what a user does not have.
const NOT_APPLICABLE: &str = "N/A";
/// The guide's value for the root's password columns.
const NOT_SUPPORTED: &str = "not_supported";
/// The guide's `password_last_used` for a password never used to sign in; gatehouse has no
/// console, so no password is ever used.
const NO_INFORMATION: &str = "no_information";

/// The guide's "ISO 8601 date-time format", as recorded reports write it:
/// `2019-12-28T20:00:51+00:00`, in UTC.
const DATE_FORMAT: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]+00:00");

/// How many access keys and signing certificates a row has columns for: the guide's
/// `access_key_1_…`, `access_key_2_…`, `cert_1_…` and `cert_2_…`.
const SLOTS: usize = 2;

/// A report's time as the report writes it.
fn date(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC)
        .format(DATE_FORMAT)
        .unwrap_or_else(|_| NOT_APPLICABLE.to_owned())
}

/// The report's `true` and `false`, lower-cased as recorded reports write them (the guide's
/// prose says `TRUE` and `FALSE`).
fn flag(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

/// Whether a report built at `generated` is still the one AWS would answer at `now`.
fn is_current(generated: OffsetDateTime, now: OffsetDateTime) -> bool {
    now - generated <= REPORT_LIFETIME
}

/// Writes one CSV field: as it is, or (RFC 4180, section 2, rules 6 and 7) in double quotes
/// with its double quotes doubled when it holds a comma, a double quote or a line break. A
/// user name may hold a comma (`[\w+=,.@-]+`) and a path any printable character; the words
/// AWS uses for those are not recorded, so the report follows the CSV format's own rules.
fn push_field(line: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        line.push('"');
        line.push_str(&field.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(field);
    }
}

/// Appends one row of fields, comma-separated.
fn push_row<S: AsRef<str>>(csv: &mut String, fields: &[S]) {
    if !csv.is_empty() {
        csv.push('\n');
    }
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            csv.push(',');
        }
        push_field(csv, field.as_ref());
    }
}

/// The five `access_key_N_…` columns of the `n`-th key (from 0), oldest first. A key that
/// exists reports its creation and last use whatever its status (cloud-custodian/cloud-custodian#5551:
/// "If these keys don't exist, active is false, and the `last_rotated` field is N/A", so an
/// inactive key keeps its date); a missing one is `false` and `N/A`. A key never used has
/// `N/A` for its last use, as the guide says; a use with no region recorded too.
fn key_columns(keys: &[KeyCredential], n: usize) -> [String; 5] {
    let Some(key) = keys.get(n) else {
        return [
            flag(false).to_owned(),
            NOT_APPLICABLE.to_owned(),
            NOT_APPLICABLE.to_owned(),
            NOT_APPLICABLE.to_owned(),
            NOT_APPLICABLE.to_owned(),
        ];
    };
    let known = |text: &str| {
        if text.is_empty() {
            NOT_APPLICABLE.to_owned()
        } else {
            text.to_owned()
        }
    };
    let (used, region, service) = match &key.last_used {
        Some(used) => (date(used.date), known(&used.region), known(&used.service)),
        None => (
            NOT_APPLICABLE.to_owned(),
            NOT_APPLICABLE.to_owned(),
            NOT_APPLICABLE.to_owned(),
        ),
    };
    [
        flag(key.status == AccessKeyStatus::Active).to_owned(),
        date(key.created),
        used,
        region,
        service,
    ]
}

/// The rest of a row after its password and MFA columns: the first two access keys by
/// creation, and two signing certificates, which gatehouse does not keep (`false`, `N/A`, as
/// the guide reports a user without one).
fn push_credentials(fields: &mut Vec<String>, keys: &[KeyCredential]) {
    for n in 0..SLOTS {
        fields.extend(key_columns(keys, n));
    }
    for _ in 0..SLOTS {
        fields.push(flag(false).to_owned());
        fields.push(NOT_APPLICABLE.to_owned());
    }
}

/// The root's row. The guide: its `password_enabled`, `password_last_changed` and
/// `password_next_rotation` are always `not_supported`; its password is reported as used
/// like a user's (never, here). Gatehouse keeps no MFA device of the root's, and does not
/// record when an account was created: its creation time is the earliest one the account
/// holds (a root key or a user), or the report's own time when it holds none.
fn root_row(
    credentials: &AccountCredentials,
    partition: Partition,
    account: AccountId,
    now: OffsetDateTime,
) -> Vec<String> {
    let created = credentials
        .root_keys
        .iter()
        .map(|key| key.created)
        .chain(credentials.users.iter().map(|user| user.created))
        .min()
        .unwrap_or(now);
    let mut fields = vec![
        ROOT_USER.to_owned(),
        arn::root(partition, account),
        date(created),
        NOT_SUPPORTED.to_owned(),
        NO_INFORMATION.to_owned(),
        NOT_SUPPORTED.to_owned(),
        NOT_SUPPORTED.to_owned(),
        flag(false).to_owned(),
    ];
    push_credentials(&mut fields, &credentials.root_keys);
    fields
}

/// A user's row. Without a password (login profile), the guide's `password_last_used` and
/// `password_last_changed` are `N/A`; `password_next_rotation` is the last change plus the
/// password policy's `MaxPasswordAge` when passwords expire, else `N/A`.
fn user_row(
    user: &UserCredentials,
    max_password_age: Option<i64>,
    partition: Partition,
    account: AccountId,
) -> Vec<String> {
    let (last_used, last_changed, next_rotation) = match user.password_changed {
        Some(changed) => (
            NO_INFORMATION.to_owned(),
            date(changed),
            max_password_age
                .and_then(|days| changed.checked_add(Duration::days(days)))
                .map_or_else(|| NOT_APPLICABLE.to_owned(), date),
        ),
        None => (
            NOT_APPLICABLE.to_owned(),
            NOT_APPLICABLE.to_owned(),
            NOT_APPLICABLE.to_owned(),
        ),
    };
    let mut fields = vec![
        user.name.clone(),
        arn::user(partition, account, &user.path, &user.name),
        date(user.created),
        flag(user.password_changed.is_some()).to_owned(),
        last_used,
        last_changed,
        next_rotation,
        flag(user.mfa_active).to_owned(),
    ];
    push_credentials(&mut fields, &user.keys);
    fields
}

/// The report's CSV: the header, the root's row, then a row per user in the order the store
/// lists them (by name, as ListUsers does). Rows are separated by a line feed, with none after
/// the last.
fn build_csv(
    credentials: &AccountCredentials,
    partition: Partition,
    account: AccountId,
    now: OffsetDateTime,
) -> String {
    let mut csv = String::new();
    push_row(&mut csv, &HEADER);
    push_row(&mut csv, &root_row(credentials, partition, account, now));
    for user in &credentials.users {
        let row = user_row(user, credentials.max_password_age, partition, account);
        push_row(&mut csv, &row);
    }
    csv
}

pub(crate) async fn generate_credential_report(
    s: &Scope<'_>,
) -> Result<GenerateCredentialReportResponse, AwsError> {
    let latest = s
        .store
        .credential_report(s.acct())
        .await
        .map_err(IamError::from)?;
    if latest.is_some_and(|report| is_current(report.generated, s.now)) {
        return Ok(GenerateCredentialReportResponse {
            state: Some(ReportStateType::Complete),
            description: None,
        });
    }
    let credentials = s
        .store
        .account_credentials(s.acct())
        .await
        .map_err(IamError::from)?;
    let report = CredentialReport {
        generated: s.now,
        content: build_csv(&credentials, s.partition, s.account, s.now),
    };
    s.store
        .put_credential_report(s.acct(), report)
        .await
        .map_err(IamError::from)?;
    Ok(GenerateCredentialReportResponse {
        state: Some(ReportStateType::Started),
        description: Some(STARTED.to_owned()),
    })
}

/// AWS answers `ReportNotPresent` and `ReportExpired` without a message: boto3 prints
/// "Unknown", its word for an absent one (prowler-cloud/prowler#272: "An error occurred
/// (ReportNotPresent) when calling the GetCredentialReport operation: Unknown"), and the Go
/// SDK an empty one (turbot/steampipe-plugin-aws#509: "ReportNotPresent: \n\tstatus code: 410").
pub(crate) async fn get_credential_report(
    s: &Scope<'_>,
) -> Result<GetCredentialReportResponse, AwsError> {
    let Some(report) = s
        .store
        .credential_report(s.acct())
        .await
        .map_err(IamError::from)?
    else {
        return Err(errors::credential_report_not_present(""));
    };
    // The API reference: ReportExpired is "the most recent credential report has expired", and
    // the guide keeps a report for four hours.
    if !is_current(report.generated, s.now) {
        return Err(errors::credential_report_expired(""));
    }
    Ok(GetCredentialReportResponse {
        content: Some(report.content.into_bytes()),
        report_format: Some(ReportFormatType::TextCsv),
        generated_time: Some(report.generated),
    })
}

#[cfg(test)]
mod tests {
    use gatehouse_store::KeyLastUsed;

    use super::*;

    const ACCOUNT: AccountId = match AccountId::from_number(123_456_789_012) {
        Some(account) => account,
        None => panic!("not an account id"),
    };

    fn at(seconds: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(1_700_000_000 + seconds).unwrap()
    }

    fn key(status: AccessKeyStatus, created: i64) -> KeyCredential {
        KeyCredential {
            status,
            created: at(created),
            last_used: None,
        }
    }

    fn user(name: &str) -> UserCredentials {
        UserCredentials {
            name: name.to_owned(),
            path: "/".to_owned(),
            created: at(0),
            password_changed: None,
            mfa_active: false,
            keys: Vec::new(),
        }
    }

    fn empty() -> AccountCredentials {
        AccountCredentials {
            root_keys: Vec::new(),
            users: Vec::new(),
            max_password_age: None,
        }
    }

    fn csv(credentials: &AccountCredentials) -> Vec<String> {
        build_csv(credentials, Partition::Aws, ACCOUNT, at(9_000))
            .split('\n')
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn the_header_is_the_guides_columns_in_its_order() {
        let lines = csv(&empty());
        assert_eq!(
            lines[0],
            "user,arn,user_creation_time,password_enabled,password_last_used,\
             password_last_changed,password_next_rotation,mfa_active,access_key_1_active,\
             access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,\
             access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,\
             access_key_2_last_used_date,access_key_2_last_used_region,\
             access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,\
             cert_2_last_rotated"
        );
        assert_eq!(lines.len(), 2, "the header and the root, no trailing line");
    }

    /// The root row of a recorded report (the guide: root password columns `not_supported`),
    /// with the report's own time standing in for the unknown account creation time.
    #[test]
    fn the_root_row_of_an_account_without_credentials() {
        assert_eq!(
            csv(&empty())[1],
            "<root_account>,arn:aws:iam::123456789012:root,2023-11-15T00:43:20+00:00,\
             not_supported,no_information,not_supported,not_supported,false,\
             false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A"
        );
    }

    #[test]
    fn the_root_is_as_old_as_the_oldest_thing_its_account_holds() {
        let mut credentials = empty();
        credentials.root_keys = vec![key(AccessKeyStatus::Active, 500)];
        credentials.users = vec![UserCredentials {
            created: at(100),
            ..user("a")
        }];
        let root = csv(&credentials)[1].clone();
        assert!(
            root.starts_with(
                "<root_account>,arn:aws:iam::123456789012:root,2023-11-14T22:15:00+00:00,"
            ),
            "{root}"
        );
        assert!(root.contains(",false,true,2023-11-14T22:21:40+00:00,N/A,N/A,N/A,false,N/A,"));
    }

    /// The guide: a user without a password has `false` and `N/A` for every password column;
    /// without keys, `false` and `N/A` for each key's.
    #[test]
    fn a_user_without_credentials_is_false_and_not_applicable() {
        let mut credentials = empty();
        credentials.users = vec![user("bare")];
        assert_eq!(
            csv(&credentials)[2],
            "bare,arn:aws:iam::123456789012:user/bare,2023-11-14T22:13:20+00:00,false,N/A,N/A,\
             N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A"
        );
    }

    /// The guide: a password never used is `no_information`; its next rotation is the last
    /// change plus `MaxPasswordAge` days, `N/A` without one.
    #[test]
    fn passwords_report_their_change_and_next_rotation() {
        let mut credentials = empty();
        credentials.users = vec![UserCredentials {
            password_changed: Some(at(3_600)),
            mfa_active: true,
            ..user("pw")
        }];
        let row = csv(&credentials)[2].clone();
        assert!(
            row.starts_with(
                "pw,arn:aws:iam::123456789012:user/pw,2023-11-14T22:13:20+00:00,true,\
                 no_information,2023-11-14T23:13:20+00:00,N/A,true,"
            ),
            "{row}"
        );
        credentials.max_password_age = Some(90);
        let row = csv(&credentials)[2].clone();
        assert!(
            row.contains(",2023-11-14T23:13:20+00:00,2024-02-12T23:13:20+00:00,true,"),
            "{row}"
        );
    }

    /// Two slots, filled oldest first (the store lists keys by creation); an inactive key
    /// keeps its dates; a third key (only with raised quotas) is not reported.
    #[test]
    fn the_first_two_keys_by_creation_fill_the_two_slots() {
        let used = KeyCredential {
            last_used: Some(KeyLastUsed {
                date: at(7_200),
                service: "sts".to_owned(),
                region: "eu-west-1".to_owned(),
            }),
            ..key(AccessKeyStatus::Active, 60)
        };
        let mut credentials = empty();
        credentials.users = vec![UserCredentials {
            keys: vec![
                used,
                key(AccessKeyStatus::Inactive, 120),
                key(AccessKeyStatus::Active, 180),
            ],
            ..user("keys")
        }];
        let row = csv(&credentials)[2].clone();
        assert!(
            row.ends_with(
                ",false,true,2023-11-14T22:14:20+00:00,2023-11-15T00:13:20+00:00,eu-west-1,sts,\
                 false,2023-11-14T22:15:20+00:00,N/A,N/A,N/A,false,N/A,false,N/A"
            ),
            "{row}"
        );
        assert!(!row.contains("22:16:20"), "the third key is left out");
    }

    /// A use recorded without a region or service reports `N/A` for it, as the guide does
    /// for a use with no region (a global service).
    #[test]
    fn an_unknown_region_is_not_applicable() {
        let keys = [KeyCredential {
            last_used: Some(KeyLastUsed {
                date: at(0),
                service: "iam".to_owned(),
                region: String::new(),
            }),
            ..key(AccessKeyStatus::Active, 0)
        }];
        assert_eq!(key_columns(&keys, 0)[3], "N/A");
        assert_eq!(key_columns(&keys, 0)[4], "iam");
    }

    /// RFC 4180, section 2, rules 6 and 7.
    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        let mut line = String::new();
        push_row(&mut line, &["plain", "a,b", "say \"hi\"", "two\nlines", ""]);
        assert_eq!(line, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",");
        let mut credentials = empty();
        credentials.users = vec![UserCredentials {
            path: "/team,a/".to_owned(),
            ..user("x,y")
        }];
        assert!(
            csv(&credentials)[2]
                .starts_with("\"x,y\",\"arn:aws:iam::123456789012:user/team,a/x,y\",")
        );
    }

    #[test]
    fn a_report_is_current_for_four_hours() {
        assert!(is_current(at(0), at(0)));
        assert!(is_current(at(0), at(4 * 3600)));
        assert!(!is_current(at(0), at(4 * 3600 + 1)));
        assert!(is_current(at(60), at(0)), "a clock moved back keeps it");
    }

    #[test]
    fn dates_are_utc_with_an_explicit_offset() {
        let east = at(0).to_offset(UtcOffset::from_hms(2, 0, 0).unwrap());
        assert_eq!(date(east), "2023-11-14T22:13:20+00:00");
    }
}
