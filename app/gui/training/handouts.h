#pragma once

#include "core/training/scenario.h"
#include "core/training/scenario_runner.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

/// Printable handouts of training mode, as A4 PDFs in English, Russian or Ukrainian: the route
/// card of a scenario's option (the planner's RouteCardPrinter), a one-page table of
/// countermeasures with the strength of evidence, the personal plan worksheet ("what I will
/// change this week") and where to get legal help (OVD-Info) without legal advice.
///
/// The texts come from the training material files (HandoutContent, EvidenceStatement) in the
/// chosen language, so the three languages print correctly before the UI is translated. The
/// text stays text in the PDF. Files are written only where the trainer chooses.
class Handouts {
    Q_DECLARE_TR_FUNCTIONS(Handouts)
public:
    enum class Kind : std::uint8_t { RouteCard, EvidenceTable, PersonalPlan, LegalHelp };

    /// A file name for a handout: "evidence_table_ru.pdf".
    static QString fileName(Kind kind, const QString &language);

    /// The route card of one scenario outcome, in `language` (station names; the card's own
    /// words follow the UI language). The reason on failure.
    [[nodiscard]] static std::optional<QString>
    writeRouteCard(const QString &path, std::shared_ptr<const Dataset> city,
                   const ScenarioOutcome &outcome, const QString &language);
    [[nodiscard]] static std::optional<QString> writeEvidenceTable(const QString &path,
                                                                   const QString &language);
    /// The worksheet, with ideas from the session's scenarios (their next steps).
    [[nodiscard]] static std::optional<QString>
    writePersonalPlan(const QString &path, const QString &language,
                      const std::vector<Scenario> &scenarios);
    [[nodiscard]] static std::optional<QString> writeLegalHelp(const QString &path,
                                                               const QString &language);

    /// The HTML each text handout is printed from (for the tests and a preview).
    static QString evidenceTableHtml(const QString &language, const QDate &printed);
    static QString personalPlanHtml(const QString &language, const std::vector<Scenario> &scenarios,
                                    const QDate &printed);
    static QString legalHelpHtml(const QString &language, const QDate &printed);

private:
    static std::optional<QString> writeHtml(const QString &path, const QString &html,
                                            const QString &title);
};

} // namespace blindspot
