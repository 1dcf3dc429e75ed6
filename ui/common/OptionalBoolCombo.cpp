#include "OptionalBoolCombo.h"

OptionalBoolCombo::OptionalBoolCombo(QWidget *parent) : QComboBox(parent)
{
    addItem(tr("Unknown"));
    addItem(tr("Yes"), true);
    addItem(tr("No"), false);
}

std::optional<bool> OptionalBoolCombo::value() const
{
    const QVariant data = currentData();
    return data.isValid() ? std::optional<bool>(data.toBool()) : std::nullopt;
}

void OptionalBoolCombo::setValue(const std::optional<bool> &value)
{
    setCurrentIndex(!value ? 0 : (*value ? 1 : 2));
}
