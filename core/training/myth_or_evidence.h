#pragma once

#include "core/io/parse_error.h"
#include "core/training/training_text.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace blindspot {

/// How strong the evidence is that a piece of advice helps, in the categories of the
/// countermeasure table in RISK-COMMUNICATION.md.
enum class EvidenceStrength : std::uint8_t {
    Strong,        ///< Documented repeatedly in real cases.
    Moderate,      ///< A legal fact, lab results or consistent reports.
    Partial,       ///< Some evidence, weakening or with a catch (e.g. legal risk).
    Low,           ///< Little effect on face recognition (it may help in other ways).
    Unknown,       ///< Nobody has measured it.
    AdviseAgainst, ///< Does not work now and draws attention.
};

/// One statement of the "myth or evidence" exercise and one row of the countermeasure handout:
/// what people say, the advice behind it, and what the evidence says.
struct EvidenceStatement {
    QString id;
    TrainingText claim;    ///< As people say it: "A medical mask hides you from the cameras."
    TrainingText advice;   ///< The countermeasure, as in the table: "a medical mask".
    EvidenceStrength strength = EvidenceStrength::Unknown;
    TrainingText evidence; ///< The table's evidence wording: "partial, weakening; legal risk".
    TrainingText note;     ///< Why, with the facts: "turnstile cameras sit at face height".
    QString source;        ///< Where the evidence comes from (names and dates, not links).
    bool legalRisk = false; ///< Following the advice can itself break a law (54-FZ).
};

inline constexpr char kEvidenceFormat[] = "blindspot-training-evidence";
constexpr int kEvidenceVersion = 1;

/// Reads the statements file (resources/training/myth_or_evidence.json).
[[nodiscard]] Result<std::vector<EvidenceStatement>> readEvidenceStatements(QByteArrayView json,
                                                                            const QString &name);
/// The statements shipped in the program; empty only in a broken build (tests catch that).
const std::vector<EvidenceStatement> &builtInEvidenceStatements();

QString evidenceStrengthKey(EvidenceStrength strength);

} // namespace blindspot
