#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One measured operation: its samples and the target it is held to.
struct Measurement
{
    QString operation;
    QList<double> samples;         // milliseconds, or megabytes when unit is "MB"
    std::optional<double> target;  // upper bound in the same unit; none when the issue sets none
    QString unit = QStringLiteral("ms");
    std::optional<double> sqlite3; // the same SQL through the sqlite3 shell, median ms
    QString error;                 // the operation failed: why

    double median() const;
    double p95() const;
    bool meetsTarget() const;
};

// The benchmark's result table, printed as Markdown so that BENCHMARKS.md can quote it as is.
class BenchTable
{
public:
    void add(Measurement measurement);
    // Runs f `runs` times and records each run's wall time; f returns an error or "".
    Measurement &time(const QString &operation, int runs, std::optional<double> targetMs,
                      const std::function<QString()> &f);
    Measurement *find(const QString &operation);

    QString markdown() const;
    int failures() const;     // operations that failed outright
    int missedTargets() const;

private:
    QList<Measurement> m_rows;
};
