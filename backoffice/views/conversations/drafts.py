"""Reply drafts kept on this computer, one file per database and conversation.

A draft is written as the agent types (debounced by the reply box) to
``<user data dir>/drafts/<database>/conversation-<id>.txt``, atomically (a temporary file
then ``os.replace``), so closing the window, quitting, a crash or a lost connection lose
nothing: the draft is read back when the thread opens again, and removed once the reply
is sent. Plain files, no Qt: a crash between two keystrokes loses at most the last pause.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from backoffice import config


class DraftStore:
    def __init__(self, database_label: str, root: Path | None = None) -> None:
        base = root if root is not None else config.data_dir() / "drafts"
        # The database's label hashed: a name that is safe on every file system, and two
        # shops on one desk never share drafts.
        key = hashlib.sha256(database_label.encode("utf-8")).hexdigest()[:16]
        self.folder = base / key

    def path(self, conversation_id: int) -> Path:
        return self.folder / f"conversation-{int(conversation_id)}.txt"

    def load(self, conversation_id: int) -> str:
        try:
            return self.path(conversation_id).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return ""

    def save(self, conversation_id: int, text: str) -> None:
        """Writes the draft (an empty text removes it)."""
        if not text.strip():
            self.discard(conversation_id)
            return
        path = self.path(conversation_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        with open(partial, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)

    def discard(self, conversation_id: int) -> None:
        self.path(conversation_id).unlink(missing_ok=True)


__all__ = ["DraftStore"]
