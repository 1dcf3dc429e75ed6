#pragma once

#include <QComboBox>

#include <optional>

// Unknown / Yes / No, for facts the programme may not know yet.
class OptionalBoolCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit OptionalBoolCombo(QWidget *parent = nullptr);
    std::optional<bool> value() const;
    void setValue(const std::optional<bool> &value);
};
