#include "gui/shell/fitting_label.h"

#include <QEvent>
#include <QFontMetrics>

namespace blindspot {

FittingLabel::FittingLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void FittingLabel::setTexts(const QStringList &longestFirst)
{
    m_texts = longestFirst;
    const QString full = m_texts.isEmpty() ? QString() : m_texts.front();
    setAccessibleName(full);
    updateGeometry();
    chooseText();
}

int FittingLabel::widthFor(const QString &text) const
{
    const QMargins m = contentsMargins();
    // QLabel's own size hint adds the margin and indent on each side of the text.
    const int frame = m.left() + m.right() + 2 * std::max(margin(), 0) + 2 * std::max(indent(), 0);
    return fontMetrics().horizontalAdvance(text) + frame + 1;
}

QSize FittingLabel::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    if (!m_texts.isEmpty())
        hint.setWidth(widthFor(m_texts.front()));
    return hint;
}

QSize FittingLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    if (!m_texts.isEmpty())
        hint.setWidth(widthFor(m_texts.back()));
    return hint;
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    chooseText();
}

void FittingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        chooseText();
    }
}

void FittingLabel::chooseText()
{
    if (m_texts.isEmpty()) {
        setText(QString());
        return;
    }
    for (const QString &candidate : m_texts)
        if (widthFor(candidate) <= width()) {
            setText(candidate);
            return;
        }
    setText(m_texts.back());
}

} // namespace blindspot
