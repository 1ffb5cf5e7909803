"""The shop's settings: defaults, stored values, unreadable values."""

from decimal import Decimal

from backoffice.models import ParametreBoutique
from backoffice.services.shop_settings import (
    ShopSettings,
    format_setting,
    get_shop_settings,
    parse_setting,
)


def test_defaults_when_nothing_is_stored(db_session):
    settings = get_shop_settings(db_session)
    assert settings == ShopSettings()
    assert settings.format_facture == "FA-{année}-{numéro:06}"
    assert settings.taux_tva == Decimal("20.00")


def test_stored_values_are_typed(db_session):
    db_session.add_all(
        [
            ParametreBoutique(cle="taux_tva", valeur="5.5"),
            ParametreBoutique(cle="jours_retard_commande", valeur="7"),
            ParametreBoutique(cle="mention_indemnite_recouvrement", valeur="0"),
            ParametreBoutique(cle="raison_sociale", valeur="S&P <b>SARL</b>"),
            ParametreBoutique(cle="cle_inconnue", valeur="ignored"),
        ]
    )
    db_session.flush()
    settings = get_shop_settings(db_session)
    assert settings.taux_tva == Decimal("5.5")
    assert settings.jours_retard_commande == 7
    assert settings.mention_indemnite_recouvrement is False
    assert settings.raison_sociale == "S&P <b>SARL</b>"


def test_unreadable_value_falls_back_to_the_default():
    assert parse_setting("jours_retard_commande", "trois") == 3
    assert parse_setting("taux_tva", "vingt") == Decimal("20.00")
    assert format_setting(True) == "1"
    assert parse_setting("mention_indemnite_recouvrement", format_setting(True)) is True
