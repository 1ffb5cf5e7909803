"""The search box and French order on SQLite, PostgreSQL and MySQL/MariaDB.

Part of :mod:`backoffice.sql_compat` (import the helpers from there): :func:`word_search`,
:func:`prefix_search`, :func:`french_sorted`. What a server can do for text (``unaccent``,
an ICU collation, FULLTEXT indexes) is learnt once per engine by
``backoffice.schema_profile`` and read at compile time (:class:`TextSupport`). Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, ColumnElement, String, and_, bindparam, or_
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import coercions, roles
from sqlalchemy.sql.expression import ColumnElement as _ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from backoffice.text_fold import SQLITE_FOLD_FUNCTION, SQLITE_FRENCH_COLLATION

UNACCENT_FUNCTION = "backoffice_unaccent"
FRENCH_ICU_COLLATION = "fr-x-icu"
# InnoDB's built-in stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD): not indexed.
INNODB_DEFAULT_STOPWORDS = frozenset(
    {"a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from"}
    | {"how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to"}
    | {"was", "what", "when", "where", "who", "will", "with", "und", "www"}
)
_SUPPORT_ATTRIBUTE = "_backoffice_text_support"
# A FULLTEXT token as InnoDB cuts them: letters and digits (« l'œuf » is « l », « œuf »).
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class TextSupport:
    """What the server offers for text, learnt once per engine (``schema_profile``)."""

    unaccent: bool = False  # PostgreSQL: backoffice_unaccent() exists (migration 0004)
    french_collation: str | None = None  # PostgreSQL: "fr-x-icu" where the server has ICU
    # MySQL/MariaDB: the FULLTEXT indexes, as (table, columns), lowercase.
    fulltext: frozenset[tuple[str, frozenset[str]]] = frozenset()
    min_token: int = 3  # innodb_ft_min_token_size: shorter words are not indexed
    stopwords: frozenset[str] = INNODB_DEFAULT_STOPWORDS


def install_text_support(dialect: Dialect, support: TextSupport) -> None:
    setattr(dialect, _SUPPORT_ATTRIBUTE, support)


def text_support(bind: Session | Dialect) -> TextSupport:
    """The engine's :class:`TextSupport` (nothing special until it has been learnt)."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind
    return getattr(dialect, _SUPPORT_ATTRIBUTE, None) or TextSupport()


def _expression(element: Any) -> ColumnElement[Any]:
    return coercions.expect(roles.ExpressionElementRole, element)


class _AccentFolded(_ColumnElement[Any]):
    """``expression`` without case and accents, as the server's search indexes hold it."""

    inherit_cache = True
    _traverse_internals = [("folded", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, expression: ColumnElement[Any]) -> None:
        self.folded = _expression(expression)
        self.type = self.folded.type


@compiles(_AccentFolded)
def _compile_accent_standard(element: _AccentFolded, compiler: Any, **kw: Any) -> str:
    inner = compiler.process(element.folded, **kw)
    if text_support(compiler.dialect).unaccent:
        return f"lower({UNACCENT_FUNCTION}({inner}))"
    return f"lower({inner})"  # PostgreSQL without unaccent: accents count


@compiles(_AccentFolded, "sqlite")
def _compile_accent_sqlite(element: _AccentFolded, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_FOLD_FUNCTION}({compiler.process(element.folded, **kw)})"


def _compile_accent_mysql(element: _AccentFolded, compiler: Any, **kw: Any) -> str:
    # The column's collation (utf8mb4_uca1400_ai_ci, utf8mb4_unicode_ci…) ignores both.
    return str(compiler.process(element.folded, **kw))


compiles(_AccentFolded, "mysql")(_compile_accent_mysql)
compiles(_AccentFolded, "mariadb")(_compile_accent_mysql)


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(expression: ColumnElement[Any], pattern: str, *, folded: bool) -> ColumnElement[bool]:
    value = bindparam(None, pattern, type_=String(), unique=True)
    if folded:
        # The pattern folded by the server too: exactly the column's rules (unaccent's).
        return _AccentFolded(expression).like(_AccentFolded(value), escape="\\")
    return expression.like(value, escape="\\")


class _WordSearch(_ColumnElement[bool]):
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition: never "… = 1" where booleans are integers
    _traverse_internals = [  # noqa: RUF012
        ("words", InternalTraversal.dp_string_list),
        ("expressions", InternalTraversal.dp_clauseelement_tuple),
        ("fulltext", InternalTraversal.dp_clauseelement_tuple),
        ("prefix", InternalTraversal.dp_boolean),
    ]
    type = Boolean()

    def __init__(
        self,
        words: Sequence[str],
        expressions: Sequence[Any],
        fulltext: Sequence[Any],
        prefix: bool,
    ) -> None:
        self.words = list(words)
        self.expressions = tuple(_expression(e) for e in expressions)
        self.fulltext = tuple(_expression(c) for c in fulltext)
        self.prefix = prefix


@compiles(_WordSearch)
def _compile_words_standard(element: _WordSearch, compiler: Any, **kw: Any) -> str:
    condition = and_(
        *(
            or_(*(_like(e, f"%{_escaped(word)}%", folded=True) for e in element.expressions))
            for word in element.words
        )
    )
    return f"({compiler.process(condition, **kw)})"  # one term, whatever it is next to


def _fulltext_key(columns: Sequence[ColumnElement[Any]]) -> tuple[str, frozenset[str]]:
    table = getattr(columns[0], "table", None)
    name = str(getattr(table, "name", "")).lower()
    return name, frozenset(str(getattr(c, "name", "")).lower() for c in columns)


def _compile_words_mysql(element: _WordSearch, compiler: Any, **kw: Any) -> str:
    columns = element.fulltext or element.expressions
    if element.prefix:  # identifiers: from their start, on their own index
        condition = and_(
            *(
                or_(*(_like(c, f"{_escaped(w)}%", folded=False) for c in columns))
                for w in element.words
            )
        )
        return f"({compiler.process(condition, **kw)})"
    support = text_support(compiler.dialect)
    indexed = bool(element.fulltext) and _fulltext_key(element.fulltext) in support.fulltext
    terms: list[str] = []
    scanned: list[str] = []
    for word in element.words:
        tokens = _TOKEN.findall(word)
        usable = [
            t
            for t in tokens
            if indexed and len(t) >= support.min_token and t.lower() not in support.stopwords
        ]
        terms += [t for t in usable if t not in terms]
        # A word FULLTEXT cannot answer alone (too short, a stopword, or with punctuation:
        # its tokens only narrow the candidates) is also matched as a substring.
        if tokens != [word] or not usable:
            scanned.append(word)
    conditions: list[ColumnElement[bool]] = []
    if terms:
        against = bindparam(None, " ".join(f"+{t}*" for t in terms), type_=String(), unique=True)
        conditions.append(mysql.match(*element.fulltext, against=against).in_boolean_mode())
    for word in scanned:
        conditions.append(or_(*(_like(c, f"%{_escaped(word)}%", folded=False) for c in columns)))
    return f"({compiler.process(and_(*conditions), **kw)})"


compiles(_WordSearch, "mysql")(_compile_words_mysql)
compiles(_WordSearch, "mariadb")(_compile_words_mysql)


def word_search(
    words: Sequence[str],
    expressions: Sequence[Any],
    *,
    fulltext: Sequence[Any] = (),
) -> ColumnElement[bool]:
    """The search box: every word of ``words`` matches one of ``expressions``, case and
    accents ignored.

    PostgreSQL and SQLite: ``fold(expression) LIKE fold('%word%')``, a substring anywhere;
    ``fold`` is ``lower(backoffice_unaccent(…))`` where migration 0004 made the function
    (the trigram indexes are built on that very expression, so write ``expressions`` as
    they are), ``lower(…)`` otherwise, and ``backoffice_fold(…)`` on SQLite.
    MySQL/MariaDB: ``MATCH(fulltext) AGAINST('+word* …' IN BOOLEAN MODE)`` — words *from
    their start* — when a FULLTEXT index on exactly the ``fulltext`` columns exists; words
    shorter than ``innodb_ft_min_token_size``, stopwords and words with punctuation (whose
    letters then only narrow the candidates) are matched as substrings with ``LIKE``, which
    the columns' accent-insensitive collation compares. FULLTEXT sees committed rows only.
    """
    return _WordSearch(words, expressions, fulltext, prefix=False)


def prefix_search(words: Sequence[str], column: Any) -> ColumnElement[bool]:
    """Search an identifier (an order reference): a substring anywhere on PostgreSQL and
    SQLite (trigram index), from its start on MySQL/MariaDB (``LIKE 'word%'`` on the
    column's own B-tree index)."""
    return _WordSearch(words, (column,), (), prefix=True)


class _FrenchSorted(_ColumnElement[Any]):
    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012
        ("folded", InternalTraversal.dp_clauseelement),
        ("maybe_null", InternalTraversal.dp_boolean),
    ]

    def __init__(self, expression: ColumnElement[Any], maybe_null: bool) -> None:
        self.folded = _expression(expression)
        self.type = self.folded.type
        self.maybe_null = maybe_null  # read by sql_compat.nulls_ordered


@compiles(_FrenchSorted)
def _compile_french_standard(element: _FrenchSorted, compiler: Any, **kw: Any) -> str:
    inner = compiler.process(element.folded, **kw)
    collation = text_support(compiler.dialect).french_collation
    if collation:
        return f'lower({inner}) COLLATE "{collation}"'
    return f"lower({inner})"  # the database's default collation


@compiles(_FrenchSorted, "sqlite")
def _compile_french_sqlite(element: _FrenchSorted, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.folded, **kw)} COLLATE {SQLITE_FRENCH_COLLATION}"


compiles(_FrenchSorted, "mysql")(_compile_accent_mysql)
compiles(_FrenchSorted, "mariadb")(_compile_accent_mysql)


def french_sorted(expression: Any, *, outer_joined: bool = False) -> ColumnElement[Any]:
    """A case-insensitive sort key for a text column, in French order (« Eau », « Écran »,
    « Étui », … « Z »): ``lower(x) COLLATE "fr-x-icu"`` on PostgreSQL where the server has
    ICU (migration 0004 builds the sort indexes with it), else ``lower(x)`` in the database's
    collation; the column itself on MySQL/MariaDB (its uca1400/unicode collation sorts so);
    the registered collation ``backoffice_fr`` on SQLite. Comparisons with it (keyset
    paging) use the same order. ``outer_joined``: the column comes through an outer join,
    so it may be NULL even if declared NOT NULL (NULLs then sort at the list's end)."""
    return _FrenchSorted(expression, outer_joined)
