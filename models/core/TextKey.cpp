#include "TextKey.h"

namespace TextKey {

namespace {
// Letters that Unicode decomposition does not reduce to a base letter.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x0131: return QStringLiteral("i");  // dotless i (Turkish)
    case 0x00DF: return QStringLiteral("ss"); // sharp s
    case 0x00F8: return QStringLiteral("o");  // o with stroke
    case 0x0142: return QStringLiteral("l");  // l with stroke
    case 0x0111: return QStringLiteral("d");  // d with stroke
    case 0x00E6: return QStringLiteral("ae");
    case 0x0153: return QStringLiteral("oe");
    case 0x00FE: return QStringLiteral("th");
    default: return QString(c);
    }
}
} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += foldSpecial(c);
    }
    return out.simplified();
}

QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar c : fold(text)) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

} // namespace TextKey
