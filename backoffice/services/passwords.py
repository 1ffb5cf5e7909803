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

Equal work on every refusal (:func:`check_with_equal_work`, used by the sign-in): whatever
the account (none, a customer, a malformed or unsupported hash, bcrypt, argon2), one bcrypt
check at the site's usual cost runs, and one argon2 check at the site's usual parameters
when the site has argon2 accounts: the real hash where the account has one of that kind,
a dummy one otherwise. The site's parameters (:class:`WorkProfile`) are read from the
accounts' hash prefixes (``auth`` does it). An account whose own cost differs from the
site's usual one still takes its own time: that is the residual difference.

Passwords longer than 72 bytes: bcrypt only ever reads the first 72 bytes of its input,
and PHP's ``password_hash()``/``password_verify()`` silently do the same. bcrypt >= 5
raises ``ValueError`` instead, so :func:`verify_password` cuts the UTF-8 encoding of the
password to its first 72 bytes itself before checking a bcrypt hash: a password that
works on the website works here, byte for byte (including a cut in the middle of a
multi-byte character, as PHP does). argon2 has no such limit and gets the whole password.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import bcrypt
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

BCRYPT_MAX_BYTES = 72
BCRYPT_PREFIXES = ("$2y$", "$2a$", "$2b$")
ARGON2_PREFIXES = ("$argon2id$", "$argon2i$")

# A PHP-format bcrypt hash (cost 10, PHP's default) of a random value nobody knows. Checking
# unknown e-mail addresses against it costs the same as checking a real account, so that
# the time a refusal takes does not tell whether the account exists.
DUMMY_HASH = "$2y$10$lFhICLkmmjfPUF3WQuuIFOJcSfh6rXIJDKlklcHBEHeFEchCemNPy"
PHP_BCRYPT_COST = 10
# Costs outside these bounds (a corrupt row, ``$2y$31$``) never become the dummy's cost.
BCRYPT_COSTS = range(4, 17)
MAX_ARGON2_MEMORY_KIB = 1 << 20
MAX_ARGON2_TIME = 16
MAX_ARGON2_LANES = 16

_argon2 = PasswordHasher()
_ARGON2_PARAMS = re.compile(r"\$(argon2id|argon2i)\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$")


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


def bcrypt_check(password: str, stored_hash: str) -> bool:
    """One bcrypt verification (raises ``ValueError`` on a malformed hash)."""
    # The bcrypt library spells PHP's $2y$ as $2b$ (same algorithm).
    normalised = (
        "$2b$" + stored_hash[len("$2y$") :] if stored_hash.startswith("$2y$") else stored_hash
    )
    return bcrypt.checkpw(bcrypt_input(password), normalised.encode("ascii"))


def argon2_check(password: str, stored_hash: str) -> bool:
    """One argon2 verification (raises on a malformed hash; False on a mismatch)."""
    try:
        return _argon2.verify(stored_hash, password)
    except VerifyMismatchError:
        return False  # the password is simply wrong


def verify_password(password: str, stored_hash: str | None) -> bool:
    """Whether ``password`` matches ``stored_hash``. Never raises; never changes the hash.

    A malformed or unsupported hash returns ``False`` (and is logged), so that one bad row
    refuses one account instead of crashing the sign-in screen.
    """
    kind = hash_kind(stored_hash)
    if kind is None or stored_hash is None:
        log.warning("unsupported password hash format (%s)", _describe(stored_hash))
        return False
    return bool(_checked(kind, password, stored_hash))


def _checked(kind: HashKind, password: str, stored_hash: str) -> bool | None:
    """The check's result, or None (logged by format only) when the hash is malformed."""
    try:
        if kind is HashKind.BCRYPT:
            return bcrypt_check(password, stored_hash)
        return argon2_check(password, stored_hash)
    except (VerificationError, InvalidHashError, ValueError, TypeError, UnicodeError) as exc:
        # argon2 reports a hash it cannot decode as a VerificationError other than a mismatch.
        log.warning("malformed %s password hash: %s", kind.value, type(exc).__name__)
        return None


# --- Equal work ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Argon2Params:
    variant: str  # "argon2id" or "argon2i"
    memory_kib: int
    time_cost: int
    lanes: int


@dataclass(frozen=True)
class WorkProfile:
    """What every sign-in check costs: one bcrypt at ``bcrypt_cost``, and one argon2 at
    ``argon2`` when the site has argon2 accounts (None: it has none)."""

    bcrypt_cost: int = PHP_BCRYPT_COST
    argon2: Argon2Params | None = None


def bcrypt_cost(prefix: str | None) -> int | None:
    """The cost of a bcrypt hash (or of its first 7 characters, ``$2y$10$``), in bounds."""
    if not prefix or not prefix.startswith(BCRYPT_PREFIXES) or prefix[6:7] != "$":
        return None
    digits = prefix[4:6]
    if not digits.isdigit() or int(digits) not in BCRYPT_COSTS:
        return None
    return int(digits)


def argon2_params(prefix: str | None) -> Argon2Params | None:
    """The parameters of an argon2 hash (or of its start, up to the salt), in bounds."""
    found = _ARGON2_PARAMS.match(prefix or "")
    if found is None:
        return None
    variant, memory, time_cost, lanes = found.group(1), *map(int, found.groups()[1:])
    if not (
        8 <= memory <= MAX_ARGON2_MEMORY_KIB
        and 1 <= time_cost <= MAX_ARGON2_TIME
        and 1 <= lanes <= MAX_ARGON2_LANES
    ):
        return None
    return Argon2Params(variant, memory, time_cost, lanes)


@lru_cache(maxsize=8)
def dummy_bcrypt_hash(cost: int) -> str:
    """A bcrypt hash of a random value nobody knows, at ``cost``."""
    if cost == PHP_BCRYPT_COST:
        return DUMMY_HASH
    secret = secrets.token_hex(16).encode("ascii")
    return bcrypt.hashpw(secret, bcrypt.gensalt(cost)).decode("ascii")


@lru_cache(maxsize=8)
def dummy_argon2_hash(params: Argon2Params) -> str:
    """An argon2 hash of a random value nobody knows, with these parameters."""
    hasher = PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.lanes,
        type=Type.I if params.variant == "argon2i" else Type.ID,
    )
    return hasher.hash(secrets.token_hex(16))


def check_with_equal_work(password: str, stored_hash: str | None, work: WorkProfile) -> bool:
    """Whether ``password`` matches ``stored_hash`` (None: no account), after the same
    hashing work whatever the account: one bcrypt check at the site's cost, and one argon2
    check at the site's parameters when it has argon2 accounts, each against the real hash
    when the account has a well-formed one of that kind, against a dummy otherwise."""
    kind = hash_kind(stored_hash)
    result: bool | None = None
    if stored_hash is not None and kind is not None:
        result = _checked(kind, password, stored_hash)
    elif stored_hash is not None:
        log.warning("unsupported password hash format (%s)", _describe(stored_hash))
    real_bcrypt = kind is HashKind.BCRYPT and result is not None
    real_argon2 = kind is HashKind.ARGON2 and result is not None
    # The dummies' results are ignored; a password the library refuses (a NUL byte) is as
    # refused as with the real hash.
    if not real_bcrypt:
        with contextlib.suppress(ValueError, TypeError):
            bcrypt_check(password, dummy_bcrypt_hash(work.bcrypt_cost))
    if work.argon2 is not None and not real_argon2:
        with contextlib.suppress(VerificationError, InvalidHashError, ValueError, TypeError):
            argon2_check(password, dummy_argon2_hash(work.argon2))
    return bool(result)


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
