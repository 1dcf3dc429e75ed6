#pragma once

#include <QString>
#include <QStringList>

// The languages the app speaks. Its text is written in English; each translation is compiled
// from translations/city2city_<language>.ts into :/i18n/city2city_<language>.qm.
namespace Translations {

// The shipped languages as QLocale names, English first.
QStringList available();
// The language's name in that language ("Español"), as the Preferences list shows it.
QString nativeName(const QString &language);
// The language to show: the preference when it is a shipped language, else the first of the
// system's UI languages ("es-MX", "pt-BR", …) that is shipped, else English.
QString chosen(const QString &preference, const QStringList &uiLanguages);

// Installs on the running application the English plural forms ("1 session", "2 sessions") and,
// unless the language is English, the app's and Qt's own translations (standard dialogs and
// buttons); an explicit preference also sets QLocale's default, so dates and numbers follow it.
// preference is a QLocale name, empty to follow the system. Returns the language installed.
QString install(const QString &preference);
// The language install() installed; "en" before it runs.
QString current();
// Only the English plural forms: the command-line tool's output and the tests stay English.
void installEnglish();

} // namespace Translations
