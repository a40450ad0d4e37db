#pragma once

#include "core/model/camera.h"

#include <QDialog>

class QDateEdit;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace blindspot {

/// Asks what a mapper knows about an area they just drew: its name, the day it was surveyed
/// and what share of its cameras they believe they found.
class SurveyAreaDialog : public QDialog {
    Q_OBJECT
public:
    explicit SurveyAreaDialog(QWidget *parent = nullptr);

    /// The area as entered, without polygon, id or source.
    SurveyArea area() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_name = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_completeness = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace blindspot
