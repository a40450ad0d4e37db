#pragma once

#include "gui/training/presenter_slide.h"
#include "core/training/session_plan.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace blindspot {

/// Drawing shared by the training window, the presenter view and the handouts, so that a route
/// card looks the same on the laptop, on the wall and on paper: the option, its time, an icon
/// array of 10 with the range, the words with the numbers, the reference class, and how much
/// of the estimate rests on missing data (RISK-COMMUNICATION.md, rules 1-6).
///
/// Calm colours: one ink for identification (IconArray's), grey for "no data", muted tones for
/// the ADIDS steps; no red.
class TrainingPainter {
    Q_DECLARE_TR_FUNCTIONS(TrainingPainter)
public:
    static QColor paper();
    static QColor ink();
    static QColor muted();
    static QColor noData();
    static QColor stepColour(AdidsStep step);

    /// Paints `route` into `box`. `unit` is the body text's pixel size (everything scales with
    /// it); station names are written in `language` using `city`. Returns the height the card's
    /// content took (text wraps), which may exceed the box.
    static qreal paintRouteCard(QPainter &painter, const QRectF &box, const SlideRoute &route,
                                qreal unit, const Dataset &city, const QString &language);
    /// The height `route`'s card needs at `unit` for a card `width` wide.
    static qreal routeCardHeight(qreal width, qreal unit, const SlideRoute &route,
                                 const Dataset &city, const QString &language);

    /// Ten segments for ten parts of an estimate: hatched grey for the parts that rest on
    /// assumptions where nobody reported cameras, plain for the rest.
    static void paintNoDataBar(QPainter &painter, const QRectF &box, double assumedShare);

    /// Wraps `text` into `box` at `pixelSize`, shrinking to fit down to half that size; returns
    /// the height used.
    static qreal paintText(QPainter &painter, const QRectF &box, const QString &text,
                           qreal pixelSize, bool bold, const QColor &colour,
                           int flags = Qt::AlignLeft | Qt::AlignTop);

    /// "26 min, 1 change" or "31 min on foot".
    static QString routeFacts(const Route &route);
    /// "No data: about 6 of 10 parts of this estimate rest on assumptions" in short.
    static QString noDataText(double assumedShare);
};

} // namespace blindspot
