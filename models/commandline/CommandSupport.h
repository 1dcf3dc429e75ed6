#pragma once

#include "core/Result.h"
#include "database/Database.h"
#include "domain/Records.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

// What every city2city-cli subcommand shares: common options, parsing with help and errors,
// and opening the database.
namespace CommandSupport {
QCommandLineOption databaseOption();
QCommandLineOption jsonOption();
// Parses a subcommand's options; prints help or the error and sets *exit when it should stop.
// positional names the arguments that are not options (e.g. FILE), each required, in order.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
           QTextStream &out, QTextStream &err, int *exit, const QStringList &positional = {});
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, QTextStream &err);
// How many backups to keep: the window's setting (Backups::KeepSettingKey), shared with it.
int keepBackups();
QString padded(const QString &text, int width);
// A session by its id, or as CODE#N (the pairing's code and the session's number, e.g. E-04#2).
Result<SessionRecord> sessionOf(const Database &database, const QString &text);
} // namespace CommandSupport
