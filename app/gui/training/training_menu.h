#pragma once

#include <QMenu>
#include <QPointer>

namespace blindspot {

class TrainingWindow;

/// The main window's Training menu: opens training mode (one training window at a time), and
/// from it the session builder, a saved session plan or a scenario file to check.
class TrainingMenu : public QMenu {
    Q_OBJECT
public:
    /// `language` is the UI language the training window starts with.
    TrainingMenu(QString language, QWidget *parent);
    ~TrainingMenu() override;

    /// The training window, opened (and raised) on first use.
    TrainingWindow *openTrainingWindow();
    TrainingWindow *trainingWindow() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_language;
    QPointer<TrainingWindow> m_window;
    QAction *m_open = nullptr;
    QAction *m_build = nullptr;
    QAction *m_openPlan = nullptr;
    QAction *m_checkScenario = nullptr;
};

} // namespace blindspot
