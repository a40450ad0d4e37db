#pragma once

#include <QString>
#include <QWidget>

namespace blindspot {

/// Words a screen reader reads out as soon as they come, without moving the focus: that
/// planning has finished and what it found, that a file was saved. Qt 6.4 has no announcement
/// event; what it does have is the Notification role, which Orca reads out when an object of
/// that role is shown. So each announce() shows the region anew with the words as its
/// accessible name (ObjectShow, after NameChanged).
///
/// The region draws nothing and takes no room: sighted people read the same words where they
/// are shown (the status bar, the planner's message, the route cards).
class LiveRegion : public QWidget {
    Q_OBJECT
public:
    explicit LiveRegion(QWidget *parent = nullptr);

    /// The words last read out, its accessible name.
    QString text() const { return m_text; }

    /// Reads `text` out. The same words again before the program next waits for the user are
    /// read once: two parts of it reporting the same event must not make it heard twice.
    void announce(const QString &text);

private:
    QString m_text;
    bool m_justAnnounced = false;
};

} // namespace blindspot
