#include "gui/shell/welcome_dialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace blindspot {

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *column = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setMinimumWidth(520);
    column->addWidget(m_text);

    auto *actions = new QVBoxLayout;
    const auto button = [this, actions](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        actions->addWidget(b);
        return b;
    };
    m_training = button("welcomeTrainingCity");
    m_open = button("welcomeOpenPack");
    m_import = button("welcomeImport");
    m_methodology = button("welcomeMethodology");
    column->addLayout(actions);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("welcomeClose"));
    closeRow->addWidget(m_close);
    column->addLayout(closeRow);

    connect(m_training, &QPushButton::clicked, this, [this] { choose(Choice::TrainingCity); });
    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::OpenPack); });
    connect(m_import, &QPushButton::clicked, this, [this] { choose(Choice::ImportData); });
    connect(m_methodology, &QPushButton::clicked, this, &WelcomeDialog::methodologyRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_training->setDefault(true);
    m_training->setFocus();
    retranslateUi();
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Blindspot"));
    m_text->setText(
        tr("<h2>Welcome to Blindspot</h2>"
           "<p>Blindspot is a map of known surveillance and face-recognition cameras in and "
           "around metro stations. For a trip you plan, it estimates how likely the cameras "
           "along the way are to identify you, and which route, entrance or time exposes you "
           "less. Every estimate is a range with its assumptions, never a promise of safety.</p>"
           "<p><b>It works offline.</b> Blindspot never uses the network, and it does not store "
           "your routes, places or searches.</p>"
           "<p><b>The training city is fictional.</b> Its stations and cameras are invented for "
           "practice. Do not plan a real trip on it.</p>"
           "<p><b>Real data</b> comes only from files you choose: an OpenStreetMap extract of "
           "your city (File &gt; Import…), or a map pack (.bspack) shared by people you trust "
           "(File &gt; Open…). Your own survey can come in as CSV, GeoJSON or KML.</p>"));
    m_training->setText(tr("Practise on the &training city"));
    m_open->setText(tr("&Open a map pack…"));
    m_import->setText(tr("&Import an OpenStreetMap extract or other data…"));
    m_methodology->setText(tr("How the &estimates work"));
    m_close->setText(tr("&Close"));
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace blindspot
