#pragma once

#include "core/routing/planning_session.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace blindspot {

/// What a route card shows: one route of a plan, with the alternatives found for it.
struct RouteCardContent {
    std::shared_ptr<const Dataset> dataset;
    Plan plan;
    std::size_t index = 0; ///< The route in plan.routes.
    std::vector<Alternative> alternatives;
    QString language = QStringLiteral("en"); ///< For station and line names.
};

/// A route card for paper, so the phone can stay at home: an A4 page with a map excerpt of the
/// route, its steps, its chance of identification with range, icon array and reference class,
/// what lowers it, the data's date and sources, the "fictional" notice for training data, a
/// pointer to the methodology and space for handwritten notes. Worded in the UI language.
///
/// Written only where the user asks (writePdf, writePng); the text stays real text in the PDF.
class RouteCardPrinter {
    Q_DECLARE_TR_FUNCTIONS(RouteCardPrinter)
public:
    explicit RouteCardPrinter(RouteCardContent content);
    ~RouteCardPrinter();

    /// Writes an A4 PDF; the reason on failure.
    [[nodiscard]] std::optional<QString> writePdf(const QString &path) const;
    /// Writes the card as a PNG of its A4 pages one under the other; the reason on failure.
    [[nodiscard]] std::optional<QString> writePng(const QString &path) const;
    /// The card's pages one under the other at `dotsPerInch`, on white.
    QImage image(int dotsPerInch = 150) const;
    /// Pages the card takes (1 for most routes).
    int pageCount() const;

private:
    /// Paints every page at `dotsPerInch`: on `pdf` page by page, else one under the other.
    void paintPages(QPainter &painter, qreal dotsPerInch, QPagedPaintDevice *pdf) const;

    RouteCardContent m_content;
    std::unique_ptr<QTextDocument> m_document;
    QImage m_layoutDevice; ///< Fixes the document's DPI, so fonts have their size on paper.
};

} // namespace blindspot
