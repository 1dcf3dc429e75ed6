#include "CurrencyDelegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>

QStringList CurrencyDelegate::currenciesOf(const QStringList &countryCodes)
{
    QStringList codes;
    for (const QString &country : countryCodes) {
        const QLocale::Territory territory = QLocale::codeToTerritory(country);
        if (territory == QLocale::AnyTerritory)
            continue;
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
        if (locales.isEmpty())
            continue;
        const QString code = locales.first().currencySymbol(QLocale::CurrencyIsoCode);
        if (code.size() == 3 && !codes.contains(code))
            codes << code;
    }
    return codes;
}

QWidget *CurrencyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *editor = new QComboBox(parent);
    editor->setEditable(true);
    editor->setInsertPolicy(QComboBox::NoInsert);
    editor->addItem(QString()); // no currency
    editor->addItems(m_codes);
    static const QRegularExpression code(QStringLiteral("[A-Za-z]{0,3}"));
    editor->lineEdit()->setValidator(new QRegularExpressionValidator(code, editor));
    return editor;
}

void CurrencyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setEditText(index.data(Qt::EditRole).toString());
    combo->lineEdit()->selectAll();
}

void CurrencyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    const QString code = static_cast<QComboBox *>(editor)->currentText().trimmed().toUpper();
    if (code != index.data(Qt::EditRole).toString())
        model->setData(index, code, Qt::EditRole);
}
