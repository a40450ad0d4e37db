#pragma once

#include <QDialog>

#include <cstdint>

class QLabel;
class QPushButton;

namespace blindspot {

/// The first-run welcome: what Blindspot is, that the training city is fictional, how to get
/// real data, and the methodology one click away.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    /// What the user chose to do next.
    enum class Choice : std::uint8_t { Nothing, TrainingCity, OpenPack, ImportData };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

signals:
    void methodologyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(Choice choice);

    Choice m_choice = Choice::Nothing;
    QLabel *m_text = nullptr;
    QPushButton *m_training = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_methodology = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace blindspot
