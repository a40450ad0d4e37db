#pragma once

#include <QLabel>
#include <QStringList>

namespace blindspot {

/// A one-line label with shorter wordings for less room: it shows the longest that fits, and
/// never a text cut mid-word (a status bar at a large scale has little room). A screen reader
/// reads the longest wording, whichever is shown.
class FittingLabel : public QLabel {
    Q_OBJECT
public:
    explicit FittingLabel(QWidget *parent = nullptr);

    /// Wordings from the longest to the shortest; the shortest sets the minimum width.
    void setTexts(const QStringList &longestFirst);
    const QStringList &texts() const { return m_texts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseText();
    int widthFor(const QString &text) const;

    QStringList m_texts;
};

} // namespace blindspot
