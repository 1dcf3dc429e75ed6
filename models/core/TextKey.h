#pragma once

#include <QString>

// Folds text for accent- and case-insensitive matching: "València" and "VALENCIA" both give
// "valencia", "Çorlu" gives "corlu". Stored beside names as search keys and applied to what the
// user types, so the same rule holds in SQL filters and in proxy models.
namespace TextKey {
QString fold(const QString &text);
// A LIKE pattern (with ESCAPE '\') that matches rows whose folded key contains the folded text.
QString containsPattern(const QString &text);
} // namespace TextKey
