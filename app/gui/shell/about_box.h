#pragma once

#include <QCoreApplication>

class QWidget;

namespace blindspot {

struct Dataset;

/// Help > About: the program, its licence and libraries, and the map shown with its sources.
class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    /// Shows the box over `parent`; `dataset` is the map shown, or nullptr.
    static void show(QWidget *parent, const Dataset *dataset);
};

} // namespace blindspot
