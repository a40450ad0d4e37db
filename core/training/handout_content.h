#pragma once

#include "core/io/parse_error.h"
#include "core/training/training_text.h"

#include <QString>

#include <vector>

namespace blindspot {

/// The words of the printed handouts in English, Russian and Ukrainian
/// (resources/training/handouts.json). The evidence table's rows are the EvidenceStatements;
/// this holds everything around them.
struct HandoutContent {
    TrainingText fictionalNotice; ///< For pages that show the training city.
    TrainingText printedOn;       ///< "Printed on %1": %1 is the date.

    struct EvidenceTable {
        TrainingText title;
        TrainingText intro;
        TrainingText adviceColumn;
        TrainingText evidenceColumn;
        TrainingText noteColumn;
        TrainingText legalRiskMark; ///< Shown beside advice that carries legal risk.
        TrainingText footer;
    } evidence;

    struct Worksheet {
        TrainingText title;
        TrainingText intro;
        TrainingText ideas;                ///< Heads the next steps of the session's scenarios.
        std::vector<TrainingText> prompts; ///< Each gets lines to write on.
        TrainingText closing;
    } worksheet;

    struct LegalHelp {
        TrainingText title;
        TrainingText intro;
        TrainingText organisation; ///< "OVD-Info"
        TrainingText whatTheyDo;
        TrainingText webLabel;
        QString web;                ///< The public web address, as published.
        TrainingText contacts;      ///< Where to find current phone numbers and bots.
        TrainingText notAdvice;     ///< "This sheet is not legal advice..."
        TrainingText source;        ///< Where the address was taken from, and when.
    } legal;
};

inline constexpr char kHandoutFormat[] = "blindspot-training-handouts";
constexpr int kHandoutVersion = 1;

[[nodiscard]] Result<HandoutContent> readHandoutContent(QByteArrayView json, const QString &name);
/// The handout texts shipped in the program (empty texts only in a broken build).
const HandoutContent &builtInHandoutContent();

} // namespace blindspot
