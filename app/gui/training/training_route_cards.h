#pragma once

#include "core/model/dataset.h"
#include "gui/training/presenter_slide.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace blindspot {

/// Route cards side by side on the trainer's screen, drawn as the projector draws them
/// (TrainingPainter), all the same size so their icon arrays compare. A click selects a card:
/// its route is the one the maps draw.
class TrainingRouteCards : public QWidget {
    Q_OBJECT
public:
    explicit TrainingRouteCards(std::shared_ptr<const Dataset> city, QWidget *parent = nullptr);

    void setRoutes(std::vector<SlideRoute> routes, const QString &language);
    const std::vector<SlideRoute> &routes() const { return m_routes; }
    void setCity(std::shared_ptr<const Dataset> city);

    std::size_t selected() const { return m_selected; }
    void setSelected(std::size_t index);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void selectedChanged(std::size_t index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF cardRect(std::size_t index) const;
    qreal unit() const;

    std::shared_ptr<const Dataset> m_city;
    std::vector<SlideRoute> m_routes;
    QString m_language = QStringLiteral("en");
    std::size_t m_selected = 0;
};

} // namespace blindspot
