"""RFC 6238 codes for the virtual MFA devices gatehouse hands out (SHA-1, 30 s, 6 digits)."""

import base64
import hashlib
import hmac
import struct
import time


def totp(seed_b32, at):
    """The code of the Base32 seed `seed_b32` at the Unix time `at`."""
    if isinstance(seed_b32, bytes):
        seed_b32 = seed_b32.decode()
    key = base64.b32decode(seed_b32 + "=" * (-len(seed_b32) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def enable_virtual_mfa(iam, user_name, device_name):
    """Creates a virtual MFA device and enables it for `user_name` with two consecutive codes.

    Returns (serial number, Base32 seed)."""
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=device_name)["VirtualMFADevice"]
    seed = device["Base32StringSeed"]
    seed = seed.decode() if isinstance(seed, bytes) else seed
    now = time.time()
    iam.enable_mfa_device(
        UserName=user_name,
        SerialNumber=device["SerialNumber"],
        AuthenticationCode1=totp(seed, now - 60),
        AuthenticationCode2=totp(seed, now - 30),
    )
    return device["SerialNumber"], seed
