//! Virtual MFA devices: create (seed and QR code), enable with two consecutive codes, resync,
//! deactivate, delete, list.

use gatehouse_federation::{Seed, Totp, generate_seed, otpauth_uri, qr_code_png};
use gatehouse_protocol::iam::{
    AssignmentStatusType, CreateVirtualMFADeviceRequest, CreateVirtualMFADeviceResponse,
    DeactivateMFADeviceRequest, DeleteVirtualMFADeviceRequest, EnableMFADeviceRequest,
    GetMFADeviceRequest, GetMFADeviceResponse, ListMFADevicesRequest, ListMFADevicesResponse,
    ListVirtualMFADevicesRequest, ListVirtualMFADevicesResponse, MFADevice, ResyncMFADeviceRequest,
    VirtualMFADevice,
};
use gatehouse_store::{
    MfaAssignmentFilter, MfaSeed, NewVirtualMfaDevice, StoreError, TagTarget, VirtualMfaDevice,
};

use crate::convert::{self, DEFAULT_PATH, Detail};
use crate::error::{IamError, Result};
use crate::paging;
use crate::scope::{Myself, Scope};

fn invalid_code() -> IamError {
    IamError::InvalidAuthenticationCode("Authentication code for device is not valid.".to_owned())
}

/// The device's seed, as the TOTP code needs it.
fn seed_of(device: &VirtualMfaDevice) -> Result<Seed> {
    Seed::from_base32(device.seed.expose())
        .ok_or_else(|| IamError::InvalidInput("The MFA device seed is unreadable.".to_owned()))
}

/// Checks two consecutive codes against the device and returns the step of the second.
async fn verify_codes(s: &Scope<'_>, serial: &str, code1: &str, code2: &str) -> Result<i64> {
    let device = s.store.get_mfa_device(s.acct(), serial).await?;
    let step = Totp::AWS
        .verify_consecutive(&seed_of(&device)?, code1, code2, s.now)
        .map_err(|_| invalid_code())?;
    i64::try_from(step).map_err(|_| invalid_code())
}

pub(crate) async fn create_virtual_mfa_device(
    s: &Scope<'_>,
    input: CreateVirtualMFADeviceRequest,
) -> Result<CreateVirtualMFADeviceResponse> {
    let path = input.path.unwrap_or_else(|| DEFAULT_PATH.to_owned());
    let name = input.virtual_mfa_device_name;
    let seed = generate_seed();
    let base32 = seed.to_base32();
    let qr = qr_code_png(&otpauth_uri(&name, &s.account.to_string(), &seed)).map_err(|err| {
        IamError::InvalidInput(format!("Cannot encode the MFA device QR code: {err}"))
    })?;
    let serial =
        gatehouse_token::arn::iam_path_resource(s.partition, s.account, "mfa", &path, &name);
    let tags = convert::tags_in(TagTarget::MfaDevice(&serial), input.tags)?;
    let device = s
        .store
        .create_virtual_mfa_device(
            s.acct(),
            NewVirtualMfaDevice {
                serial,
                name,
                path,
                seed: MfaSeed::new(base32.as_str()),
                created: s.now,
                tags,
            },
        )
        .await?;
    Ok(CreateVirtualMFADeviceResponse {
        virtual_mfa_device: VirtualMFADevice {
            serial_number: device.serial,
            base32_string_seed: Some(base32.as_bytes().to_vec()),
            qr_code_png: Some(qr),
            user: None,
            enable_date: None,
            tags: convert::tags_out(device.tags),
        },
    })
}

pub(crate) async fn enable_mfa_device(s: &Scope<'_>, input: EnableMFADeviceRequest) -> Result<()> {
    s.store
        .get::<gatehouse_store::User>(s.acct(), &input.user_name)
        .await?;
    let step = verify_codes(
        s,
        &input.serial_number,
        &input.authentication_code1,
        &input.authentication_code2,
    )
    .await?;
    s.store
        .enable_mfa_device(
            s.acct(),
            &input.user_name,
            &input.serial_number,
            s.now,
            step,
        )
        .await
        .map_err(|err| match err {
            // AWS's recorded answer for a device enabled already (LocalStack's
            // test_iam_mfa.snapshot.json, enable-mfa-already-attached-error).
            StoreError::AlreadyExists { .. } => {
                IamError::EntityAlreadyExists("MFA Device is already in use.".to_owned())
            }
            other => other.into(),
        })?;
    Ok(())
}

pub(crate) async fn resync_mfa_device(s: &Scope<'_>, input: ResyncMFADeviceRequest) -> Result<()> {
    let device = s
        .store
        .get_mfa_device(s.acct(), &input.serial_number)
        .await?;
    let assigned_to_user = device
        .assignment
        .as_ref()
        .is_some_and(|a| a.user_name.eq_ignore_ascii_case(&input.user_name));
    if !assigned_to_user {
        return Err(IamError::NoSuchEntity(format!(
            "MFA Device with serial number {} does not exist.",
            input.serial_number
        )));
    }
    let step = verify_codes(
        s,
        &input.serial_number,
        &input.authentication_code1,
        &input.authentication_code2,
    )
    .await?;
    s.store
        .accept_mfa_step(s.acct(), &input.serial_number, step)
        .await?;
    Ok(())
}

pub(crate) async fn deactivate_mfa_device(
    s: &Scope<'_>,
    input: DeactivateMFADeviceRequest,
) -> Result<()> {
    let Myself::User(user) = s.user_or_myself(input.user_name)? else {
        return Err(IamError::NoSuchEntity(format!(
            "MFA Device with serial number {} does not exist.",
            input.serial_number
        )));
    };
    s.store
        .deactivate_mfa_device(s.acct(), &user, &input.serial_number)
        .await?;
    Ok(())
}

pub(crate) async fn delete_virtual_mfa_device(
    s: &Scope<'_>,
    input: DeleteVirtualMFADeviceRequest,
) -> Result<()> {
    s.store
        .delete_virtual_mfa_device(s.acct(), &input.serial_number)
        .await?;
    Ok(())
}

pub(crate) async fn list_mfa_devices(
    s: &Scope<'_>,
    input: ListMFADevicesRequest,
) -> Result<ListMFADevicesResponse> {
    let devices = match s.user_or_myself(input.user_name)? {
        Myself::User(user) => s.store.list_mfa_devices_for_user(s.acct(), &user).await?,
        Myself::Root => Vec::new(),
    };
    let devices = devices
        .into_iter()
        .filter_map(|device| {
            let assignment = device.assignment?;
            Some(MFADevice {
                user_name: assignment.user_name,
                serial_number: device.serial,
                enable_date: assignment.enabled,
            })
        })
        .collect();
    let listed = paging::paginate(devices, input.marker.as_deref(), input.max_items)?;
    Ok(ListMFADevicesResponse {
        mfa_devices: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

/// `NoSuchEntity` for a serial number that names no device of the user.
fn no_such_device(serial: &str) -> IamError {
    IamError::NoSuchEntity(format!(
        "MFA Device with serial number {serial} does not exist."
    ))
}

pub(crate) async fn get_mfa_device(
    s: &Scope<'_>,
    input: GetMFADeviceRequest,
) -> Result<GetMFADeviceResponse> {
    let serial = input.serial_number;
    let user = match s.user_or_myself(input.user_name)? {
        Myself::User(name) => {
            s.store
                .get::<gatehouse_store::User>(s.acct(), &name)
                .await?;
            Some(name)
        }
        Myself::Root => None,
    };
    let device = match s.store.get_mfa_device(s.acct(), &serial).await {
        Ok(device) => device,
        Err(StoreError::NotFound { .. }) => return Err(no_such_device(&serial)),
        Err(other) => return Err(other.into()),
    };
    // Virtual devices are assigned to users; the root's own devices are not kept here.
    let assignment = device
        .assignment
        .filter(|a| {
            user.as_deref()
                .is_some_and(|name| a.user_name.eq_ignore_ascii_case(name))
        })
        .ok_or_else(|| no_such_device(&serial))?;
    Ok(GetMFADeviceResponse {
        user_name: Some(assignment.user_name),
        serial_number: device.serial,
        enable_date: Some(assignment.enabled),
        // Certifications describe FIDO security keys; virtual devices have none.
        certifications: None,
    })
}

pub(crate) async fn list_virtual_mfa_devices(
    s: &Scope<'_>,
    input: ListVirtualMFADevicesRequest,
) -> Result<ListVirtualMFADevicesResponse> {
    let filter = match input.assignment_status {
        Some(AssignmentStatusType::Assigned) => MfaAssignmentFilter::Assigned,
        Some(AssignmentStatusType::Unassigned) => MfaAssignmentFilter::Unassigned,
        Some(AssignmentStatusType::Any) | None => MfaAssignmentFilter::Any,
    };
    let page = s
        .store
        .list_virtual_mfa_devices(
            s.acct(),
            filter,
            &paging::request(input.marker, input.max_items),
        )
        .await?;
    let mut devices = Vec::with_capacity(page.items.len());
    for device in page.items {
        let (user, enable_date) = match &device.assignment {
            Some(assignment) => {
                let user = s
                    .store
                    .get::<gatehouse_store::User>(s.acct(), &assignment.user_name)
                    .await?;
                (
                    Some(convert::user(s.partition, s.account, user, Detail::Listed)),
                    Some(assignment.enabled),
                )
            }
            None => (None, None),
        };
        devices.push(VirtualMFADevice {
            serial_number: device.serial,
            base32_string_seed: None,
            qr_code_png: None,
            user,
            enable_date,
            tags: convert::tags_out(device.tags),
        });
    }
    Ok(ListVirtualMFADevicesResponse {
        virtual_mfa_devices: devices,
        is_truncated: Some(page.next_marker.is_some()),
        marker: page.next_marker,
    })
}
