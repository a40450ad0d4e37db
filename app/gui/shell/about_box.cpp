#include "gui/shell/about_box.h"

#include "core/model/dataset.h"
#include "gui/shell/model_text.h"

#include <QLocale>
#include <QMessageBox>
#include <QStringList>

namespace blindspot {

namespace {
// Sources listed by name in the About box; a pack merged from hundreds stays readable.
constexpr int kMaxSourcesInAbout = 8;
} // namespace

void AboutBox::show(QWidget *parent, const Dataset *dataset)
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
    text += tr("<p>Built on Qt %1 (LGPL-3.0), OpenCV (Apache-2.0), Protocol Buffers "
               "(BSD-3-Clause), libsodium (ISC), libosmium (BSL-1.0), simdjson (Apache-2.0), "
               "libzip (BSD-3-Clause) and zlib (zlib licence).</p>"
               "<p>How every estimate is made, with its sources: Help &gt; How the estimates "
               "work.</p>")
                .arg(QString::fromLatin1(qVersion()));

    if (dataset) {
        // Everything below comes from the file: escaped, since the dialog shows rich text.
        const DatasetHeader &header = dataset->header;
        const auto orNotStated = [](const QString &value) {
            return value.isEmpty() ? tr("not stated") : value.toHtmlEscaped();
        };
        text += tr("<p><b>Map shown:</b> %1<br>Publisher: %2<br>Licence: %3<br>Data: %4</p>")
                    .arg(ModelText::datasetName(header).toHtmlEscaped(),
                         orNotStated(header.publisher), orNotStated(header.licence),
                         orNotStated(ModelText::attribution(header)));
        if (header.fictional)
            text += tr("<p>This map is fictional training data, not a real city.</p>");

        QStringList sources;
        for (const Source &source : dataset->sources) {
            if (source.attribution.isEmpty() && source.licence.isEmpty())
                continue;
            const QString line =
                tr("%1: %2 (%3)")
                    .arg(ModelText::sourceName(source).toHtmlEscaped(),
                         orNotStated(source.attribution), orNotStated(source.licence));
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
    QMessageBox::about(parent, tr("About Blindspot"), text);
}

} // namespace blindspot
