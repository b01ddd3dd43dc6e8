//! Virtual MFA devices.

use std::fmt;

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{
    AccountKey, Conn, Resource, all, change_existing, count, epoch, execute, from_epoch,
    from_epoch_opt, name_key, optional, stored_account,
};
use crate::error::{ConflictReason, EntityKind, Limit, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::tags::{self, Tag};
use crate::{Store, check_limit};

/// A TOTP seed in Base32. Never printed.
#[derive(Clone)]
pub struct MfaSeed(String);

impl MfaSeed {
    /// Wraps a Base32 seed.
    pub fn new(base32: impl Into<String>) -> Self {
        Self(base32.into())
    }

    /// The Base32 text, for computing codes and for the `CreateVirtualMFADevice` response.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for MfaSeed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MfaSeed(<redacted>)")
    }
}

/// A virtual MFA device to create.
#[derive(Debug, Clone)]
pub struct NewVirtualMfaDevice {
    /// The serial number: the ARN `arn:aws:iam::<account>:mfa<path><name>`.
    pub serial: String,
    /// The device name, unique per account case-insensitively.
    pub name: String,
    /// The path.
    pub path: String,
    /// The TOTP seed.
    pub seed: MfaSeed,
    /// The creation time.
    pub created: OffsetDateTime,
    /// Initial tags.
    pub tags: Vec<Tag>,
}

/// The user a device is enabled for, and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MfaAssignment {
    /// The user's unique id.
    pub user_id: String,
    /// The user's name.
    pub user_name: String,
    /// The user's path.
    pub user_path: String,
    /// When the device was enabled.
    pub enabled: OffsetDateTime,
}

/// A stored virtual MFA device.
#[derive(Debug, Clone)]
pub struct VirtualMfaDevice {
    /// The account.
    pub account: AccountId,
    /// The serial number (ARN).
    pub serial: String,
    /// The device name.
    pub name: String,
    /// The path.
    pub path: String,
    /// The TOTP seed.
    pub seed: MfaSeed,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The user it is enabled for, if any.
    pub assignment: Option<MfaAssignment>,
    /// The last TOTP time step accepted, so that a code is not accepted twice.
    pub last_step: Option<i64>,
    /// The tags; empty in list results.
    pub tags: Vec<Tag>,
}

/// Which devices `ListVirtualMFADevices` returns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MfaAssignmentFilter {
    /// Enabled for a user.
    Assigned,
    /// Not enabled for anyone.
    Unassigned,
    /// All.
    #[default]
    Any,
}

/// A row of [`select_device!`].
struct DeviceRow {
    account: String,
    serial: String,
    name: String,
    path: String,
    seed: String,
    created: i64,
    enabled: Option<i64>,
    last_step: Option<i64>,
    user_id: Option<String>,
    user_name: Option<String>,
    user_path: Option<String>,
}

impl DeviceRow {
    /// Reads the columns of [`select_device!`], in its order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            account: row.get(0)?,
            serial: row.get(1)?,
            name: row.get(2)?,
            path: row.get(3)?,
            seed: row.get(4)?,
            created: row.get(5)?,
            enabled: row.get(6)?,
            last_step: row.get(7)?,
            user_id: row.get(8)?,
            user_name: row.get(9)?,
            user_path: row.get(10)?,
        })
    }

    fn into_device(self) -> Result<VirtualMfaDevice> {
        let assignment = match (
            self.user_id,
            self.user_name,
            self.user_path,
            from_epoch_opt(self.enabled)?,
        ) {
            (Some(user_id), Some(user_name), Some(user_path), Some(enabled)) => {
                Some(MfaAssignment {
                    user_id,
                    user_name,
                    user_path,
                    enabled,
                })
            }
            (None, _, _, _) => None,
            (Some(user_id), _, _, _) => {
                return Err(StoreError::Corrupt {
                    detail: format!(
                        "MFA device {} assigned to missing user {user_id}",
                        self.serial
                    ),
                });
            }
        };
        Ok(VirtualMfaDevice {
            account: stored_account(&self.account)?,
            serial: self.serial,
            name: self.name,
            path: self.path,
            seed: MfaSeed(self.seed),
            created: from_epoch(self.created)?,
            assignment,
            last_step: self.last_step,
            tags: Vec::new(),
        })
    }
}

/// `SELECT` of a [`DeviceRow`] from `mfa_devices d`.
macro_rules! select_device {
    () => {
        "SELECT d.account, d.serial, d.name, d.path, d.seed, d.created, d.enabled, d.last_step, d.user_id, \
         u.name AS user_name, u.path AS user_path FROM mfa_devices d LEFT JOIN users u ON u.id = d.user_id"
    };
}

/// Loads a device with its tags by serial number.
fn load(conn: &Conn, account: &str, serial: &str) -> Result<VirtualMfaDevice> {
    let row = optional(
        conn,
        concat!(select_device!(), " WHERE d.account = ?1 AND d.serial = ?2"),
        (account, serial),
        DeviceRow::from_row,
    )?;
    let mut device = row
        .ok_or_else(|| StoreError::not_found(EntityKind::MfaDevice, serial))?
        .into_device()?;
    device.tags = tags::load(conn, Resource::MfaDevice, &device.serial)?;
    Ok(device)
}

impl Store {
    /// Creates an unassigned virtual MFA device (`CreateVirtualMFADevice`).
    pub async fn create_virtual_mfa_device(
        &self,
        account: AccountId,
        device: NewVirtualMfaDevice,
    ) -> Result<VirtualMfaDevice> {
        let account = AccountKey::from(account);
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| {
            execute(
                tx,
                "INSERT INTO mfa_devices (serial, account, name, name_key, path, seed, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    &device.serial,
                    &account,
                    &device.name,
                    name_key(&device.name),
                    &device.path,
                    device.seed.expose(),
                    epoch(device.created),
                ),
            )
            .map_err(|err| StoreError::on_insert(err, EntityKind::MfaDevice, &device.name))?;
            tags::upsert(tx, Resource::MfaDevice, &device.serial, &device.tags, max_tags)?;
            load(tx, &account, &device.serial)
        })
        .await
    }

    /// The device with this serial number, with its tags (`GetMFADevice`; MFA checks).
    pub async fn get_mfa_device(
        &self,
        account: AccountId,
        serial: &str,
    ) -> Result<VirtualMfaDevice> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| load(conn, account, serial))
    }

    /// Virtual MFA devices ordered by serial number (`ListVirtualMFADevices`).
    pub async fn list_virtual_mfa_devices(
        &self,
        account: AccountId,
        filter: MfaAssignmentFilter,
        page: &PageRequest,
    ) -> Result<Page<VirtualMfaDevice>> {
        let account = &AccountKey::from(account);
        let start = page.start_key()?;
        let rows = self.read(|conn| {
            all(
                conn,
                concat!(
                    select_device!(),
                    " WHERE d.account = ?1 AND d.serial > ?2 AND (?3 = 0 OR d.user_id IS NOT NULL) AND (?4 = 0 OR d.user_id IS NULL) \
                     ORDER BY d.serial LIMIT ?5"
                ),
                (
                    account,
                    start,
                    i64::from(filter == MfaAssignmentFilter::Assigned),
                    i64::from(filter == MfaAssignmentFilter::Unassigned),
                    page.fetch_limit(),
                ),
                DeviceRow::from_row,
            )
        })?;
        Page::from_rows(rows, page, |row| row.serial.as_str()).try_map(DeviceRow::into_device)
    }

    /// The devices enabled for a user, by serial number (`ListMFADevices`; at most 8).
    pub async fn list_mfa_devices_for_user(
        &self,
        account: AccountId,
        user: &str,
    ) -> Result<Vec<VirtualMfaDevice>> {
        let account = &AccountKey::from(account);
        let rows = self.read_tx(|conn| {
            let user_id = Resource::User.id(conn, account, user)?;
            all(
                conn,
                concat!(select_device!(), " WHERE d.user_id = ?1 ORDER BY d.serial"),
                [&user_id],
                DeviceRow::from_row,
            )
        })?;
        rows.into_iter().map(DeviceRow::into_device).collect()
    }

    /// Enables a device for a user (`EnableMFADevice`, after the caller verified two
    /// consecutive codes; `step` is the later code's time step). `AlreadyExists` if the
    /// device is enabled already; `LimitExceeded` if the user has the maximum of devices.
    pub async fn enable_mfa_device(
        &self,
        account: AccountId,
        user: &str,
        serial: &str,
        enabled: OffsetDateTime,
        step: i64,
    ) -> Result<()> {
        let (account, user, serial) = (
            AccountKey::from(account),
            user.to_owned(),
            serial.to_owned(),
        );
        let max = self.limits().mfa_devices_per_user;
        self.write(move |tx| {
            let user_id = Resource::User.id(tx, &account, &user)?;
            if load(tx, &account, &serial)?.assignment.is_some() {
                return Err(StoreError::already_exists(EntityKind::MfaDevice, &serial));
            }
            let devices = count(
                tx,
                "SELECT COUNT(*) FROM mfa_devices WHERE user_id = ?1",
                &user_id,
            )?;
            check_limit(devices, max, Limit::MfaDevicesPerUser)?;
            execute(
                tx,
                "UPDATE mfa_devices SET user_id = ?1, enabled = ?2, last_step = ?3 WHERE serial = ?4",
                (&user_id, epoch(enabled), step, &serial),
            )?;
            Ok(())
        })
        .await
    }

    /// Disables a device (`DeactivateMFADevice`); `NotFound` unless it is enabled for `user`.
    pub async fn deactivate_mfa_device(
        &self,
        account: AccountId,
        user: &str,
        serial: &str,
    ) -> Result<()> {
        let (account, user, serial) = (
            AccountKey::from(account),
            user.to_owned(),
            serial.to_owned(),
        );
        self.write(move |tx| {
            let user_id = Resource::User.id(tx, &account, &user)?;
            change_existing(tx, "UPDATE mfa_devices SET user_id = NULL, enabled = NULL WHERE account = ?1 AND serial = ?2 AND user_id = ?3", (&account, &serial, &user_id), EntityKind::MfaDevice, &serial)
        })
        .await
    }

    /// Deletes a virtual device (`DeleteVirtualMFADevice`); `DeleteConflict` while enabled.
    pub async fn delete_virtual_mfa_device(&self, account: AccountId, serial: &str) -> Result<()> {
        let (account, serial) = (AccountKey::from(account), serial.to_owned());
        self.write(move |tx| {
            if load(tx, &account, &serial)?.assignment.is_some() {
                return Err(StoreError::conflict(
                    EntityKind::MfaDevice,
                    &serial,
                    ConflictReason::MfaDeviceAssigned,
                ));
            }
            execute(tx, "DELETE FROM mfa_devices WHERE serial = ?1", [&serial])?;
            tags::clear(tx, Resource::MfaDevice, &serial)
        })
        .await
    }

    /// Accepts TOTP time step `step` for a device only if it is later than every step
    /// accepted before, atomically: `false` means the code was already used (or an older one).
    pub async fn accept_mfa_step(
        &self,
        account: AccountId,
        serial: &str,
        step: i64,
    ) -> Result<bool> {
        let (account, serial) = (AccountKey::from(account), serial.to_owned());
        self.write(move |tx| {
            Resource::MfaDevice.id(tx, &account, &serial)?;
            let accepted = execute(
                tx,
                "UPDATE mfa_devices SET last_step = ?1 WHERE account = ?2 AND serial = ?3 AND (last_step IS NULL OR last_step < ?1)",
                (step, &account, &serial),
            )?;
            Ok(accepted == 1)
        })
        .await
    }
}
