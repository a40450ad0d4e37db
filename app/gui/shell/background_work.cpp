#include "gui/shell/background_work.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <exception>
#include <memory>

namespace blindspot {

namespace {

// How often the dialog reads the worker's progress: smooth enough, and the worker never waits
// for the GUI.
constexpr int kPollMilliseconds = 50;
// Short work finishes before a dialog would be worth showing.
constexpr int kShowAfterMilliseconds = 400;
constexpr int kPerMille = 1000;

// A progress dialog that Escape and the window's close button cannot dismiss while work that
// cannot be stopped runs: dismissing it would unblock the window under the worker.
class WorkDialog : public QProgressDialog {
public:
    WorkDialog(const QString &label, bool cancellable, QWidget *parent)
        : QProgressDialog(label, QString(), 0, 0, parent), m_cancellable(cancellable)
    {
        if (cancellable)
            setCancelButtonText(QCoreApplication::translate("BackgroundWork", "Cancel"));
    }
    void reject() override
    {
        if (m_cancellable)
            QProgressDialog::reject();
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (m_cancellable)
            QProgressDialog::closeEvent(event);
        else
            event->ignore();
    }

private:
    bool m_cancellable;
};

} // namespace

void runInBackground(QWidget *parent, const QString &title, const QString &label,
                     const std::function<void()> &work, WorkProgress *progress)
{
    std::exception_ptr failure;
    // An exception leaving a QThread ends the program: carried over and rethrown below.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
    }));

    WorkDialog dialog(label, progress != nullptr, parent);
    dialog.setObjectName(QStringLiteral("backgroundWork"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(kShowAfterMilliseconds);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (progress)
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
            progress->progress.cancel();
            dialog.setLabelText(QCoreApplication::translate("BackgroundWork", "Stopping…"));
        });

    QTimer poll;
    poll.setInterval(kPollMilliseconds);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 t = progress ? progress->total.load(std::memory_order_relaxed) : 0;
        if (t > 0) {
            dialog.setMaximum(kPerMille);
            dialog.setValue(static_cast<int>(std::min<qint64>(
                kPerMille, progress->done.load(std::memory_order_relaxed) * kPerMille / t)));
        } else {
            dialog.setValue(0); // busy bar; also lets the dialog appear after its delay
        }
    });

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    poll.stop();
    // hide(), not close(): closing emits canceled(), and a busy dialog refuses to close.
    dialog.hide();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace blindspot
