#include "core/training/myth_or_evidence.h"

#include "core/training/training_json_reader.h"

#include <QFile>

#include <array>

namespace blindspot {

namespace {

constexpr std::array<EvidenceStrength, 6> kStrengths = {
    EvidenceStrength::Strong,  EvidenceStrength::Moderate, EvidenceStrength::Partial,
    EvidenceStrength::Low,     EvidenceStrength::Unknown,  EvidenceStrength::AdviseAgainst};

} // namespace

QString evidenceStrengthKey(EvidenceStrength strength)
{
    switch (strength) {
    case EvidenceStrength::Strong:
        return QStringLiteral("strong");
    case EvidenceStrength::Moderate:
        return QStringLiteral("moderate");
    case EvidenceStrength::Partial:
        return QStringLiteral("partial");
    case EvidenceStrength::Low:
        return QStringLiteral("low");
    case EvidenceStrength::Unknown:
        return QStringLiteral("unknown");
    case EvidenceStrength::AdviseAgainst:
        return QStringLiteral("advise_against");
    }
    return {};
}

Result<std::vector<EvidenceStatement>> readEvidenceStatements(QByteArrayView json,
                                                             const QString &name)
{
    using Reader = TrainingJsonReader;
    Reader reader(json, name);
    const std::optional<QJsonObject> root =
        reader.root(QString::fromLatin1(kEvidenceFormat), kEvidenceVersion);
    if (!root)
        return reader.error();
    reader.checkKeys(*root, QString(),
                     {QStringLiteral("format"), QStringLiteral("version"),
                      QStringLiteral("comment"), QStringLiteral("statements")});
    std::vector<EvidenceStatement> out;
    const QJsonArray items = reader.array(*root, QStringLiteral("statements"), QString());
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        const QString path = Reader::join(QStringLiteral("statements"), i);
        const QJsonObject o = items[i].toObject();
        reader.checkKeys(o, path,
                         {QStringLiteral("id"), QStringLiteral("claim"), QStringLiteral("advice"),
                          QStringLiteral("strength"), QStringLiteral("evidence"),
                          QStringLiteral("note"), QStringLiteral("source"),
                          QStringLiteral("legal_risk")});
        EvidenceStatement s;
        s.id = reader.string(o, QStringLiteral("id"), path);
        s.claim = reader.text(o, QStringLiteral("claim"), path);
        s.advice = reader.text(o, QStringLiteral("advice"), path);
        s.evidence = reader.text(o, QStringLiteral("evidence"), path);
        s.note = reader.text(o, QStringLiteral("note"), path);
        s.source = reader.string(o, QStringLiteral("source"), path);
        s.legalRisk = o.value(QLatin1String("legal_risk")).toBool(false);
        const QString strength = reader.string(o, QStringLiteral("strength"), path);
        bool known = false;
        for (EvidenceStrength candidate : kStrengths)
            if (evidenceStrengthKey(candidate) == strength) {
                s.strength = candidate;
                known = true;
            }
        if (!known && !reader.failed())
            reader.fail(Reader::join(path, QStringLiteral("strength")), ParseErrorCode::Malformed,
                        ParseReason::UnknownStrength, {strength});
        out.push_back(std::move(s));
    }
    if (!reader.failed() && out.empty())
        reader.fail(QStringLiteral("statements"), ParseErrorCode::Malformed,
                    ParseReason::NoStatements);
    if (reader.failed())
        return reader.error();
    return out;
}

const std::vector<EvidenceStatement> &builtInEvidenceStatements()
{
    static const std::vector<EvidenceStatement> statements = [] {
        QFile file(QStringLiteral(":/blindspot/training/myth_or_evidence.json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::vector<EvidenceStatement>{};
        Result<std::vector<EvidenceStatement>> read =
            readEvidenceStatements(file.readAll(), QStringLiteral("myth_or_evidence.json"));
        if (auto *list = std::get_if<std::vector<EvidenceStatement>>(&read))
            return std::move(*list);
        return std::vector<EvidenceStatement>{};
    }();
    return statements;
}

} // namespace blindspot
