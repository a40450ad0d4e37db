#pragma once

#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QCoreApplication>
#include <QString>

namespace blindspot {

/// Puts core's typed errors into translated words for people.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    /// "FILE:LINE:COL: message" for text formats, "FILE: byte N: message" for binary ones,
    /// "FILE: message" when there is no location.
    static QString located(const ParseError &error);
    /// The message alone, without the location.
    static QString message(const ParseError &error);
    /// The error's reason with its arguments, in words; empty for ParseReason::None.
    static QString reason(const ParseError &error);
    static QString modelIssue(const ModelIssue &issue);
    /// An element of a dataset, e.g. "camera 12", by its place in its list.
    static QString modelElement(ModelElement element, quint64 index);

private:
    /// The element named by a Model* reason's first two arguments (key and index).
    static QString modelElementFromArgs(const QStringList &args);
    static QString modelIssueText(ModelIssue::Kind kind, const QString &element,
                                  const QString &detail);
};

} // namespace blindspot
