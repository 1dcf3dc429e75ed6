#include "IsoDate.h"

namespace IsoDate {

QDate parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    return date.toString(Qt::ISODate) == trimmed ? date : QDate();
}

} // namespace IsoDate
