#include "EditorFixture.h"
#include "common/ChoiceLoader.h"
#include "core/TextKey.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

// A filter's long list of choices, read on a worker: the choice made survives a reload, a choice
// made before the list arrives is made when it does, and a choice deleted falls back to "none".
class tst_ChoiceLoader : public QObject
{
    Q_OBJECT

private slots:
    void readsOnAWorkerAndKeepsTheChoice();
    void choiceMadeBeforeTheListArrives();
};

namespace {

QStringList labels(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data().toString();
    return list;
}

Result<qint64> addPerson(EditorFixture &f, const QString &name)
{
    PersonRecord person;
    person.name = name;
    person.role = QStringLiteral("expert");
    return f.editor().addPerson(person);
}

} // namespace

void tst_ChoiceLoader::readsOnAWorkerAndKeepsTheChoice()
{
    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto zoe = addPerson(f, QStringLiteral("Zoë Çelik"));
    QVERIFY(zoe);
    QComboBox combo;
    ChoiceListModel model;
    combo.setModel(&model);
    ChoiceLoader loader(f.db.path(), ChoiceListModel::Kind::People, QStringLiteral("Anyone"), &combo, &model, nullptr);
    QSignalSpy changed(&loader, &ChoiceLoader::choiceChanged);
    QSignalSpy comboChanged(&combo, &QComboBox::currentIndexChanged);
    QCOMPARE(labels(model), QStringList{QStringLiteral("Anyone")});
    QVERIFY(!loader.isLoaded());

    loader.reload();
    QTRY_VERIFY(loader.isLoaded());
    QCOMPARE(model.rowCount(), 1 + f.db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt());
    QStringList folded;
    for (const QString &label : labels(model).mid(1))
        folded << TextKey::fold(label);
    QVERIFY(std::is_sorted(folded.cbegin(), folded.cend())); // Zoë among the Z's, not after them
    QCOMPARE(loader.chosenId(), 0);

    loader.select(zoe.value());
    QCOMPARE(loader.chosenId(), zoe.value());
    QCOMPARE(combo.currentText(), QStringLiteral("Zoë Çelik"));
    QCOMPARE(comboChanged.count(), 1); // a choice made once the list is there is the combo's own

    // A reload with a new person keeps the choice, quietly.
    QVERIFY(addPerson(f, QStringLiteral("Ana Ávila")));
    loader.reload();
    QTRY_VERIFY(labels(model).contains(QStringLiteral("Ana Ávila")));
    QCOMPARE(loader.chosenId(), zoe.value());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(comboChanged.count(), 1);

    // The person chosen is deleted: the choice falls back to "Anyone" and says so.
    QVERIFY(f.editor().deletePerson(zoe.value()));
    loader.reload();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(loader.chosenId(), 0);
    QCOMPARE(combo.currentIndex(), 0);
    QVERIFY(!labels(model).contains(QStringLiteral("Zoë Çelik")));
}

void tst_ChoiceLoader::choiceMadeBeforeTheListArrives()
{
    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 e04 = f.db.scalar(QStringLiteral("SELECT id FROM pairing WHERE code = 'E-04'")).toLongLong();
    QVERIFY(e04 > 0);
    QComboBox combo;
    ChoiceListModel model;
    combo.setModel(&model);
    ChoiceLoader loader(f.db.path(), ChoiceListModel::Kind::Pairings, QStringLiteral("All pairings"), &combo, &model,
                        nullptr);
    QSignalSpy changed(&loader, &ChoiceLoader::choiceChanged);
    loader.select(e04); // a pairing opened from elsewhere as the area first shows
    QCOMPARE(loader.chosenId(), e04);
    loader.reload();
    QTRY_VERIFY(loader.isLoaded());
    QCOMPARE(loader.chosenId(), e04);
    QVERIFY(combo.currentText().startsWith(QStringLiteral("E-04 ")));
    QCOMPARE(changed.count(), 0); // the filter already used it

    // A pairing that is gone by the time the list arrives is no choice at all.
    ChoiceLoader late(f.db.path(), ChoiceListModel::Kind::Pairings, QStringLiteral("All pairings"), &combo, &model,
                      nullptr);
    QSignalSpy lateChanged(&late, &ChoiceLoader::choiceChanged);
    late.select(999999);
    late.reload();
    QTRY_COMPARE(lateChanged.count(), 1);
    QCOMPARE(late.chosenId(), 0);
}

QTEST_MAIN(tst_ChoiceLoader)
#include "tst_choiceloader.moc"
