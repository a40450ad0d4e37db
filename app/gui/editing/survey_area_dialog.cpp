#include "gui/editing/survey_area_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace blindspot {

namespace {

// A careful walk-through finds most cameras but rarely all: a modest default the mapper
// is asked to change.
constexpr int kDefaultCompletenessPercent = 70;

} // namespace

SurveyAreaDialog::SurveyAreaDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("surveyAreaDialog"));
    auto *column = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("surveyAreaName"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("surveyAreaDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_completeness = new QSpinBox(this);
    m_completeness->setObjectName(QStringLiteral("surveyAreaCompleteness"));
    m_completeness->setRange(0, 100);
    m_completeness->setSuffix(QStringLiteral(" %"));
    m_completeness->setValue(kDefaultCompletenessPercent);
    m_form->addRow(new QLabel(this), m_name);
    m_form->addRow(new QLabel(this), m_date);
    m_form->addRow(new QLabel(this), m_completeness);
    column->addLayout(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    retranslateUi();
}

void SurveyAreaDialog::retranslateUi()
{
    setWindowTitle(tr("New survey area"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_name, tr("&Name:"));
    label(m_date, tr("&Surveyed on:"));
    label(m_completeness, tr("Cameras &found:"));
    m_completeness->setToolTip(tr("What share of the cameras in this area you believe you "
                                  "found. Outside surveyed areas, and for the share not found, "
                                  "Blindspot estimates unmapped cameras."));
}

void SurveyAreaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

SurveyArea SurveyAreaDialog::area() const
{
    SurveyArea area;
    area.name = m_name->text().trimmed();
    area.surveyed = m_date->date();
    area.completeness = m_completeness->value() / 100.0;
    return area;
}

} // namespace blindspot
