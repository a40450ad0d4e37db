#include "main_window.h"

#include "embedded_data.h"
#include "error_text.h"
#include "io/pack_io.h"
#include "map_legend.h"
#include "map_view.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace blindspot {

namespace {

// Sources listed by name in the About box; a pack merged from hundreds stays readable.
constexpr int kMaxSourcesInAbout = 8;
// Space between the map's edge and the legend floating over it.
constexpr int kOverlayMargin = 12;

} // namespace

MainWindow::MainWindow(const QString &language, QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    // Training data must never be mistaken for a real city, so it gets a banner in words above
    // the map, not only a note in the title bar.
    m_fictionalBanner = new QLabel(central);
    m_fictionalBanner->setObjectName(QStringLiteral("fictionalBanner"));
    m_fictionalBanner->setWordWrap(true);
    m_fictionalBanner->setTextFormat(Qt::RichText);
    m_fictionalBanner->setText(
        tr("<b>Fictional training city.</b> This is not a real place: its stations and cameras "
           "are invented for practice. Do not use this map to plan a real trip."));
    m_fictionalBanner->setStyleSheet(
        QStringLiteral("#fictionalBanner { background: #fff1c2; color: #3b2f00;"
                       " border-bottom: 1px solid #d9b64a; padding: 8px 12px; }"));
    m_fictionalBanner->hide();
    column->addWidget(m_fictionalBanner);

    // The legend floats over the map's lower left corner: both share one grid cell.
    auto *mapArea = new QWidget(central);
    auto *stack = new QGridLayout(mapArea);
    stack->setContentsMargins(0, 0, 0, 0);
    m_mapView = new MapView(mapArea);
    m_mapView->setNameLanguage(language);
    stack->addWidget(m_mapView, 0, 0);
    auto *overlay = new QVBoxLayout;
    overlay->setContentsMargins(kOverlayMargin, kOverlayMargin, kOverlayMargin, kOverlayMargin);
    overlay->addStretch();
    m_legend = new MapLegend(mapArea);
    overlay->addWidget(m_legend, 0, Qt::AlignLeft);
    stack->addLayout(overlay, 0, 0);
    m_legend->installEventFilter(this);
    m_mapView->installEventFilter(this);
    column->addWidget(mapArea, 1);
    setCentralWidget(central);

    m_counts = new QLabel(this);
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Offline: this app never uses the network")));

    createMenus();
    showDatasetInfo();
    resize(1200, 800);
    m_mapView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpenPackFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &training city"), this, &MainWindow::openTrainingCity);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fit = view->addAction(tr("&Fit to data"), m_mapView, &MapView::fitToData);
    fit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_0)});
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_mapView, &MapView::zoomIn);
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::Key_Plus),
                          QKeySequence(Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_mapView, &MapView::zoomOut);
    zoomOut->setShortcuts({QKeySequence(QKeySequence::ZoomOut), QKeySequence(Qt::Key_Minus)});
    view->addSeparator();
    m_showLegend = view->addAction(tr("Show &legend"));
    m_showLegend->setCheckable(true);
    m_showLegend->setChecked(true);
    connect(m_showLegend, &QAction::toggled, this, &MainWindow::updateLegendVisibility);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Blindspot"), this, &MainWindow::showAbout);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    const bool legendChanged =
        watched == m_legend && (type == QEvent::Resize || type == QEvent::Move ||
                                type == QEvent::Show || type == QEvent::Hide);
    const bool mapResized = watched == m_mapView && type == QEvent::Resize;
    if (legendChanged || mapResized)
        updateMapCover();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateLegendVisibility()
{
    // Without a map the legend would only cover the hint on how to open one.
    m_legend->setVisible(m_dataset && m_showLegend->isChecked());
}

void MainWindow::updateMapCover()
{
    if (m_legend->isHidden()) {
        m_mapView->setCoveredRect({});
        return;
    }
    const QPoint topLeft = m_legend->mapTo(m_mapView->window(), QPoint(0, 0));
    m_mapView->setCoveredRect(
        QRect(m_mapView->mapFrom(m_mapView->window(), topLeft), m_legend->size()));
}

void MainWindow::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_mapView->setDataset(m_dataset);
    showDatasetInfo();
}

std::optional<ParseError> MainWindow::openPackFile(const QString &path)
{
    Result<Dataset> read = readPackFile(path);
    if (const auto *error = std::get_if<ParseError>(&read))
        return *error;
    setDataset(std::make_shared<const Dataset>(std::get<Dataset>(std::move(read))));
    return std::nullopt;
}

void MainWindow::openTrainingCity()
{
    setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
}

void MainWindow::chooseAndOpenPackFile()
{
    QFileDialog dialog(this, tr("Open map pack"));
    // Native dialogs may add the file to the desktop's "recent files" list on disk, which would
    // tell whoever seizes the laptop which map was opened.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Blindspot map packs (*.bspack)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    dialog.setHistory({});

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ParseError> error = openPackFile(path);
    QApplication::restoreOverrideCursor();
    if (error)
        QMessageBox::warning(this, tr("Cannot open map pack"), ErrorText::located(*error));
}

void MainWindow::showDatasetInfo()
{
    updateLegendVisibility();
    if (!m_dataset) {
        setWindowTitle(tr("Blindspot"));
        m_fictionalBanner->hide();
        m_counts->setText(tr("No map open"));
        return;
    }
    const DatasetHeader &header = m_dataset->header;
    const QString name = header.name.isEmpty() ? tr("Untitled map") : header.name;
    setWindowTitle(header.fictional ? tr("%1 (fictional training data) – Blindspot").arg(name)
                                    : tr("%1 – Blindspot").arg(name));
    m_fictionalBanner->setVisible(header.fictional);

    const DatasetSummary summary = summarize(*m_dataset);
    const QLocale locale;
    m_counts->setText(
        tr("Lines: %1 · Stations: %2 · Cameras: %3 · Face recognition confirmed: %4")
            .arg(locale.toString(summary.lines), locale.toString(summary.stations),
                 locale.toString(summary.cameras),
                 locale.toString(
                     summary.camerasByFrStatus[static_cast<std::size_t>(FrStatus::Confirmed)])));
}

void MainWindow::showAbout()
{
    QString text =
        tr("<h3>Blindspot %1</h3>"
           "<p>A map of known surveillance and face-recognition cameras in and around metro "
           "stations, for planning trips that are less exposed to them.</p>"
           "<p><b>Works offline.</b> Blindspot never opens a network connection: map data "
           "arrives only through files you choose.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later). It comes with no warranty, and no map or estimate can promise "
           "safety.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped());

    if (m_dataset) {
        // Everything below comes from the file: escaped, since the dialog shows rich text.
        const DatasetHeader &header = m_dataset->header;
        const auto orNotStated = [this](const QString &value) {
            return value.isEmpty() ? tr("not stated") : value.toHtmlEscaped();
        };
        text += tr("<p><b>Map shown:</b> %1<br>Publisher: %2<br>Licence: %3<br>Data: %4</p>")
                    .arg(orNotStated(header.name), orNotStated(header.publisher),
                         orNotStated(header.licence), orNotStated(header.attribution));
        if (header.fictional)
            text += tr("<p>This map is fictional training data, not a real city.</p>");

        QStringList sources;
        for (const Source &source : m_dataset->sources) {
            if (source.attribution.isEmpty() && source.licence.isEmpty())
                continue;
            const QString line = tr("%1: %2 (%3)")
                                     .arg(orNotStated(source.name), orNotStated(source.attribution),
                                          orNotStated(source.licence));
            if (!sources.contains(line))
                sources << line;
        }
        if (!sources.isEmpty()) {
            const qsizetype more = sources.size() - kMaxSourcesInAbout;
            if (more > 0) {
                sources.resize(kMaxSourcesInAbout);
                sources << tr("Further sources: %1").arg(QLocale().toString(more));
            }
            text += tr("<p><b>Sources:</b><br>%1</p>").arg(sources.join(QStringLiteral("<br>")));
        }
    }
    QMessageBox::about(this, tr("About Blindspot"), text);
}

} // namespace blindspot
