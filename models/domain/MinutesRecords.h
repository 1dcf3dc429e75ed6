#pragma once

#include <QDate>
#include <QString>

#include <optional>

// What is said and decided in a session: typed entries (notes), attendance and action items.
// Unknown or absent facts are std::nullopt (NULL), never a made-up default.

// One entry of the minutes, written under an agenda block (or the session as a whole).
struct NoteRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 sessionId = 0;
    std::optional<qint64> agendaItemId;
    QString kind = QStringLiteral("discussion"); // discussion, decision, insight, good_practice, challenge
    QString body;                                // Markdown
    std::optional<qint64> cityId;                // the city it concerns, if any
    int position = 0;                            // order within its agenda block
    QString createdAt;
    QString updatedAt;

    bool operator==(const NoteRecord &o) const;
    bool operator!=(const NoteRecord &o) const { return !(*this == o); }
};

// Whether one person was at one session.
struct AttendanceRecord
{
    qint64 sessionId = 0;
    qint64 personId = 0;
    QString status = QStringLiteral("present"); // present, absent, excused

    bool operator==(const AttendanceRecord &o) const;
    bool operator!=(const AttendanceRecord &o) const { return !(*this == o); }
};

// Something someone agreed to do, tracked across sessions.
struct ActionItemRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 sessionId = 0;
    std::optional<qint64> noteId; // the entry it was created from
    QString description;
    std::optional<qint64> ownerPersonId;
    std::optional<qint64> cityId;
    QDate dueDate;                        // invalid: no due date
    QString status = QStringLiteral("open"); // open, in_progress, done, dropped
    QDate doneDate;                       // set when done
    QString createdAt;
    QString updatedAt;

    bool isOverdue(const QDate &today) const;
    bool operator==(const ActionItemRecord &o) const;
    bool operator!=(const ActionItemRecord &o) const { return !(*this == o); }
};
