#include "gui/planner/walking_steps_html.h"

#include "common/walking_directions.h"

namespace blindspot {

QString walkingStepsHtml(const Route &route, std::size_t legIndex, const RouteText &text)
{
    const std::vector<WalkingDirections::Line> lines =
        WalkingDirections(text).linesOf(route, legIndex);
    if (lines.empty())
        return {};
    QString items;
    for (const WalkingDirections::Line &line : lines) {
        items += QStringLiteral("<li>") + line.text.toHtmlEscaped();
        if (!line.cameras.isEmpty())
            items += QStringLiteral(" <span style=\"color:#4d4d4d\">(%1)</span>")
                         .arg(line.cameras.toHtmlEscaped());
        items += QStringLiteral("</li>");
    }
    return QStringLiteral("<ol style=\"margin-top:2px; margin-bottom:2px\">%1</ol>").arg(items);
}

} // namespace blindspot
