#include "common/error_text.h"

namespace blindspot {

QString ErrorText::message(const ParseError &error)
{
    switch (error.code) {
    case ParseErrorCode::CannotOpen:
        return tr("cannot open the file (%1)").arg(error.detail);
    case ParseErrorCode::CannotWrite:
        return tr("cannot write the file (%1); the previous version, if any, is unchanged")
            .arg(error.detail);
    case ParseErrorCode::Empty:
        return tr("the file is empty");
    case ParseErrorCode::TooLarge:
        return tr("the file is larger than Blindspot accepts (limit: %1)").arg(error.detail);
    case ParseErrorCode::NotThisFormat:
        return tr("this is not a file of the expected format");
    case ParseErrorCode::Truncated:
        return error.detail.isEmpty()
                   ? tr("the file ends too early: it was probably cut off while copying")
                   : tr("the file ends too early (%1): it was probably cut off while copying")
                         .arg(error.detail);
    case ParseErrorCode::ChecksumMismatch:
        return tr("the file's content does not match its checksum: it is damaged or was altered");
    case ParseErrorCode::FutureVersion:
        return tr("the file uses format version %1, which is newer than this Blindspot "
                  "understands; please update Blindspot")
            .arg(error.detail);
    case ParseErrorCode::Malformed:
        return error.detail.isEmpty() ? tr("the file is malformed")
                                      : tr("the file is malformed: %1").arg(error.detail);
    case ParseErrorCode::InvalidModel:
        return tr("the file's data is inconsistent: %1").arg(error.detail);
    case ParseErrorCode::Cancelled:
        return tr("cancelled; nothing was changed");
    case ParseErrorCode::Unsupported:
        return tr("the file uses something Blindspot cannot read yet: %1").arg(error.detail);
    case ParseErrorCode::OutOfMemory:
        return tr("there was not enough memory to read the file; nothing was changed");
    }
    return tr("unknown error");
}

QString ErrorText::located(const ParseError &error)
{
    QString where = error.file;
    if (error.line > 0)
        where += QStringLiteral(":%1:%2").arg(error.line).arg(error.column);
    else if (error.byteOffset >= 0)
        where += QLatin1Char(':') + tr("byte %1").arg(error.byteOffset);
    if (!error.element.isEmpty())
        where += QLatin1Char(':') + error.element;
    return QStringLiteral("%1: %2").arg(where, message(error));
}

QString ErrorText::modelIssue(const ModelIssue &issue)
{
    switch (issue.kind) {
    case ModelIssue::Kind::IdMismatch:
        return tr("%1: its id does not match its position (%2)").arg(issue.element, issue.detail);
    case ModelIssue::Kind::DanglingReference:
        return tr("%1: refers to something that does not exist (%2)")
            .arg(issue.element, issue.detail);
    case ModelIssue::Kind::InvalidPosition:
        return tr("%1: invalid coordinates (%2)").arg(issue.element, issue.detail);
    case ModelIssue::Kind::InvalidValue:
        return tr("%1: value out of range (%2)").arg(issue.element, issue.detail);
    }
    return issue.element;
}

} // namespace blindspot
