#pragma once

#include "entities.h"

class QWidget;

namespace uw {

class GraphScene;

enum class GraphExportFormat { Png, Svg, Pdf, Dot };

/**
 * Asks for a file name and writes the graph there: PNG, SVG and PDF as drawn by
 * GraphScene::render(), DOT from the shown systems. Failures are shown to the user.
 */
void exportGraph(QWidget *parent, GraphScene *scene, const ProjectData &shown,
                 GraphExportFormat format);

} // namespace uw
