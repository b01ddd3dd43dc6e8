"""RFC 6238 codes for the virtual MFA devices gatehouse hands out (SHA-1, 30 s, 6 digits)."""

import base64
import hashlib
import hmac
import struct


def totp(seed_b32, at):
    """The code of the Base32 seed `seed_b32` at the Unix time `at`."""
    if isinstance(seed_b32, bytes):
        seed_b32 = seed_b32.decode()
    key = base64.b32decode(seed_b32 + "=" * (-len(seed_b32) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"
