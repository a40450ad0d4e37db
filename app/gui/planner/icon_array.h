#pragma once

#include "core/exposure/exposure_model.h"

#include <QColor>
#include <QWidget>

#include <cstdint>

class QPainter;

namespace blindspot {

/// Ten person icons standing for ten trips, in two groups of five: filled for the trips in
/// which the traveller is identified (the central estimate), hatched for those the range leaves
/// open, outlined for the rest (RISK-COMMUNICATION.md, rule 3).
///
/// One hue; the states differ by fill pattern, so they read in greyscale and with any colour
/// vision. Every icon array has the same fixed size, so that arrays side by side compare.
class IconArray : public QWidget {
    Q_OBJECT
public:
    explicit IconArray(QWidget *parent = nullptr);

    /// Shows the central value and low-high range of `hazard` out of 10.
    void setHazard(const Hazard &hazard);
    /// Icons drawn filled: the central estimate out of 10.
    int filledCount() const { return m_central; }
    int rangeLow() const { return m_low; }
    int rangeHigh() const { return m_high; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    /// How one icon is drawn.
    enum class IconState : std::uint8_t {
        Identified,      ///< Identified in the central estimate and even at the low end.
        MaybeIdentified, ///< Identified in the central estimate, but not at the low end.
        MaybeNot,        ///< Not identified in the central estimate, but at the high end.
        NotIdentified,   ///< Not identified even at the high end.
    };
    static IconState stateOf(int icon, int low, int central, int high);

    /// Paints ten icons into `area` (for print and export too), keeping their proportions.
    static void paint(QPainter &painter, const QRectF &area, int low, int central, int high);
    /// Paints one icon of `state` into `box`.
    static void paintIcon(QPainter &painter, const QRectF &box, IconState state);
    /// The colour of identification, shared with the exposure chart.
    static QColor ink();

    /// Width over height of ten icons with the gap between the two groups.
    static constexpr double kAspect = 10.6 * 0.58;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Name and description for screen readers: the numbers the icons show.
    void updateAccessibleText();

    int m_low = 0;
    int m_central = 0;
    int m_high = 0;
};

} // namespace blindspot
