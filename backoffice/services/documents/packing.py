"""The packing slips' data and PDF (issue 10): the read service the order screens call.

``packing_slip_data(session, actor, order_ids)`` reads the orders to prepare (``validee``
or ``en_preparation``) in the order given, with their lines, in two queries;
``render_packing_slips(session, actor, order_ids, progress=None)`` returns one
:class:`~.common.RenderedPdf` for them all, the orders left out listed in ``skipped``.
``PACKING_SLIPS`` is the :class:`~.common.DocumentKind` for ``ui/document_preview.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.documents import packing_slip
from backoffice.documents.filenames import safe_filename
from backoffice.documents.identity import identity_from_settings
from backoffice.documents.packing_slip import PackingLine, PackingSlip
from backoffice.documents.page import Cancelled
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import order_status_label
from backoffice.labels_orders import SHIPPING_MODE_LABELS
from backoffice.models import Commande, CommandeProduit, Produit, Utilisateur
from backoffice.services.documents.common import DocumentKind, ProgressFn, RenderedPdf, report
from backoffice.services.errors import ServiceError
from backoffice.services.permissions import Permission, Staff, read_only, require
from backoffice.services.shop_settings import get_shop_settings

# The statuses in which an order is prepared (issue 10).
PACKABLE_STATUSES = frozenset({"validee", "en_preparation"})
MAX_ORDERS = 2000  # one PDF; a larger selection is a mistake, not a morning's work


@dataclass(frozen=True)
class PackingSlipData:
    slips: tuple[PackingSlip, ...]
    skipped: tuple[str, ...]  # the order left out and its status (French, one per order)


def _mode_label(mode: str | None) -> str:
    # The website's codes (colissimo, point_relais…) as their French label.
    return str(SHIPPING_MODE_LABELS.get(mode or "", mode or ""))


@read_only
def packing_slip_data(session: Session, actor: Staff, order_ids: Sequence[int]) -> PackingSlipData:
    """The slips of ``order_ids`` that are to prepare, in that order; the others named in
    ``skipped`` with their status. Needs ``orders.view``."""
    require(actor, Permission.ORDERS_VIEW)
    ids = list(dict.fromkeys(int(i) for i in order_ids))[:MAX_ORDERS]
    if not ids:
        return PackingSlipData((), ())
    orders = {
        order.id: (order, customer)
        for order, customer in session.execute(
            select(Commande, Utilisateur)
            .join(Utilisateur, Utilisateur.id == Commande.id_utilisateur)
            .where(Commande.id.in_(ids))
        ).all()
    }
    packable = [i for i in ids if i in orders and orders[i][0].statut in PACKABLE_STATUSES]
    lines: dict[int, list[PackingLine]] = defaultdict(list)
    if packable:
        rows = session.execute(
            select(CommandeProduit.id_commande, Produit.nom, Produit.slug, CommandeProduit.quantite)
            .join(Produit, Produit.id == CommandeProduit.id_produit)
            .where(CommandeProduit.id_commande.in_(packable))
            .order_by(CommandeProduit.id_commande, CommandeProduit.id)
        ).all()
        for order_id, name, slug, quantity in rows:
            lines[order_id].append(PackingLine(name or "", slug or "", int(quantity)))
    slips: list[PackingSlip] = []
    skipped: list[str] = []
    for order_id in ids:
        if order_id not in orders:
            skipped.append(
                QT_TRANSLATE_NOOP("documents", "Commande n° {id} : introuvable").format(id=order_id)
            )
            continue
        order, customer = orders[order_id]
        if order.statut not in PACKABLE_STATUSES:
            skipped.append(
                QT_TRANSLATE_NOOP("documents", "{reference} : {status}, rien à préparer").format(
                    reference=order.reference, status=order_status_label(order.statut)
                )
            )
            continue
        slips.append(
            PackingSlip(
                order_id=order.id,
                reference=order.reference,
                order_date=order.date_commande,
                status_label=order_status_label(order.statut),
                customer_name=customer.nom_complet,
                delivery_address=order.adresse_livraison or "",
                delivery_mode=_mode_label(order.mode_livraison),
                delivery_country=order.pays_livraison or "",
                relay_point_id=order.point_relais_id or "",
                relay_point_name=order.point_relais_nom or "",
                instructions=order.instructions_livraison or "",
                lines=tuple(lines[order.id]),
            )
        )
    return PackingSlipData(tuple(slips), tuple(skipped))


def render_packing_slips(
    session: Session,
    actor: Staff,
    order_ids: Sequence[int],
    progress: ProgressFn | None = None,
) -> RenderedPdf:
    """One PDF of the packing slips of ``order_ids`` (those to prepare).

    Raises :class:`ServiceError` when none of them is to prepare; ``progress(done,
    total)`` is called as each slip is drawn and may raise :class:`Cancelled`."""
    data = packing_slip_data(session, actor, order_ids)
    if not data.slips:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "documents",
                "Aucune de ces commandes n'est à préparer : un bon de préparation se fait "
                "pour une commande validée ou en préparation.",
            )
        )
    identity = identity_from_settings(get_shop_settings(session))
    total = len(data.slips)
    report(progress, 0, total)
    pdf = packing_slip.render(data.slips, identity, on_part=lambda i: report(progress, i, total))
    report(progress, total, total)
    if total == 1:
        name = safe_filename(f"Bon de préparation {data.slips[0].reference}")
        title = f"{packing_slip.TITLE} — {data.slips[0].reference}"
    else:
        name = safe_filename(f"Bons de préparation ({total} commandes)")
        title = f"Bons de préparation — {total} commandes"
    return RenderedPdf(pdf, title, name, count=total, skipped=data.skipped)


PACKING_SLIPS = DocumentKind(
    key="packing_slips",
    render=render_packing_slips,
    singular=QT_TRANSLATE_NOOP("documents", "bon de préparation"),
    plural=QT_TRANSLATE_NOOP("documents", "bons de préparation"),
    batch_name=QT_TRANSLATE_NOOP("documents", "Bons de préparation"),
)

__all__ = [
    "PACKABLE_STATUSES",
    "PACKING_SLIPS",
    "Cancelled",
    "PackingSlipData",
    "packing_slip_data",
    "render_packing_slips",
]
