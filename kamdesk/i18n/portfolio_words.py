"""The portfolio's words: the four fields with what each means, the value basis, why an
account is not placed."""

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.portfolio import Lack, Placement, PortfolioField, PotentialSource, ValueBasis
from kamdesk.i18n.formats import format_money

translate = QCoreApplication.translate


def field_name(field: PortfolioField | None) -> str:
    return {
        PortfolioField.TOP: translate("portfolio", "Top customer"),
        PortfolioField.BASE: translate("portfolio", "Base customer"),
        PortfolioField.DEVELOPMENT: translate("portfolio", "Development customer"),
        PortfolioField.CARRIED: translate("portfolio", "Carried customer"),
        None: "",
    }[field]


def field_plural(field: PortfolioField) -> str:
    return {
        PortfolioField.TOP: translate("portfolio", "Top customers"),
        PortfolioField.BASE: translate("portfolio", "Base customers"),
        PortfolioField.DEVELOPMENT: translate("portfolio", "Development customers"),
        PortfolioField.CARRIED: translate("portfolio", "Carried customers"),
    }[field]


def field_meaning(field: PortfolioField) -> str:
    return {
        PortfolioField.TOP: translate(
            "portfolio", "High value today and high potential: the first candidates."
        ),
        PortfolioField.BASE: translate(
            "portfolio", "High value today, little potential left: keep and defend."
        ),
        PortfolioField.DEVELOPMENT: translate(
            "portfolio", "Little value today, high potential: worth developing."
        ),
        PortfolioField.CARRIED: translate(
            "portfolio",
            "Little value and little potential: served along the way, without key-account care.",
        ),
    }[field]


def basis_name(basis: ValueBasis) -> str:
    return {
        ValueBasis.REVENUE: translate("portfolio", "Revenue"),
        ValueBasis.MARGIN: translate("portfolio", "Contribution margin"),
    }[basis]


def lack_text(lack: Lack) -> str:
    return {
        Lack.VALUE: translate("portfolio", "{basis} {year} missing"),
        Lack.POTENTIAL: translate("portfolio", "potential {year} missing"),
        Lack.BOTH: translate("portfolio", "{basis} and potential {year} missing"),
    }[lack]


def source_text(source: PotentialSource | None) -> str:
    return {
        PotentialSource.KEY_FIGURE: translate("portfolio", "the key figures"),
        PotentialSource.PLAN: translate("portfolio", "the penetration plan"),
        None: "",
    }[source]


def placement_sentence(placement: Placement) -> str:
    """Where an account stands in the portfolio, in a sentence (gate 2 of the funnel)."""
    if placement.field is None:
        assert placement.lack is not None
        return translate("portfolio", "Portfolio: not placed ({lacks}).").format(
            lacks=lack_text(placement.lack).format(
                basis=basis_name(placement.basis), year=placement.year
            )
        )
    return translate(
        "portfolio", "Portfolio: {field} (value {value}, potential {potential} from {source})."
    ).format(
        field=field_name(placement.field),
        value=format_money(placement.value),
        potential=format_money(placement.potential),
        source=source_text(placement.potential_source),
    )
