// Linked into every test executable as an object file (a static library would drop it): the
// tests read English text with its plural forms, as the command-line tool does.
#include "core/Translations.h"

#include <QCoreApplication>

namespace {
void installEnglishPlurals()
{
    Translations::installEnglish();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
