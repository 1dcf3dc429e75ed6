#pragma once

#include <QStringList>
#include <QTextStream>

class CommandLine;

// city2city-cli commands that draw: report (the progress report PDF) and chart (a pilot's
// chart as PNG or PDF). They need a QApplication (Qt Charts); app/cli creates one, on the
// offscreen platform, for these commands only.
namespace ReportCommands {
void registerAll(CommandLine &commandLine);
int report(const QStringList &arguments, QTextStream &out, QTextStream &err);
int chart(const QStringList &arguments, QTextStream &out, QTextStream &err);
} // namespace ReportCommands
