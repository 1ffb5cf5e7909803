"""Checking passwords against the hashes the shop's PHP website writes.

The website stores ``password_hash()`` output in ``utilisateurs.password``; the back-office
only ever *verifies* those hashes and never rewrites them (the website owns them, and
rehashing with another library's parameters could lock people out of the site).

Accepted formats, chosen by prefix:

* bcrypt ``$2y$`` (PHP's ``PASSWORD_DEFAULT``/``PASSWORD_BCRYPT``), ``$2a$`` and ``$2b$``,
  checked with the ``bcrypt`` library; ``$2y$`` is the same algorithm as ``$2b$`` and is
  renamed for the library, which does not know the PHP spelling.
* argon2 ``$argon2id$`` and ``$argon2i$`` (PHP's ``PASSWORD_ARGON2ID``/``PASSWORD_ARGON2I``),
  checked with argon2-cffi.

Anything else (empty, truncated, ``$2x$``, MD5, plain text…) refuses the password and logs a
warning naming only the format, never the hash.

Passwords longer than 72 bytes: bcrypt only ever reads the first 72 bytes of its input,
and PHP's ``password_hash()``/``password_verify()`` silently do the same. bcrypt >= 5
raises ``ValueError`` instead, so :func:`verify_password` cuts the UTF-8 encoding of the
password to its first 72 bytes itself before checking a bcrypt hash: a password that
works on the website works here, byte for byte (including a cut in the middle of a
multi-byte character, as PHP does). argon2 has no such limit and gets the whole password.
"""

from __future__ import annotations

import hmac
import logging
from enum import StrEnum

import bcrypt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

BCRYPT_MAX_BYTES = 72
BCRYPT_PREFIXES = ("$2y$", "$2a$", "$2b$")
ARGON2_PREFIXES = ("$argon2id$", "$argon2i$")

# A PHP-format bcrypt hash (cost 10, PHP's default) of a random value nobody knows. Checking
# unknown e-mail addresses against it costs the same as checking a real account, so that
# the time a refusal takes does not tell whether the account exists.
DUMMY_HASH = "$2y$10$lFhICLkmmjfPUF3WQuuIFOJcSfh6rXIJDKlklcHBEHeFEchCemNPy"

_argon2 = PasswordHasher()


class HashKind(StrEnum):
    BCRYPT = "bcrypt"
    ARGON2 = "argon2"


def hash_kind(stored_hash: str | None) -> HashKind | None:
    """The algorithm of a stored hash, from its prefix; ``None`` when not supported."""
    if not stored_hash:
        return None
    if stored_hash.startswith(BCRYPT_PREFIXES):
        return HashKind.BCRYPT
    if stored_hash.startswith(ARGON2_PREFIXES):
        return HashKind.ARGON2
    return None


def is_password_hash(value: str | None) -> bool:
    return hash_kind(value) is not None


def bcrypt_input(password: str) -> bytes:
    """What PHP's bcrypt actually hashes: the first 72 bytes of the UTF-8 encoding."""
    return password.encode("utf-8")[:BCRYPT_MAX_BYTES]


def verify_password(password: str, stored_hash: str | None) -> bool:
    """Whether ``password`` matches ``stored_hash``. Never raises; never changes the hash.

    A malformed or unsupported hash returns ``False`` (and is logged), so that one bad row
    refuses one account instead of crashing the sign-in screen.
    """
    kind = hash_kind(stored_hash)
    if kind is None or stored_hash is None:
        log.warning("unsupported password hash format (%s)", _describe(stored_hash))
        return False
    try:
        if kind is HashKind.BCRYPT:
            # The bcrypt library spells PHP's $2y$ as $2b$ (same algorithm).
            normalised = (
                "$2b$" + stored_hash[len("$2y$") :]
                if stored_hash.startswith("$2y$")
                else stored_hash
            )
            return bcrypt.checkpw(bcrypt_input(password), normalised.encode("ascii"))
        return _argon2.verify(stored_hash, password)
    except VerifyMismatchError:
        return False  # argon2: the password is simply wrong
    except (VerificationError, InvalidHashError, ValueError, TypeError, UnicodeError) as exc:
        # argon2 reports a hash it cannot decode as a VerificationError other than a mismatch.
        log.warning("malformed %s password hash: %s", kind.value, type(exc).__name__)
        return False


def verify_secret(candidate: str, stored: str | None) -> bool:
    """Check a short secret (a backup code) stored either hashed or as plain text.

    A hashed value (bcrypt/argon2 prefix) is verified like a password; anything else is
    compared in constant time, so the comparison does not leak how many leading
    characters were right.
    """
    if not stored:
        return False
    if is_password_hash(stored):
        return verify_password(candidate, stored)
    return hmac.compare_digest(candidate.encode("utf-8"), stored.encode("utf-8"))


def _describe(stored_hash: str | None) -> str:
    if stored_hash is None:
        return "absent"
    if not stored_hash:
        return "vide"
    # The prefix up to the second '$' says the format without disclosing the hash.
    if stored_hash.startswith("$"):
        return stored_hash[: stored_hash.find("$", 1) + 1] or "$?"
    return "sans préfixe"
