#include "gui/map/map_view.h"

#include "gui/map/map_scene.h"

#include <QCursor>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QWheelEvent>

#include <cmath>
#include <utility>

// MapView's input: events, the tools and picking a place, as a state machine over the press,
// drag and tool state. The widget's other half, the view and painting, is in map_view.cpp.

namespace blindspot {

namespace {

constexpr double kKeyZoomFactor = 1.5;
constexpr double kWheelZoomPerNotch = 1.25; // one 15-degree wheel step (angleDelta 120)
constexpr double kKeyPanShare = 0.2;        // of the widget's width or height per arrow press
// A press that moves less than this is a click, not a drag.
constexpr double kClickSlopPixels = 4.0;

} // namespace

// Input.

void MapView::zoomIn()
{
    zoomBy(kKeyZoomFactor, keyboardZoomAnchor());
}

void MapView::zoomOut()
{
    zoomBy(1.0 / kKeyZoomFactor, keyboardZoomAnchor());
}

QPointF MapView::keyboardZoomAnchor() const
{
    if (underMouse())
        return mapFromGlobal(QCursor::pos()).toPointF();
    return {width() / 2.0, height() / 2.0};
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_keepsFitted)
        fitToData();
    else
        emit viewChanged();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(kWheelZoomPerNotch, steps / 120.0), event->position());
    event->accept();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            // value() is the change of scale since the last event: +0.1 is 10 % larger.
            zoomBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}
void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_pickingPlace) { // planner: this click picks a place, nothing else
        m_pickingPlace = false;
        setTool(m_tool); // restores the tool's cursor
        updateAccessibleText();
        event->accept();
        emit placePicked(positionAt(event->position()));
        return;
    }
    m_pressPosition = event->position();
    m_lastDragPosition = event->position();
    m_pressMoved = false;
    // Only the selected camera can be dragged: a camera is never moved by a stray drag meant
    // to pan the map.
    const std::optional<CameraId> hit =
        m_tool == Tool::Browse && m_selectedCamera ? cameraAt(event->position()) : std::nullopt;
    if (hit && hit == m_selectedCamera) {
        m_draggedCamera = hit;
        m_dragPosition = event->position();
        setCursor(Qt::SizeAllCursor);
    } else {
        m_dragging = true;
    }
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_tool == Tool::DrawSurveyArea) {
        m_hoverPosition = event->position();
        update();
    }
    if (!(event->buttons() & Qt::LeftButton) || (!m_dragging && !m_draggedCamera)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    if (QLineF(event->position(), m_pressPosition).length() >= kClickSlopPixels)
        m_pressMoved = true;
    if (m_draggedCamera) {
        m_dragPosition = event->position();
        update();
    } else if (m_pressMoved) {
        setCursor(Qt::ClosedHandCursor);
        // The ground follows the pointer, so the view moves the other way.
        panByPixels(m_lastDragPosition - event->position());
        m_lastDragPosition = event->position();
    }
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (!m_dragging && !m_draggedCamera)) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (QLineF(event->position(), m_pressPosition).length() >= kClickSlopPixels)
        m_pressMoved = true;
    const bool click = !m_pressMoved;
    const std::optional<CameraId> dragged = std::exchange(m_draggedCamera, std::nullopt);
    m_dragging = false;
    setTool(m_tool); // restores the tool's cursor
    event->accept();
    if (std::exchange(m_ignoreRelease, false))
        return;
    if (dragged && !click) {
        update();
        emit cameraDragged(*dragged, positionAt(event->position()));
        return;
    }
    if (click)
        handleClick(event->position());
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    // The first click of the pair has already been handled; the release after this event
    // belongs to the double-click.
    m_ignoreRelease = true;
    m_dragging = true;
    m_pressPosition = event->position();
    m_pressMoved = false;
    if (m_tool == Tool::DrawSurveyArea)
        finishSurveyArea();
    else if (m_tool == Tool::Browse)
        zoomBy(2.0, event->position());
    event->accept();
}

void MapView::handleClick(QPointF widgetPoint)
{
    if (!m_scene)
        return;
    switch (m_tool) {
    case Tool::AddCamera:
        emit addCameraRequested(positionAt(widgetPoint));
        return;
    case Tool::DrawSurveyArea:
        m_surveyCorners.push_back(positionAt(widgetPoint));
        m_hoverPosition = widgetPoint;
        update();
        return;
    case Tool::Browse:
        break;
    }
    if (const std::optional<CameraId> camera = cameraAt(widgetPoint)) {
        setSelectedCamera(camera);
        emit cameraClicked(*camera);
    } else if (const std::optional<QPointF> cluster =
                   m_layers->isVisible(MapLayer::Cameras)
                       ? m_scene->clusterAt(viewport(), widgetPoint)
                       : std::nullopt) {
        // Into the cluster, far enough that it starts to fall apart.
        const QPointF at = viewport().toWidget(*cluster);
        zoomBy(2.5, at);
        panByPixels(at - QPointF(width() / 2.0, height() / 2.0));
    } else {
        emit emptyPlaceClicked();
    }
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (m_pickingPlace && event->key() == Qt::Key_Escape) { // planner: cancel picking
        cancelPickPlace();
        event->accept();
        return;
    }
    const double stepX = width() * kKeyPanShare;
    const double stepY = height() * kKeyPanShare;
    if (m_tool == Tool::DrawSurveyArea && event->key() >= Qt::Key_Left &&
        event->key() <= Qt::Key_Down)
        m_hoverPosition = keyboardCursor(); // the next corner's line follows the cursor
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels({-stepX, 0});
        break;
    case Qt::Key_Right:
        panByPixels({stepX, 0});
        break;
    case Qt::Key_Up:
        panByPixels({0, -stepY});
        break;
    case Qt::Key_Down:
        panByPixels({0, stepY});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // "+" without Shift on most layouts
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitToData();
        break;
    case Qt::Key_Escape:
        if (m_tool == Tool::Browse) {
            QWidget::keyPressEvent(event);
            return;
        }
        setTool(Tool::Browse);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Without a mouse: the place under the keyboard cursor, in the middle of the map.
        if (m_pickingPlace && m_scene) {
            m_pickingPlace = false;
            setTool(m_tool); // restores the tool's cursor
            updateAccessibleText();
            emit placePicked(positionAt(keyboardCursor()));
            break;
        }
        if (m_tool == Tool::DrawSurveyArea) {
            finishSurveyArea();
            break;
        }
        if (m_tool == Tool::AddCamera && m_scene) {
            emit addCameraRequested(positionAt(keyboardCursor()));
            break;
        }
        if (m_tool == Tool::Browse && !m_pickingPlace && m_routeOverlay) {
            emit routeTextRequested();
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    case Qt::Key_Space:
        if (m_tool != Tool::DrawSurveyArea || m_pickingPlace || !m_scene) {
            QWidget::keyPressEvent(event);
            return;
        }
        m_surveyCorners.push_back(positionAt(keyboardCursor()));
        m_hoverPosition = keyboardCursor();
        update();
        break;
    case Qt::Key_Backspace:
        if (m_tool != Tool::DrawSurveyArea || m_surveyCorners.empty()) {
            QWidget::keyPressEvent(event);
            return;
        }
        m_surveyCorners.pop_back();
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

// Tools.

void MapView::setTool(Tool tool)
{
    const bool changed = tool != m_tool;
    m_tool = tool;
    if (changed)
        m_surveyCorners.clear();
    setMouseTracking(tool == Tool::DrawSurveyArea);
    if (tool == Tool::Browse)
        unsetCursor();
    else
        setCursor(Qt::CrossCursor);
    if (changed) {
        update();
        updateAccessibleText();
        emit toolChanged(tool);
    }
}

void MapView::setSelectedCamera(std::optional<CameraId> camera)
{
    if (camera == m_selectedCamera)
        return;
    m_selectedCamera = camera;
    update();
}

void MapView::finishSurveyArea()
{
    if (m_tool != Tool::DrawSurveyArea || m_surveyCorners.size() < 3)
        return;
    const std::vector<LatLon> corners = std::exchange(m_surveyCorners, {});
    setTool(Tool::Browse);
    emit surveyAreaDrawn(corners);
}

void MapView::beginPickPlace()
{
    m_pickingPlace = true;
    setCursor(Qt::CrossCursor);
    updateAccessibleText();
    update();                       // the keyboard cursor
    setFocus(Qt::OtherFocusReason); // so that Escape and Enter reach the map
}

void MapView::cancelPickPlace()
{
    if (!m_pickingPlace)
        return;
    m_pickingPlace = false;
    setTool(m_tool); // restores the tool's cursor
    updateAccessibleText();
    update();
    emit placePickCancelled();
}

} // namespace blindspot
