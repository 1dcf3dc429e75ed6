#pragma once

#include "exchange/DirectoryImport.h"

#include <QAbstractTableModel>

// The rows of an import preview as a table: the line, the verdict (OK, or every problem of the
// row) and the file's own columns as they were read. Can show only the rows with problems,
// which among 10,000 good ones is where the facilitator needs to look.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Verdict, FirstFileColumn };
    Q_ENUM(Column)
    enum Role { ProblemRole = Qt::UserRole + 1 }; // bool: the row has a problem

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(ImportPreview preview);
    const ImportPreview &preview() const { return m_preview; }
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    // The preview's row shown at a row of the model.
    int previewRow(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void collectRows();

    ImportPreview m_preview;
    bool m_problemsOnly = false;
    QList<int> m_badRows; // preview rows with problems, for the problems-only view
};
