#pragma once

#include "database/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

// What every city2city-cli subcommand shares: common options, parsing with help and errors,
// and opening the database.
namespace CommandSupport {
QCommandLineOption databaseOption();
QCommandLineOption jsonOption();
// Parses a subcommand's options; prints help or the error and sets *exit when it should stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
           QTextStream &out, QTextStream &err, int *exit);
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, QTextStream &err);
QString padded(const QString &text, int width);
} // namespace CommandSupport
