#pragma once

#include <QDialog>

class QTextBrowser;

namespace blindspot {

/// How Blindspot estimates exposure, every assumption and source: the methodology embedded in
/// the program (resources/methodology.md), shown as formatted text.
class MethodologyDialog : public QDialog {
    Q_OBJECT
public:
    explicit MethodologyDialog(QWidget *parent = nullptr);

    /// The methodology's Markdown text; empty if the resource is missing (a broken build).
    static QString markdown();
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser = nullptr;
};

} // namespace blindspot
