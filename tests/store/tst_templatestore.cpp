// The shipped library (methods, one template per kind) and the facilitator's own templates.
#include "TestDatabase.h"
#include "domain/Vocabulary.h"
#include "store/TemplateStore.h"

#include <QTest>

class TestTemplateStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void libraryIsSeeded();
    void everyKindHasATemplateFillingItsSession();
    void ownTemplateWinsOverBuiltin();
    void namesAreUnique();
    void updateRewritesItems();
    void fromSessionDropsOwnersAndNotes();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestTemplateStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestTemplateStore::cleanup() { m_db.reset(); }

void TestTemplateStore::libraryIsSeeded()
{
    TemplateStore store(m_db->connection(), m_db->clock());
    const auto methods = store.methods();
    QVERIFY(methods.ok());
    QCOMPARE(methods->size(), 18);
    QStringList names;
    for (const MethodRecord &m : methods.value()) {
        names << m.name;
        QVERIFY(m.builtin);
        QVERIFY2(m.defaultDurationMinutes > 0 && !m.description.isEmpty(), qPrintable(m.name));
    }
    QVERIFY(names.contains(QStringLiteral("World Café")));
    QVERIFY(names.contains(QStringLiteral("Peer review of a challenge")));
    QVERIFY(names.contains(QStringLiteral("Pilot canvas")));
    QCOMPARE(store.templates()->size(), 5);
}

void TestTemplateStore::everyKindHasATemplateFillingItsSession()
{
    TemplateStore store(m_db->connection(), m_db->clock());
    for (const QString &kind : Vocabulary::cycleKinds()) {
        const auto t = store.forKind(kind);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->totalMinutes(), 90);
        QVERIFY(t->items.size() >= 4);
        for (const AgendaItemRecord &item : t->items)
            QVERIFY2(item.methodId && !item.methodName.isEmpty(), qPrintable(item.title));
    }
    QCOMPARE(store.forKind(QStringLiteral("knowledge_exchange"))->totalMinutes(), 240);
    const auto none = store.forKind(QStringLiteral("other"));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(QStringLiteral("no template")), qPrintable(none.error()));
}

void TestTemplateStore::ownTemplateWinsOverBuiltin()
{
    TemplateStore store(m_db->connection(), m_db->clock());
    TemplateRecord own = store.forKind(QStringLiteral("sharing")).value();
    own.id = 0;
    own.uuid.clear();
    own.builtin = false;
    own.name = QStringLiteral("Sharing, 60 minutes");
    own.items.removeLast();
    QVERIFY(store.insert(own).ok());
    const auto chosen = store.forKind(QStringLiteral("sharing"));
    QCOMPARE(chosen->name, QStringLiteral("Sharing, 60 minutes"));
    QCOMPARE(chosen->items.size(), own.items.size());
}

void TestTemplateStore::namesAreUnique()
{
    TemplateStore store(m_db->connection(), m_db->clock());
    TemplateRecord twin;
    twin.name = QStringLiteral("sharing");
    twin.kind = QStringLiteral("sharing");
    const auto refused = store.insert(twin);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("already a template")), qPrintable(refused.error()));
}

void TestTemplateStore::updateRewritesItems()
{
    TemplateStore store(m_db->connection(), m_db->clock());
    TemplateRecord t = store.forKind(QStringLiteral("learning")).value();
    t.items.first().durationMinutes = 15;
    t.items.removeAt(1);
    QVERIFY(store.update(t).ok());
    const TemplateRecord after = store.fetch(t.id).value();
    QCOMPARE(after.items.size(), t.items.size());
    QCOMPARE(after.items.first().durationMinutes, 15);
    QVERIFY(after == t);
}

void TestTemplateStore::fromSessionDropsOwnersAndNotes()
{
    SessionRecord session;
    session.kind = QStringLiteral("showcasing");
    AgendaItemRecord item;
    item.id = 77;
    item.title = QStringLiteral("Pilot presentations");
    item.durationMinutes = 45;
    item.ownerPersonId = 5;
    item.notes = QStringLiteral("Ask Lviv to go first");
    session.agenda = {item};
    const TemplateRecord t = TemplateStore::fromSession(session, QStringLiteral("Our showcase"));
    QCOMPARE(t.kind, QStringLiteral("showcasing"));
    QCOMPARE(t.items.size(), 1);
    QCOMPARE(t.items.first().id, qint64(0));
    QVERIFY(!t.items.first().ownerPersonId);
    QVERIFY(t.items.first().notes.isEmpty());
    QCOMPARE(TemplateStore::agendaFrom(t).first().durationMinutes, 45);
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
