#include "gui/training/handouts.h"

#include "gui/planner/route_card_printer.h"
#include "common/error_text.h"
#include "core/routing/planning_session.h"
#include "core/training/handout_content.h"
#include "core/training/myth_or_evidence.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace blindspot {

namespace {

constexpr int kPdfDpi = 300;
constexpr qreal kMarginMillimetres = 12.0;
constexpr qreal kBodyPointSize = 9.5;
constexpr int kWritingLinesPerPrompt = 2;
// The worksheet stays one page: a few ideas from the session, then room to write.
constexpr qsizetype kMaxIdeas = 4;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString printedOn(const QString &language, const QDate &printed)
{
    const QLocale locale(language);
    return builtInHandoutContent().printedOn.in(language).arg(
        locale.toString(printed, QStringLiteral("d MMMM yyyy")));
}

QString page(const QString &body, const QString &language, const QDate &printed)
{
    return QStringLiteral("<html><body style=\"font-size:%1pt; color:#222222;\">%2"
                          "<p style=\"font-size:7.5pt; color:#5c5c5c;\">Blindspot &middot; %3</p>"
                          "</body></html>")
        .arg(kBodyPointSize)
        .arg(body, esc(printedOn(language, printed)));
}

} // namespace

QString Handouts::fileName(Kind kind, const QString &language)
{
    switch (kind) {
    case Kind::RouteCard:
        return QStringLiteral("route_card_%1.pdf").arg(language);
    case Kind::EvidenceTable:
        return QStringLiteral("evidence_table_%1.pdf").arg(language);
    case Kind::PersonalPlan:
        return QStringLiteral("my_plan_%1.pdf").arg(language);
    case Kind::LegalHelp:
        return QStringLiteral("legal_help_%1.pdf").arg(language);
    }
    return {};
}

QString Handouts::evidenceTableHtml(const QString &language, const QDate &printed)
{
    const HandoutContent::EvidenceTable &t = builtInHandoutContent().evidence;
    QString rows;
    for (const EvidenceStatement &s : builtInEvidenceStatements()) {
        QString advice = QStringLiteral("<b>%1</b>").arg(esc(s.advice.in(language)));
        if (s.legalRisk)
            advice += QStringLiteral("<br/><i>%1</i>").arg(esc(t.legalRiskMark.in(language)));
        rows += QStringLiteral("<tr><td width=\"25%\">%1</td><td width=\"19%\">%2</td>"
                               "<td width=\"56%\">%3<br/><span style=\"font-size:7pt; "
                               "color:#5c5c5c;\">%4</span></td></tr>")
                    .arg(advice, esc(s.evidence.in(language)), esc(s.note.in(language)),
                         esc(s.source));
    }
    const QString body =
        QStringLiteral(
            "<p style=\"font-size:15pt; font-weight:bold; margin-top:0;\">%1</p><p>%2</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
            "style=\"border-color:#c8c8c8; font-size:8.5pt;\">"
            "<tr style=\"background-color:#eeeeee;\"><th align=\"left\">%3</th>"
            "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>%6</table>"
            "<p><b>%7</b></p>")
            .arg(esc(t.title.in(language)), esc(t.intro.in(language)),
                 esc(t.adviceColumn.in(language)), esc(t.evidenceColumn.in(language)),
                 esc(t.noteColumn.in(language)), rows, esc(t.footer.in(language)));
    return page(body, language, printed);
}

QString Handouts::personalPlanHtml(const QString &language, const std::vector<Scenario> &scenarios,
                                   const QDate &printed)
{
    const HandoutContent::Worksheet &w = builtInHandoutContent().worksheet;
    QString prompts;
    for (const TrainingText &prompt : w.prompts) {
        prompts += QStringLiteral("<p style=\"margin-top:12px;\"><b>%1</b></p>")
                       .arg(esc(prompt.in(language)));
        for (int i = 0; i < kWritingLinesPerPrompt; ++i)
            prompts += QStringLiteral("<hr style=\"margin-top:22px;\"/>");
    }
    QStringList ideas;
    for (const Scenario &s : scenarios)
        for (const TrainingText &step : s.nextSteps) {
            const QString item = QStringLiteral("<li>%1</li>").arg(esc(step.in(language)));
            if (!ideas.contains(item) && ideas.size() < kMaxIdeas)
                ideas.append(item);
        }
    QString ideasHtml;
    if (!ideas.isEmpty())
        ideasHtml =
            QStringLiteral("<p style=\"color:#5c5c5c; margin-bottom:0;\">%1</p>"
                           "<ul style=\"color:#5c5c5c; font-size:8.5pt; margin-top:2px;\">%2</ul>")
                .arg(esc(w.ideas.in(language)), ideas.join(QString()));
    const QString body =
        QStringLiteral(
            "<p style=\"font-size:16pt; font-weight:bold; margin-top:0;\">%1</p><p>%2</p>%3%4<p "
            "style=\"margin-top:18px;\"><i>%5</i></p>")
            .arg(esc(w.title.in(language)), esc(w.intro.in(language)), ideasHtml, prompts,
                 esc(w.closing.in(language)));
    return page(body, language, printed);
}

QString Handouts::legalHelpHtml(const QString &language, const QDate &printed)
{
    const HandoutContent::LegalHelp &l = builtInHandoutContent().legal;
    const QString body =
        QStringLiteral(
            "<p style=\"font-size:16pt; font-weight:bold; margin-top:0;\">%1</p><p>%2</p>"
            "<p style=\"font-size:13pt; font-weight:bold;\">%3</p><p>%4</p>"
            "<p><b>%5:</b> %6</p><p>%7</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"8\" width=\"100%\" "
            "style=\"border-color:#c8c8c8;\"><tr><td><b>%8</b></td></tr></table>"
            "<p style=\"font-size:7.5pt; color:#5c5c5c;\">%9</p>")
            .arg(esc(l.title.in(language)), esc(l.intro.in(language)),
                 esc(l.organisation.in(language)), esc(l.whatTheyDo.in(language)),
                 esc(l.webLabel.in(language)), esc(l.web), esc(l.contacts.in(language)),
                 esc(l.notAdvice.in(language)), esc(l.source.in(language)));
    return page(body, language, printed);
}

std::optional<QString> Handouts::writeHtml(const QString &path, const QString &html,
                                           const QString &title)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMillimetres, kMarginMillimetres,
                                               kMarginMillimetres, kMarginMillimetres),
                                     QPageLayout::Millimeter));
    writer.setResolution(kPdfDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Blindspot"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    // QTextDocument::print reports nothing; a file that is missing or empty means it failed.
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0)
        return tr("Cannot write the handout to %1.").arg(QDir::toNativeSeparators(path));
    return std::nullopt;
}

std::optional<QString> Handouts::writeEvidenceTable(const QString &path, const QString &language)
{
    return writeHtml(path, evidenceTableHtml(language, QDate::currentDate()),
                     builtInHandoutContent().evidence.title.in(language));
}

std::optional<QString> Handouts::writePersonalPlan(const QString &path, const QString &language,
                                                   const std::vector<Scenario> &scenarios)
{
    return writeHtml(path, personalPlanHtml(language, scenarios, QDate::currentDate()),
                     builtInHandoutContent().worksheet.title.in(language));
}

std::optional<QString> Handouts::writeLegalHelp(const QString &path, const QString &language)
{
    return writeHtml(path, legalHelpHtml(language, QDate::currentDate()),
                     builtInHandoutContent().legal.title.in(language));
}

std::optional<QString> Handouts::writeRouteCard(const QString &path,
                                                std::shared_ptr<const Dataset> city,
                                                const ScenarioOutcome &outcome,
                                                const QString &language)
{
    if (!outcome.route)
        return tr("This option has no route to print.");
    PlanningSession session;
    session.setDataset(city);
    PlanConditions conditions;
    conditions.profile = outcome.profile;
    Result<Plan> planned = session.plan(outcome.request, conditions);
    if (const auto *error = std::get_if<ParseError>(&planned))
        return tr("Cannot plan the route card: %1").arg(ErrorText::message(*error));
    Plan plan = std::get<Plan>(std::move(planned));
    // The card shows the scenario's own route; the planner's alternatives go with it.
    std::size_t index = plan.routes.size();
    for (std::size_t i = 0; i < plan.routes.size(); ++i)
        if (sameWay(plan.routes[i], *outcome.route))
            index = i;
    if (index == plan.routes.size()) {
        plan.routes.push_back(*outcome.route);
        index = plan.routes.size() - 1;
    }
    std::vector<Alternative> alternatives = session.alternatives(plan, plan.routes[index]);
    RouteCardContent content;
    content.dataset = city;
    content.plan = std::move(plan);
    content.index = index;
    content.alternatives = std::move(alternatives);
    content.language = language;
    return RouteCardPrinter(std::move(content)).writePdf(path);
}

} // namespace blindspot
