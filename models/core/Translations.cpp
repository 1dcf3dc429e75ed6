#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {

const QString Resources = QStringLiteral(":/i18n");
QString installed = QStringLiteral("en");

// Owned by the application, so that it outlives every window.
bool installFile(const QString &fileName, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

// Qt's own texts for a language; Debian ships Brazilian Portuguese as qtbase_pt_BR only.
void installQt(const QString &language)
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QLocale locale(language);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)
        || translator->load(QStringLiteral("qtbase_") + locale.name(), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
}

QString nativeName(const QString &language)
{
    // QLocale would say "American English" and "português" (the variants, lower case).
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("pt"))
        return QStringLiteral("Português");
    return language;
}

QString chosen(const QString &preference, const QStringList &uiLanguages)
{
    const QStringList shipped = available();
    if (shipped.contains(preference))
        return preference;
    for (const QString &ui : uiLanguages) {
        const QString language = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (shipped.contains(language))
            return language;
    }
    return shipped.constFirst();
}

QString current()
{
    return installed;
}

void installEnglish()
{
    installFile(QStringLiteral("city2city_en"), Resources);
}

QString install(const QString &preference)
{
    const QString language = chosen(preference, QLocale::system().uiLanguages());
    // Installed first, so a translation installed after it answers before it.
    installEnglish();
    if (available().contains(preference))
        QLocale::setDefault(QLocale(preference));
    if (language != QLatin1String("en")) {
        installQt(language);
        installFile(QStringLiteral("city2city_") + language, Resources);
    }
    installed = language;
    return language;
}

} // namespace Translations
