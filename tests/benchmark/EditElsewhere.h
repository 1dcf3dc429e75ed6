#pragma once

#include <QString>

// An edit made by another connection (as the command line's add-action makes one): an action
// item added to a held session, another pairing's each run, and taken out again. The file keeps
// its records; its change log grows by two rows an edit.
class EditElsewhere
{
public:
    explicit EditElsewhere(QString database) : m_database(std::move(database)) {}
    ~EditElsewhere() { undo(); }
    EditElsewhere(const EditElsewhere &) = delete;
    EditElsewhere &operator=(const EditElsewhere &) = delete;

    // An error, or "".
    QString add(int run);
    QString undo();

private:
    QString m_database;
    qint64 m_added = 0;
};
