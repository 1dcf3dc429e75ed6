#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

// A reusable facilitation method (World Café, peer review, ...) from the library.
struct MethodRecord
{
    qint64 id = 0;
    QString name;
    QString description;
    int defaultDurationMinutes = 0;
    bool builtin = false;
};

// A session template: a default agenda for a kind of session. The templates that ship in
// resources/seed/library.json are builtin; facilitators add their own, e.g. from a session.
struct TemplateRecord
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind = QStringLiteral("sharing");
    QString description;
    bool builtin = false;
    QList<AgendaItemRecord> items; // ids are not kept: items are rewritten with the template
    QString createdAt;
    QString updatedAt;

    int totalMinutes() const;
    bool operator==(const TemplateRecord &o) const;
    bool operator!=(const TemplateRecord &o) const { return !(*this == o); }
};

// Reads the method library and reads and writes session templates. Writes run inside the
// caller's transaction.
class TemplateStore
{
public:
    TemplateStore(QSqlDatabase db, const Clock &clock);

    Result<QList<MethodRecord>> methods() const;
    Result<QList<TemplateRecord>> templates() const; // with their items
    // The template a new session of this kind starts from: a facilitator's own before the
    // builtin one, so that a saved improvement wins; an error when there is none.
    Result<TemplateRecord> forKind(const QString &kind) const;

    Result<TemplateRecord> fetch(qint64 id) const;
    Result<qint64> insert(TemplateRecord &record);
    Status update(TemplateRecord &record);
    Status remove(qint64 id);

    // A template's items as a fresh agenda for a session (new rows, no ids).
    static QList<AgendaItemRecord> agendaFrom(const TemplateRecord &record);
    // A session's agenda as a template's items.
    static TemplateRecord fromSession(const SessionRecord &session, const QString &name);

private:
    Result<QList<TemplateRecord>> select(const QString &where, const QVariantList &bindings) const;
    Status validate(const TemplateRecord &record) const;
    Status writeItems(const TemplateRecord &record);

    QSqlDatabase m_db;
    const Clock &m_clock;
};
