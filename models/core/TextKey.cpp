#include "TextKey.h"

namespace TextKey {

namespace {
// Letters that Unicode decomposition does not reduce to a base letter.
const char *foldSpecial(char16_t c)
{
    switch (c) {
    case 0x0131: return "i";  // dotless i (Turkish)
    case 0x00DF: return "ss"; // sharp s
    case 0x00F8: return "o";  // o with stroke
    case 0x0142: return "l";  // l with stroke
    case 0x0111: return "d";  // d with stroke
    case 0x00E6: return "ae";
    case 0x0153: return "oe";
    case 0x00FE: return "th";
    default: return nullptr;
    }
}

// Appends the key of a run of non-ASCII characters: compatibility decomposition, case folding,
// without the marks the decomposition split off.
void appendFoldedRun(QString &out, const QString &run)
{
    const QString decomposed = run.normalized(QString::NormalizationForm_KD).toCaseFolded();
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (const char *special = foldSpecial(c.unicode()))
            out += QLatin1String(special);
        else
            out += c;
    }
}
} // namespace

// ASCII letters are starters that never decompose, so the text folds run by run: ASCII by
// lowering it, the rest through the Unicode tables. The same key as folding all of it at once,
// at a fraction of the cost for names that are mostly ASCII (imports fold every name).
QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const char16_t *const chars = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        qsizetype end = i;
        if (chars[i] < 0x80) {
            while (end < size && chars[end] < 0x80)
                ++end;
            // Appended whole and lowered in place: per-character appends cost more than the
            // folding itself.
            const qsizetype from = out.size();
            out.append(text.constData() + i, end - i);
            char16_t *lowered = reinterpret_cast<char16_t *>(out.data()) + from;
            for (qsizetype k = 0; k < end - i; ++k) {
                if (lowered[k] >= u'A' && lowered[k] <= u'Z')
                    lowered[k] = char16_t(lowered[k] + (u'a' - u'A'));
            }
        } else {
            while (end < size && chars[end] >= 0x80)
                ++end;
            appendFoldedRun(out, text.sliced(i, end - i));
        }
        i = end;
    }
    return std::move(out).simplified(); // in place
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
