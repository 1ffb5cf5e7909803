"""Quote requests (``devis``): the queue (:mod:`.listing`), one quote (:mod:`.detail`),
the workflow with its one transition table (:mod:`.workflow`), the numbers given at first
sending (:mod:`.numbering`) and the amounts HT / TVA / TTC (:mod:`.data`)."""

from backoffice.services.quotes.data import (
    CHECKED_FIELDS,
    Amounts,
    QuoteConflict,
    QuoteData,
    amounts,
)
from backoffice.services.quotes.detail import get_quote
from backoffice.services.quotes.listing import (
    QUOTES,
    count_quotes,
    count_quotes_by_status,
    list_quotes,
)
from backoffice.services.quotes.numbering import format_number, quote_number
from backoffice.services.quotes.workflow import (
    FINAL_STATUSES,
    TRANSITIONS,
    Action,
    can_answer,
    can_finish,
    can_reject,
    can_send,
    can_take,
    finish_quote,
    next_status,
    refusal,
    reject_quote,
    save_answer,
    send_quote,
    take_quote,
    validate_answer,
)

__all__ = [
    "CHECKED_FIELDS",
    "FINAL_STATUSES",
    "QUOTES",
    "TRANSITIONS",
    "Action",
    "Amounts",
    "QuoteConflict",
    "QuoteData",
    "amounts",
    "can_answer",
    "can_finish",
    "can_reject",
    "can_send",
    "can_take",
    "count_quotes",
    "count_quotes_by_status",
    "finish_quote",
    "format_number",
    "get_quote",
    "list_quotes",
    "next_status",
    "quote_number",
    "refusal",
    "reject_quote",
    "save_answer",
    "send_quote",
    "take_quote",
    "validate_answer",
]
