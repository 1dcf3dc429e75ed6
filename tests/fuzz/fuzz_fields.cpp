// libFuzzer target: the small parsers of typed and imported values — dates on the command line,
// yes/no flags, counts, column names and time zone ids of a CSV import.
#include "core/IsoDate.h"
#include "domain/TimeZones.h"
#include "exchange/DirectoryFormat.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QDate date = IsoDate::parse(text);
    if (date.isValid() && date.toString(Qt::ISODate) != text.trimmed())
        abort();

    if (const auto count = DirectoryFormat::parseCount(text); count && *count <= 0)
        abort();
    if (const auto flag = DirectoryFormat::parseFlag(text); flag && *flag
        && DirectoryFormat::parseFlag(DirectoryFormat::formatFlag(*flag)) != flag)
        abort(); // a flag read must write back to the same flag

    for (const DirectoryKind kind : {DirectoryKind::Cities, DirectoryKind::People}) {
        const QString column = DirectoryFormat::columnOf(kind, text);
        if (!column.isEmpty() && !DirectoryFormat::columns(kind).contains(column))
            abort();
    }

    if (TimeZones::isKnown(text)) {
        const QDateTime instant(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
        if (!TimeZones::toLocal(instant, text).isValid() || TimeZones::offsetLabel(instant, text).isEmpty())
            abort();
    }
    return 0;
}
