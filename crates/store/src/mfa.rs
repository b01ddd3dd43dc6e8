//! Virtual MFA devices.

use std::fmt;

use time::OffsetDateTime;

use crate::db::{Conn, Resource, count, epoch, from_epoch, from_epoch_opt, name_key};
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
    pub account: String,
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

#[derive(sqlx::FromRow)]
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
            account: self.account,
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

macro_rules! select_device {
    () => {
        "SELECT d.account, d.serial, d.name, d.path, d.seed, d.created, d.enabled, d.last_step, d.user_id, \
         u.name AS user_name, u.path AS user_path FROM mfa_devices d LEFT JOIN users u ON u.id = d.user_id"
    };
}

async fn load(conn: &mut Conn, account: &str, serial: &str) -> Result<VirtualMfaDevice> {
    let row: Option<DeviceRow> = sqlx::query_as(concat!(
        select_device!(),
        " WHERE d.account = $1 AND d.serial = $2"
    ))
    .bind(account)
    .bind(serial)
    .fetch_optional(&mut *conn)
    .await?;
    let mut device = row
        .ok_or_else(|| StoreError::not_found(EntityKind::MfaDevice, serial))?
        .into_device()?;
    device.tags = tags::load(conn, Resource::MfaDevice, &device.serial).await?;
    Ok(device)
}

impl Store {
    /// Creates an unassigned virtual MFA device (`CreateVirtualMFADevice`).
    pub async fn create_virtual_mfa_device(
        &self,
        account: &str,
        device: NewVirtualMfaDevice,
    ) -> Result<VirtualMfaDevice> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO mfa_devices (serial, account, name, name_key, path, seed, created) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&device.serial)
        .bind(account)
        .bind(&device.name)
        .bind(name_key(&device.name))
        .bind(&device.path)
        .bind(device.seed.expose())
        .bind(epoch(device.created))
        .execute(&mut *tx)
        .await
        .map_err(|err| StoreError::on_insert(err, EntityKind::MfaDevice, &device.name))?;
        tags::upsert(
            &mut tx,
            Resource::MfaDevice,
            &device.serial,
            &device.tags,
            self.limits().tags_per_resource,
        )
        .await?;
        let created = load(&mut tx, account, &device.serial).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// The device with this serial number, with its tags (`GetMFADevice`; MFA checks).
    pub async fn get_mfa_device(&self, account: &str, serial: &str) -> Result<VirtualMfaDevice> {
        let mut tx = self.read_tx().await?;
        load(&mut tx, account, serial).await
    }

    /// Virtual MFA devices ordered by serial number (`ListVirtualMFADevices`).
    pub async fn list_virtual_mfa_devices(
        &self,
        account: &str,
        filter: MfaAssignmentFilter,
        page: &PageRequest,
    ) -> Result<Page<VirtualMfaDevice>> {
        let rows: Vec<DeviceRow> = sqlx::query_as(concat!(
            select_device!(),
            " WHERE d.account = $1 AND d.serial > $2 AND ($3 = 0 OR d.user_id IS NOT NULL) AND ($4 = 0 OR d.user_id IS NULL) \
             ORDER BY d.serial LIMIT $5"
        ))
        .bind(account)
        .bind(page.start_key()?)
        .bind(i64::from(filter == MfaAssignmentFilter::Assigned))
        .bind(i64::from(filter == MfaAssignmentFilter::Unassigned))
        .bind(page.fetch_limit())
        .fetch_all(&mut *self.read().await?)
        .await?;
        Page::from_rows(rows, page, |row| row.serial.as_str()).try_map(DeviceRow::into_device)
    }

    /// The devices enabled for a user, by serial number (`ListMFADevices`; at most 8).
    pub async fn list_mfa_devices_for_user(
        &self,
        account: &str,
        user: &str,
    ) -> Result<Vec<VirtualMfaDevice>> {
        let mut tx = self.read_tx().await?;
        let user_id = Resource::User.id(&mut tx, account, user).await?;
        let rows: Vec<DeviceRow> = sqlx::query_as(concat!(
            select_device!(),
            " WHERE d.user_id = $1 ORDER BY d.serial"
        ))
        .bind(&user_id)
        .fetch_all(&mut *tx)
        .await?;
        rows.into_iter().map(DeviceRow::into_device).collect()
    }

    /// Enables a device for a user (`EnableMFADevice`, after the caller verified two
    /// consecutive codes; `step` is the later code's time step). `AlreadyExists` if the
    /// device is enabled already; `LimitExceeded` if the user has the maximum of devices.
    pub async fn enable_mfa_device(
        &self,
        account: &str,
        user: &str,
        serial: &str,
        enabled: OffsetDateTime,
        step: i64,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let user_id = Resource::User.id(&mut tx, account, user).await?;
        if load(&mut tx, account, serial).await?.assignment.is_some() {
            return Err(StoreError::already_exists(EntityKind::MfaDevice, serial));
        }
        let devices = count(
            &mut tx,
            "SELECT COUNT(*) FROM mfa_devices WHERE user_id = $1",
            &user_id,
        )
        .await?;
        check_limit(
            devices,
            self.limits().mfa_devices_per_user,
            Limit::MfaDevicesPerUser,
        )?;
        sqlx::query(
            "UPDATE mfa_devices SET user_id = $1, enabled = $2, last_step = $3 WHERE serial = $4",
        )
        .bind(&user_id)
        .bind(epoch(enabled))
        .bind(step)
        .bind(serial)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Disables a device (`DeactivateMFADevice`); `NotFound` unless it is enabled for `user`.
    pub async fn deactivate_mfa_device(
        &self,
        account: &str,
        user: &str,
        serial: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let user_id = Resource::User.id(&mut tx, account, user).await?;
        let changed = sqlx::query(
            "UPDATE mfa_devices SET user_id = NULL, enabled = NULL WHERE account = $1 AND serial = $2 AND user_id = $3",
        )
        .bind(account)
        .bind(serial)
        .bind(&user_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::not_found(EntityKind::MfaDevice, serial));
        }
        tx.commit().await?;
        Ok(())
    }

    /// Deletes a virtual device (`DeleteVirtualMFADevice`); `DeleteConflict` while enabled.
    pub async fn delete_virtual_mfa_device(&self, account: &str, serial: &str) -> Result<()> {
        let mut tx = self.write().await?;
        if load(&mut tx, account, serial).await?.assignment.is_some() {
            return Err(StoreError::conflict(
                EntityKind::MfaDevice,
                serial,
                ConflictReason::MfaDeviceAssigned,
            ));
        }
        sqlx::query("DELETE FROM mfa_devices WHERE serial = $1")
            .bind(serial)
            .execute(&mut *tx)
            .await?;
        tags::clear(&mut tx, Resource::MfaDevice, serial).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Accepts TOTP time step `step` for a device only if it is later than every step
    /// accepted before, atomically: `false` means the code was already used (or an older one).
    pub async fn accept_mfa_step(&self, account: &str, serial: &str, step: i64) -> Result<bool> {
        let mut tx = self.write().await?;
        Resource::MfaDevice.id(&mut tx, account, serial).await?;
        let accepted = sqlx::query(
            "UPDATE mfa_devices SET last_step = $1 WHERE account = $2 AND serial = $3 AND (last_step IS NULL OR last_step < $1)",
        )
        .bind(step)
        .bind(account)
        .bind(serial)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(accepted == 1)
    }
}
