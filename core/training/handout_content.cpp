#include "core/training/handout_content.h"

#include "core/training/training_json_reader.h"

#include <QFile>

namespace blindspot {

Result<HandoutContent> readHandoutContent(QByteArrayView json, const QString &name)
{
    using Reader = TrainingJsonReader;
    Reader reader(json, name);
    const std::optional<QJsonObject> root =
        reader.root(QString::fromLatin1(kHandoutFormat), kHandoutVersion);
    if (!root)
        return reader.error();
    reader.checkKeys(*root, QString(),
                     {QStringLiteral("format"), QStringLiteral("version"),
                      QStringLiteral("comment"), QStringLiteral("fictional_notice"),
                      QStringLiteral("printed_on"), QStringLiteral("evidence_table"),
                      QStringLiteral("worksheet"), QStringLiteral("legal_help")});
    HandoutContent c;
    c.fictionalNotice = reader.text(*root, QStringLiteral("fictional_notice"), QString());
    c.printedOn = reader.text(*root, QStringLiteral("printed_on"), QString());

    const QString e = QStringLiteral("evidence_table");
    const QJsonObject evidence = reader.object(*root, e, QString());
    reader.checkKeys(evidence, e,
                     {QStringLiteral("title"), QStringLiteral("intro"),
                      QStringLiteral("advice_column"), QStringLiteral("evidence_column"),
                      QStringLiteral("note_column"), QStringLiteral("legal_risk_mark"),
                      QStringLiteral("footer")});
    c.evidence.title = reader.text(evidence, QStringLiteral("title"), e);
    c.evidence.intro = reader.text(evidence, QStringLiteral("intro"), e);
    c.evidence.adviceColumn = reader.text(evidence, QStringLiteral("advice_column"), e);
    c.evidence.evidenceColumn = reader.text(evidence, QStringLiteral("evidence_column"), e);
    c.evidence.noteColumn = reader.text(evidence, QStringLiteral("note_column"), e);
    c.evidence.legalRiskMark = reader.text(evidence, QStringLiteral("legal_risk_mark"), e);
    c.evidence.footer = reader.text(evidence, QStringLiteral("footer"), e);

    const QString w = QStringLiteral("worksheet");
    const QJsonObject worksheet = reader.object(*root, w, QString());
    reader.checkKeys(worksheet, w,
                     {QStringLiteral("title"), QStringLiteral("intro"), QStringLiteral("ideas"),
                      QStringLiteral("prompts"), QStringLiteral("closing")});
    c.worksheet.title = reader.text(worksheet, QStringLiteral("title"), w);
    c.worksheet.intro = reader.text(worksheet, QStringLiteral("intro"), w);
    c.worksheet.ideas = reader.text(worksheet, QStringLiteral("ideas"), w);
    c.worksheet.prompts = reader.texts(worksheet, QStringLiteral("prompts"), w, 1);
    c.worksheet.closing = reader.text(worksheet, QStringLiteral("closing"), w);

    const QString l = QStringLiteral("legal_help");
    const QJsonObject legal = reader.object(*root, l, QString());
    reader.checkKeys(legal, l,
                     {QStringLiteral("title"), QStringLiteral("intro"),
                      QStringLiteral("organisation"), QStringLiteral("what_they_do"),
                      QStringLiteral("web_label"), QStringLiteral("web"),
                      QStringLiteral("contacts"), QStringLiteral("not_advice"),
                      QStringLiteral("source")});
    c.legal.title = reader.text(legal, QStringLiteral("title"), l);
    c.legal.intro = reader.text(legal, QStringLiteral("intro"), l);
    c.legal.organisation = reader.text(legal, QStringLiteral("organisation"), l);
    c.legal.whatTheyDo = reader.text(legal, QStringLiteral("what_they_do"), l);
    c.legal.webLabel = reader.text(legal, QStringLiteral("web_label"), l);
    c.legal.web = reader.string(legal, QStringLiteral("web"), l);
    c.legal.contacts = reader.text(legal, QStringLiteral("contacts"), l);
    c.legal.notAdvice = reader.text(legal, QStringLiteral("not_advice"), l);
    c.legal.source = reader.text(legal, QStringLiteral("source"), l);
    if (reader.failed())
        return reader.error();
    return c;
}

const HandoutContent &builtInHandoutContent()
{
    static const HandoutContent content = [] {
        QFile file(QStringLiteral(":/blindspot/training/handouts.json"));
        if (!file.open(QIODevice::ReadOnly))
            return HandoutContent{};
        Result<HandoutContent> read =
            readHandoutContent(file.readAll(), QStringLiteral("handouts.json"));
        if (auto *c = std::get_if<HandoutContent>(&read))
            return std::move(*c);
        return HandoutContent{};
    }();
    return content;
}

} // namespace blindspot
