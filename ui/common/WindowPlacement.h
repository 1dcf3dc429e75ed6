#pragma once

class QWidget;

// Keeps a top-level window where the user can reach it.
namespace WindowPlacement {
// When the window's frame meets no screen's available area (its geometry was saved on a
// monitor that is gone), moves it onto the primary screen, shrunk to fit if need be. Returns
// whether it moved the window.
bool keepOnScreen(QWidget *window);
} // namespace WindowPlacement
