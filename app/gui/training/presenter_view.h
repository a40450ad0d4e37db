#pragma once

#include "core/model/dataset.h"
#include "gui/training/presenter_slide.h"

#include <QRectF>
#include <QWidget>

#include <memory>

class QScreen;

namespace blindspot {

class MapMarksOverlay;
class MapView;

/// The projector's window in training mode: the current slide (heading, large text, the map
/// with a route, route cards with icon arrays side by side, or a picture) sized to be read from
/// the back of a room. The trainer's notes and timer stay in the training window on the laptop;
/// nothing here is for the trainer alone.
///
/// Keyboard driven, like presentation software, so that a clicker works: Right, Down, Space,
/// N, Page Down or Enter go forward; Left, Up, Backspace, P or Page Up go back; B or "." blanks
/// the screen (and back); F or F11 toggles full screen; Escape leaves full screen.
class PresenterView : public QWidget {
    Q_OBJECT
public:
    explicit PresenterView(std::shared_ptr<const Dataset> city, QWidget *parent = nullptr);
    ~PresenterView() override;

    /// Shows `slide`; station names in `language`.
    void setSlide(PresenterSlide slide, const QString &language);
    const PresenterSlide &slide() const { return m_slide; }

    void setBlank(bool blank);
    bool isBlank() const { return m_blank; }

    /// Shows the window full screen on a screen other than `laptop` when there is one (a
    /// projector), else as a normal window beside the training window.
    void showOnProjector(QScreen *laptop);

    MapView *mapView() const { return m_map; }
    /// Text size of the slide's body at the current window size, in pixels.
    qreal unit() const;
    /// Where the last layout put the map and the route cards (for tests).
    QRectF mapArea() const { return m_mapArea; }
    /// How much larger than on a laptop the map is drawn, so that its names and symbols read
    /// from the back of the room.
    qreal mapScale() const;
    const std::vector<QRectF> &cardAreas() const { return m_cardAreas; }

signals:
    void nextRequested();
    void previousRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Computes where everything goes and places the map.
    void layoutSlide();
    void updateMap();
    /// The largest card text size at which every card fits `height` at `width`.
    qreal cardUnitFor(qreal width, qreal height, qreal largest) const;

    std::shared_ptr<const Dataset> m_city;
    PresenterSlide m_slide;
    QString m_language = QStringLiteral("en");
    bool m_blank = false;
    MapView *m_map = nullptr;
    MapMarksOverlay *m_marks = nullptr;
    std::shared_ptr<const Dataset> m_mapDataset;

    QRectF m_headerArea;
    QRectF m_mapArea;
    QRectF m_textArea;
    QRectF m_imageArea;
    std::vector<QRectF> m_cardAreas;
    qreal m_cardUnit = 0.0;
};

} // namespace blindspot
