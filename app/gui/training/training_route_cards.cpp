#include "gui/training/training_route_cards.h"

#include "gui/training/training_painter.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

constexpr qreal kGap = 12.0;
constexpr qreal kUnit = 15.0;    // body text on the laptop
constexpr qreal kMinUnit = 11.0;
constexpr int kMaxCardWidth = 420;

} // namespace

TrainingRouteCards::TrainingRouteCards(std::shared_ptr<const Dataset> city, QWidget *parent)
    : QWidget(parent), m_city(std::move(city))
{
    setObjectName(QStringLiteral("trainingRouteCards"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TrainingRouteCards::setRoutes(std::vector<SlideRoute> routes, const QString &language)
{
    m_routes = std::move(routes);
    m_language = language;
    m_selected = std::min(m_selected, m_routes.empty() ? 0 : m_routes.size() - 1);
    setMinimumHeight(heightForWidth(std::max(width(), 400)));
    updateGeometry();
    update();
}

void TrainingRouteCards::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Text wraps with the width: keep every card whole.
    const int needed = heightForWidth(width());
    if (needed != minimumHeight())
        setMinimumHeight(needed);
}

void TrainingRouteCards::setCity(std::shared_ptr<const Dataset> city)
{
    m_city = std::move(city);
    update();
}

void TrainingRouteCards::setSelected(std::size_t index)
{
    if (index >= m_routes.size() || index == m_selected)
        return;
    m_selected = index;
    update();
    emit selectedChanged(index);
}

qreal TrainingRouteCards::unit() const
{
    if (m_routes.empty())
        return kUnit;
    const qreal each = (width() - kGap * qreal(m_routes.size() - 1)) / qreal(m_routes.size());
    return std::clamp(each / 22.0, kMinUnit, kUnit);
}

QRectF TrainingRouteCards::cardRect(std::size_t index) const
{
    const qreal n = qreal(std::max<std::size_t>(1, m_routes.size()));
    const qreal each = std::min<qreal>((width() - kGap * (n - 1)) / n, kMaxCardWidth);
    return QRectF(qreal(index) * (each + kGap), 0, each, height()).adjusted(1, 1, -1, -1);
}

int TrainingRouteCards::heightForWidth(int width) const
{
    const qreal n = qreal(std::max<std::size_t>(1, m_routes.size()));
    const qreal each = std::min<qreal>((width - kGap * (n - 1)) / n, kMaxCardWidth);
    const qreal u = std::clamp(each / 22.0, kMinUnit, kUnit);
    qreal tallest = 0.0;
    if (m_city)
        for (const SlideRoute &route : m_routes)
            tallest = std::max(
                tallest, TrainingPainter::routeCardHeight(each, u, route, *m_city, m_language));
    return int(std::ceil(tallest)) + 4;
}

QSize TrainingRouteCards::sizeHint() const
{
    const int w = width() > 100 ? width() : 800;
    return {w, heightForWidth(w)};
}

void TrainingRouteCards::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_city)
        return;
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        const QRectF box = cardRect(i);
        TrainingPainter::paintRouteCard(painter, box, m_routes[i], unit(), *m_city, m_language);
        if (i == m_selected && m_routes.size() > 1) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(TrainingPainter::ink(), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box, unit() * 0.5, unit() * 0.5);
        }
    }
}

void TrainingRouteCards::mousePressEvent(QMouseEvent *event)
{
    for (std::size_t i = 0; i < m_routes.size(); ++i)
        if (cardRect(i).contains(event->position())) {
            setSelected(i);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace blindspot
