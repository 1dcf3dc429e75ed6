// libFuzzer target: the CSV reader, for any bytes, and the writer's promise that what it
// writes reads back as the same records.
#include "exchange/Csv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto table = Csv::parse(QByteArrayView(data, qsizetype(size)));
    if (!table)
        return 0;
    const Csv::Table &read = table.value();
    Csv::Writer writer;
    for (qsizetype r = 0; r < read.recordCount(); ++r) {
        if (read.line(r) < 1 || read.fieldCount(r) < 1)
            abort();
        writer.addRecord(read.texts(r));
    }
    const auto again = Csv::parse(writer.data());
    if (!again || again.value().recordCount() != read.recordCount())
        abort();
    for (qsizetype r = 0; r < read.recordCount(); ++r) {
        if (again.value().texts(r) != read.texts(r))
            abort();
    }
    return 0;
}
