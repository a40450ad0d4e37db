#include "gui/planner/route_card_printer.h"

#include "common/alternative_text.h"
#include "gui/planner/icon_array.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"
#include "common/risk_wording.h"
#include "gui/planner/route_details.h"
#include "gui/planner/route_overlay.h"
#include "common/route_text.h"
#include "gui/planner/walking_steps_html.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QImageWriter>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

#include <array>
#include <cmath>
#include <utility>

namespace blindspot {

namespace {

// The document is laid out in CSS pixels (96 per inch) on an A4 page, then scaled to the
// device: the same layout on paper, in a PDF and in a PNG.
constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kMillimetresPerInch = 25.4;
const QSizeF kA4Millimetres(210.0, 297.0);
constexpr qreal kMarginMillimetres = 10.0;
// Map heights (CSS pixels) and type sizes tried in turn, until the card fits one page: a long
// route, or a language with longer words, gets a smaller map and type before a second page.
constexpr std::array<std::pair<int, qreal>, 3> kLayouts{{{285, 8.5}, {235, 8.0}, {190, 7.5}}};
constexpr int kPdfDpi = 300;
// The map excerpt as laid out on the page (CSS pixels), rendered at 2x for print sharpness.
constexpr int kMapWidth = 704;
constexpr qreal kMapScale = 2.0;
constexpr int kIconsWidth = 220;
constexpr qreal kIconsScale = 3.0;
// Actions printed: those that lower the chance, and the day to avoid, as in the app; what does
// not help follows in one sentence.
constexpr int kMaxPrintedActions = 5;
constexpr int kMaxPrintedSources = 6;
constexpr int kNoteLines = 3;

qreal pixels(qreal millimetres)
{
    return millimetres / kMillimetresPerInch * kLayoutDpi;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// A section heading: bold and a little larger, with less space around it than <h3>, so that a
// usual route fits one page.
QString headingHtml(const QString &text)
{
    return QStringLiteral(
               "<p style=\"margin-top:8px; margin-bottom:2px; font-size:10.5pt\"><b>%1</b></p>")
        .arg(text.toHtmlEscaped());
}

QString markerHtml(int number)
{
    return QStringLiteral("<span style=\"background-color:#232323; color:#ffffff; "
                          "font-weight:bold;\">&nbsp;%1&nbsp;</span>")
        .arg(QLocale().toString(number));
}

QImage mapExcerpt(const RouteCardContent &content, const Route &route, int height)
{
    MapView map;
    map.setNameLanguage(content.language);
    map.resize(kMapWidth, height);
    map.setDataset(content.dataset);
    map.setRouteOverlay(std::make_shared<const RouteOverlay>(route));
    RouteOverlay::fitMapTo(map, route);
    // On paper, clusters of cameras with their counts would bury the route; single cameras,
    // seen when the route is short, stay.
    if (map.clustersCameras())
        map.layers().setVisible(MapLayer::Cameras, false);
    map.layers().setVisible(MapLayer::Heatmap, false);
    map.layers().setVisible(MapLayer::Route, true);
    QImage image(QSize(kMapWidth, height) * kMapScale, QImage::Format_RGB32);
    image.setDevicePixelRatio(kMapScale);
    image.fill(Qt::white);
    map.render(&image);
    return image;
}

QImage iconArrayImage(const Hazard &hazard)
{
    const qreal height = kIconsWidth / IconArray::kAspect;
    QImage image(QSizeF(kIconsWidth * kIconsScale, height * kIconsScale).toSize(),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const auto [low, high] = RiskWording::rangeOutOfTen(hazard);
    IconArray::paint(painter, QRectF(QPointF(0, 0), image.size()), low,
                     RiskWording::outOfTen(probabilityOf(hazard.central)), high);
    return image;
}

QString stepsHtml(const Route &route, const RouteText &text)
{
    const std::vector<int> numbers = RouteOverlay::chokepointNumbers(route);
    const QLocale locale;
    QString rows;
    for (std::size_t i = 0; i < route.legs.size(); ++i) {
        const RouteLeg &leg = route.legs[i];
        const QColor colour = RouteOverlay::colourFor(probabilityOf(leg.hazard.central));
        rows += QStringLiteral("<tr><td style=\"background-color:%1\">&nbsp;&nbsp;</td>"
                               "<td><b>%2.</b></td><td>%3</td><td align=\"right\">%4</td></tr>")
                    .arg(colour.name(), locale.toString(int(i) + 1), html(text.legText(leg)),
                         html(RouteText::duration(leg.durationSeconds)));
        if (const QString walk = walkingStepsHtml(route, i, text); !walk.isEmpty())
            rows +=
                QStringLiteral("<tr><td></td><td></td><td colspan=\"2\">%1</td></tr>").arg(walk);
        QString note;
        if (leg.hazard.high > 0.0) {
            const auto [low, high] = RiskWording::rangeOutOfTen(leg.hazard);
            note = html(RouteDetails::tr("This step alone: %1 (%2-%3 of 10).")
                            .arg(RiskWording::frequency(probabilityOf(leg.hazard.central)))
                            .arg(low)
                            .arg(high));
        }
        if (numbers[i] > 0) {
            QStringList causes;
            for (std::size_t k = 0; k < leg.sources.size() && k < 2; ++k)
                causes << html(text.sourceText(leg.sources[k]));
            note = markerHtml(numbers[i]) + QLatin1Char(' ') +
                   html(RouteDetails::tr("Most of the risk is here.")) + QLatin1Char(' ') + note;
            if (!causes.isEmpty())
                note += QLatin1Char(' ') + html(RouteDetails::tr("From:")) + QLatin1Char(' ') +
                        causes.join(QStringLiteral("; "));
        }
        if (!note.isEmpty())
            rows += QStringLiteral("<tr><td></td><td></td><td colspan=\"2\" "
                                   "style=\"color:#4d4d4d\">%1</td></tr>")
                        .arg(note);
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
        .arg(rows);
}

} // namespace

RouteCardPrinter::RouteCardPrinter(RouteCardContent content)
    : m_content(std::move(content)), m_document(std::make_unique<QTextDocument>()),
      m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMetre = qRound(kLayoutDpi / kMillimetresPerInch * 1000.0);
    m_layoutDevice.setDotsPerMeterX(dotsPerMetre);
    m_layoutDevice.setDotsPerMeterY(dotsPerMetre);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document->setPageSize(
        QSizeF(pixels(kA4Millimetres.width()), pixels(kA4Millimetres.height())));
    m_document->setDocumentMargin(pixels(kMarginMillimetres));

    const Plan &plan = m_content.plan;
    if (!m_content.dataset || m_content.index >= plan.routes.size())
        return;
    const Dataset &dataset = *m_content.dataset;
    const Route &route = plan.routes[m_content.index];
    const RouteText text(dataset, m_content.language, &plan.request);
    const QLocale locale;

    m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("card:icons")),
                            iconArrayImage(route.hazard));

    const auto pageHtml = [&](int mapHeight) {
        QString page;
        page += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>")
                    .arg(html(tr("Route card: %1").arg(text.tripTitle())));
        if (const QString avoided = text.avoidedText(); !avoided.isEmpty())
            page += QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(html(avoided));
        if (dataset.header.fictional)
            page += QStringLiteral(
                        "<table width=\"100%\" cellpadding=\"5\" style=\"background-color:#fff1c2; "
                        "border: 1px solid #d9b64a\"><tr><td><b>%1</b></td></tr></table>")
                        .arg(html(
                            tr("FICTIONAL TRAINING DATA: this is not a real city. Do not use this "
                               "card for a real trip.")));
        page += QStringLiteral("<p><img src=\"card:map\" width=\"%1\" height=\"%2\"></p>")
                    .arg(kMapWidth)
                    .arg(mapHeight);

        // The summary: icon array and numbers beside the route's facts.
        const QString facts =
            tr("%1 · Transfers: %2 · Face-recognition cameras passed: %3")
                .arg(RouteText::duration(route.durationSeconds), locale.toString(route.transfers),
                     locale.toString(route.frCamerasPassed));
        QStringList figureItems;
        for (const QString &line : RouteText::figureLines(route.figures))
            figureItems << html(line);
        QString conditions = RiskWording::referenceClass(plan.conditions.profile);
        QStringList whatIfs;
        if (plan.conditions.traveller.medicalMask)
            whatIfs << tr("a medical mask");
        if (plan.conditions.traveller.sunglasses)
            whatIfs << tr("dark sunglasses");
        if (plan.conditions.traveller.cap)
            whatIfs << tr("a cap");
        if (!whatIfs.isEmpty())
            conditions += QLatin1Char(' ') + tr("What-if assumed: %1 (never a promise of safety).")
                                                 .arg(whatIfs.join(QStringLiteral(", ")));
        const AlternativeText::Suggestions suggestions =
            AlternativeText::suggestions(m_content.alternatives, plan, route, text);
        QStringList actions;
        for (const AlternativeText::Suggestions::Item &listed : suggestions.listed) {
            const AlternativeText::Action &action = listed.action;
            QString item =
                QStringLiteral("<b>%1</b>: %2").arg(html(action.what), html(action.effect));
            if (action.whatIf)
                item += QLatin1Char(' ') + html(tr("(What-if, never a promise of safety.)"));
            if (!action.evidence.isEmpty())
                item += QStringLiteral(" <span style=\"color:#4d4d4d\">%1</span>")
                            .arg(html(action.evidence));
            actions << QStringLiteral("<li>%1</li>").arg(item);
            if (actions.size() >= kMaxPrintedActions)
                break;
        }
        if (!suggestions.alsoTried.isEmpty())
            actions << QStringLiteral("<li style=\"color:#4d4d4d\">%1</li>")
                           .arg(html(suggestions.alsoTried));
        if (actions.isEmpty())
            actions << QStringLiteral("<li>%1</li>")
                           .arg(
                               html(tr("Nothing Blindspot tried lowers the chance on this trip.")));

        // The summary (icon array, numbers, what they count) beside what can be done about it.
        page +=
            QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                "<td width=\"48%\" valign=\"top\"><img src=\"card:icons\" width=\"%1\" "
                "height=\"%2\">"
                "<br><b>%3</b><br>%4<br>%5<br><span style=\"color:#4d4d4d\">%6</span><br><i>%7</i>"
                "<br><b>%8</b><br><span style=\"font-size:8pt\">%11</span></td>"
                "<td width=\"52%\" valign=\"top\"><b>%9</b><ul "
                "style=\"margin-left:-16px\">%10</ul></td>"
                "</tr></table>")
                .arg(kIconsWidth)
                .arg(qRound(kIconsWidth / IconArray::kAspect))
                .arg(html(RiskWording::identifiedIn(route.probability())),
                     html(RiskWording::wordWithRange(route.hazard)), html(facts), html(conditions),
                     html(RiskWording::evidenceLabel(route.assumedShare)),
                     html(RouteDetails::riskSummary(route, text)),
                     html(RouteDetails::tr("What you can do")), actions.join(QString()))
                .arg(figureItems.join(QStringLiteral("<br>")));
        page += QStringLiteral("<p style=\"color:#4d4d4d; font-size:7.5pt\">%1</p>")
                    .arg(html(tr("Icons: 10 trips; filled: identified (most likely), striped: the "
                                 "uncertain range, empty: not identified. Map: A start, B end, "
                                 "numbers where most of the risk is; darker steps are likelier to "
                                 "identify; walking is dashed; grey stripes: no data.")));

        page += headingHtml(tr("Steps"));
        page += stepsHtml(route, text);

        QStringList notes;
        for (const QString &note : RouteDetails::generalNotes())
            notes << html(note);
        page += headingHtml(RouteDetails::tr("Whatever the route")) +
                QStringLiteral("<p style=\"font-size:7.5pt; margin-top:0px\">%1</p>")
                    .arg(notes.join(QStringLiteral("<br>")));

        page += headingHtml(tr("Notes"));
        QString lines;
        for (int i = 0; i < kNoteLines; ++i)
            lines += QStringLiteral(
                "<tr><td style=\"border-bottom: 1px solid #9a9a9a\">&nbsp;</td></tr>");
        page +=
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">%1</table>")
                .arg(lines);

        // Where the data comes from and how old it is.
        const DatasetHeader &header = dataset.header;
        const auto orNotStated = [](const QString &value) {
            return value.isEmpty() ? tr("not stated") : value;
        };
        const QString created =
            header.created.isValid()
                ? locale.toString(header.created.toUTC().date(), QLocale::LongFormat)
                : tr("not stated");
        QString sources =
            tr("Map data: %1, version %2, created %3. Publisher: %4. Licence: %5. %6")
                .arg(ModelText::datasetName(header), locale.toString(qulonglong(header.version)),
                     created, orNotStated(header.publisher), orNotStated(header.licence),
                     ModelText::attribution(header));
        QStringList sourceNames;
        for (const Source &source : dataset.sources) {
            QString line = source.name;
            if (source.retrieved.isValid())
                line = tr("%1 (retrieved %2)")
                           .arg(line, locale.toString(source.retrieved, QLocale::ShortFormat));
            if (!source.licence.isEmpty())
                line = tr("%1, licence %2").arg(line, source.licence);
            if (!line.isEmpty() && !sourceNames.contains(line))
                sourceNames << line;
        }
        if (sourceNames.size() > kMaxPrintedSources) {
            const qsizetype more = sourceNames.size() - kMaxPrintedSources;
            sourceNames.resize(kMaxPrintedSources);
            sourceNames << tr("%1 more").arg(locale.toString(qlonglong(more)));
        }
        if (!sourceNames.isEmpty())
            sources +=
                QLatin1Char(' ') + tr("Sources: %1.").arg(sourceNames.join(QStringLiteral("; ")));
        page +=
            QStringLiteral("<p style=\"color:#4d4d4d; font-size:7.5pt\">%1<br>%2</p>")
                .arg(html(sources),
                     html(tr("How the numbers are made and what they leave out: the methodology, "
                             "in Blindspot under \"How these numbers are made\" in the route "
                             "details. Made with Blindspot, which works offline.")));
        return page;
    };
    for (const auto &[mapHeight, pointSize] : kLayouts) {
        QFont body = m_document->defaultFont();
        body.setPointSizeF(pointSize);
        m_document->setDefaultFont(body);
        m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("card:map")),
                                mapExcerpt(m_content, route, mapHeight));
        m_document->setHtml(pageHtml(mapHeight));
        if (pageCount() <= 1)
            break;
    }
}

RouteCardPrinter::~RouteCardPrinter() = default;

int RouteCardPrinter::pageCount() const
{
    return m_document->pageCount();
}

void RouteCardPrinter::paintPages(QPainter &painter, qreal dotsPerInch,
                                  QPagedPaintDevice *pdf) const
{
    const QSizeF page = m_document->pageSize();
    const qreal scale = dotsPerInch / kLayoutDpi;
    for (int i = 0; i < pageCount(); ++i) {
        if (pdf && i > 0)
            pdf->newPage();
        painter.save();
        painter.scale(scale, scale);
        // On paper each page starts at the top; in an image the pages stack.
        if (pdf)
            painter.translate(0, -i * page.height());
        m_document->drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
    }
}

std::optional<QString> RouteCardPrinter::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kPdfDpi);
    // A neutral title: the document's properties must not give the trip away either.
    writer.setTitle(tr("Route card"));
    writer.setCreator(QStringLiteral("Blindspot"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Cannot write the route card to %1.").arg(QDir::toNativeSeparators(path));
    paintPages(painter, writer.resolution(), &writer);
    if (!painter.end())
        return tr("Cannot write the route card to %1.").arg(QDir::toNativeSeparators(path));
    return std::nullopt;
}

QImage RouteCardPrinter::image(int dotsPerInch) const
{
    const QSizeF page = m_document->pageSize() * (dotsPerInch / kLayoutDpi);
    QImage image(QSize(qCeil(page.width()), qCeil(page.height() * pageCount())),
                 QImage::Format_RGB32);
    const int dotsPerMetre = qRound(dotsPerInch / kMillimetresPerInch * 1000.0);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    paintPages(painter, dotsPerInch, nullptr);
    return image;
}

std::optional<QString> RouteCardPrinter::writePng(const QString &path) const
{
    QImageWriter writer(path, "png");
    if (!writer.write(image()))
        return tr("Cannot write the route card to %1: %2")
            .arg(QDir::toNativeSeparators(path), writer.errorString());
    return std::nullopt;
}

} // namespace blindspot
