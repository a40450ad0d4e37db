#include "gui/shell/live_region.h"

#include "gui/shell/accessibility.h"

#include <QAccessible>
#include <QTimer>

namespace blindspot {

LiveRegion::LiveRegion(QWidget *parent) : QWidget(parent)
{
    ensureAccessibleInterfaces();
    setObjectName(QStringLiteral("liveRegion"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // Shown for assistive technology only: one pixel, never painted.
    setFixedSize(1, 1);
}

void LiveRegion::announce(const QString &text)
{
    const QString words = text.trimmed();
    if (words.isEmpty())
        return;
    if (m_justAnnounced && words == m_text)
        return;
    if (!m_justAnnounced) {
        m_justAnnounced = true;
        QTimer::singleShot(0, this, [this] { m_justAnnounced = false; });
    }
    // Hidden first, so that showing it is a change even when the words are the same as last
    // time: the showing is what is read out.
    hide();
    m_text = words;
    QAccessibleEvent named(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    show();
}

} // namespace blindspot
