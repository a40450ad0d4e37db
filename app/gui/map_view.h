#pragma once

#include "geo/lat_lon.h"
#include "model/dataset.h"

#include <QMargins>
#include <QPixmap>
#include <QPointF>
#include <QRect>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

namespace blindspot {

/// The map: metro lines, stations, entrances, cameras and survey areas of one dataset, with pan
/// and zoom.
///
/// Painted directly with QPainter for speed: the dataset is projected to local metres once (in
/// setDataset), each paint only transforms, culls to the viewport and draws cameras as batches
/// of pre-rendered symbols. Where camera symbols would overlap, the most important FR status
/// claims the spot and the others are merged into it (see camerasMerged()), which keeps a
/// Moscow-sized dataset (160,000 cameras) fast and the city view uncluttered.
///
/// Keys: arrows pan, + and - zoom, 0 fits the data. The mouse drags to pan and its wheel zooms
/// about the cursor.
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// Shows `dataset` (nullptr for none) and fits the view to it.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }

    /// The part of the widget an overlay (the legend) hides, in widget coordinates; empty for
    /// none. fitToData() keeps the data clear of it and station names avoid it.
    void setCoveredRect(const QRect &covered);

    /// ISO 639-1 code of the language station names are shown in; a name without a spelling in
    /// that language is shown in its native spelling.
    void setNameLanguage(const QString &language);
    QString nameLanguage() const { return m_nameLanguage; }

    /// Current zoom: how many widget pixels one metre on the ground takes.
    double pixelsPerMetre() const { return m_pixelsPerMetre; }
    /// The geographic position at the centre of the widget.
    LatLon centre() const;
    /// Where `position` appears in widget coordinates (it may lie outside the widget).
    QPointF widgetPosition(LatLon position) const;
    /// The geographic position under a widget point.
    LatLon positionAt(QPointF widgetPoint) const;

    /// What the last paint drew, for tests and benchmarks.
    int drawnStationCount() const { return m_drawn.stations; }
    int drawnCameraSymbolCount() const { return m_drawn.cameraSymbols; }
    int drawnLabelCount() const { return m_drawn.labels; }
    /// True when the last paint merged overlapping cameras into one symbol.
    bool camerasMerged() const { return m_drawn.camerasMerged; }

public slots:
    /// Shows all of the dataset. Until the user pans or zooms, resizing keeps it fitted.
    void fitToData();
    void zoomIn();
    void zoomOut();
    /// Multiplies the scale by `factor`, keeping the ground under `widgetAnchor` in place.
    void zoomBy(double factor, QPointF widgetAnchor);
    /// Moves the view by `delta` widget pixels: positive x shows more of the east, positive y
    /// more of the south (content moves the opposite way).
    void panByPixels(QPointF delta);

signals:
    /// The scale or centre changed.
    void viewChanged();
    /// Whether overlapping cameras are merged into one symbol changed (the legend says so).
    void cameraMergingChanged(bool merged);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Scene;
    struct DrawnCounts {
        int stations = 0;
        int cameraSymbols = 0;
        int labels = 0;
        bool camerasMerged = false;
    };

    void rebuildScene();
    /// Sets scale and centre, keeping both in their allowed range.
    void setView(QPointF centreMetres, double pixelsPerMetre);
    /// Margins that keep fitted data out of the covered rectangle.
    QMargins fitInsets() const;
    double fittedPixelsPerMetre() const;
    /// `pixelsPerMetre` limited to the zoom range: from a little beyond "fit" to street level.
    double allowedPixelsPerMetre(double pixelsPerMetre) const;
    QPointF toWidget(QPointF metres) const;
    QPointF toMetres(QPointF widgetPoint) const;
    QPointF keyboardZoomAnchor() const;
    /// The widget's rectangle widened by a margin: what geometry is clipped to before drawing.
    QRectF clipRect(qreal marginPixels) const;

    void paintEmptyState(QPainter &painter) const;
    void paintSurveyAreas(QPainter &painter) const;
    void paintLines(QPainter &painter, qreal width) const;
    void paintStations(QPainter &painter, qreal radius);
    void paintEntrances(QPainter &painter) const;
    /// Renders the camera symbols once per size and device pixel ratio.
    void prepareSprites(qreal symbolSize);
    /// The viewport in metres, widened by a margin in pixels.
    QRectF viewMetres(qreal marginPixels) const;
    qsizetype visibleCameraCount(qreal marginPixels) const;
    /// Positioned cameras, one sprite per merge cell of `cellPixels`, the most important status
    /// claiming each cell.
    void paintCameras(QPainter &painter, const std::vector<QPixmap> &sprites, qreal cellPixels,
                      qreal marginPixels);
    void paintStationBadges(QPainter &painter, qreal symbolSize, qreal stationRadius);
    void paintLabels(QPainter &painter, qreal stationRadius, qreal symbolSize);
    void paintScaleBar(QPainter &painter) const;
    void paintAttribution(QPainter &painter) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::unique_ptr<const Scene> m_scene;
    QString m_nameLanguage = QStringLiteral("en");

    // The view: metres east/north of the projection origin at the widget centre, and the scale.
    QPointF m_centreMetres;
    double m_pixelsPerMetre = 1.0;
    bool m_keepsFitted = true;
    QRect m_coveredRect;

    QPointF m_lastDragPosition;
    bool m_dragging = false;

    DrawnCounts m_drawn;
    // Reused across paints: one byte per merge cell of the viewport, and the symbol pixmaps.
    std::vector<std::uint8_t> m_mergeCells;
    std::vector<QPixmap> m_sprites;    // by importance rank
    std::vector<QPixmap> m_dotSprites; // by importance rank
    qreal m_spriteSize = 0.0;
    qreal m_spriteRatio = 0.0;
};

} // namespace blindspot
