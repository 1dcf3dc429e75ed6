// libFuzzer target: reading an iCalendar file through libical, and that every event it
// accepts is complete enough to be written again.
#include "exchange/IcsCalendar.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto events = IcsCalendar::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!events)
        return 0;
    for (const CalendarEvent &event : events.value()) {
        if (!event.startUtc.isValid() || event.startUtc.timeSpec() != Qt::UTC)
            abort();
    }
    (void)IcsCalendar::write(events.value(), QStringLiteral("fuzz"));
    return 0;
}
