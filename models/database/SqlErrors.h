#pragma once

#include <QSqlError>
#include <QString>

// Turns a driver error into a sentence for the user; the raw text stays available for logs.
QString sqlErrorMessage(const QSqlError &error);
bool isConstraintViolation(const QSqlError &error);
