#include "BenchTable.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace {

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: with few runs the p95 is the slowest run, never an interpolated value.
    const auto rank = qsizetype(std::ceil(q * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString number(double value, const QString &unit)
{
    if (unit == QLatin1String("MB"))
        return QStringLiteral("%1 MB").arg(value, 0, 'f', 0);
    if (value >= 1000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

} // namespace

double Measurement::median() const
{
    return quantile(samples, 0.5);
}

double Measurement::p95() const
{
    return quantile(samples, 0.95);
}

bool Measurement::meetsTarget() const
{
    return error.isEmpty() && (!target || p95() <= *target);
}

void BenchTable::add(Measurement measurement)
{
    m_rows << std::move(measurement);
}

Measurement &BenchTable::time(const QString &operation, int runs, std::optional<double> targetMs,
                              const std::function<QString()> &f)
{
    Measurement m;
    m.operation = operation;
    m.target = targetMs;
    for (int i = 0; i < runs && m.error.isEmpty(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString error = f();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!error.isEmpty())
            m.error = error;
        else
            m.samples << ms;
    }
    m_rows << m;
    return m_rows.last();
}

Measurement *BenchTable::find(const QString &operation)
{
    for (Measurement &m : m_rows) {
        if (m.operation == operation)
            return &m;
    }
    return nullptr;
}

QString BenchTable::markdown() const
{
    QString out = QStringLiteral("| Operation | Runs | Median | p95 | Target | sqlite3 shell | App / sqlite3 | Verdict |\n"
                                 "|---|--:|--:|--:|--:|--:|--:|---|\n");
    for (const Measurement &m : m_rows) {
        const bool measured = !m.samples.isEmpty();
        QString verdict;
        if (!m.error.isEmpty())
            verdict = QStringLiteral("failed: ") + m.error;
        else if (!m.target)
            verdict = QStringLiteral("—");
        else
            verdict = m.meetsTarget() ? QStringLiteral("met") : QStringLiteral("**missed**");
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(m.operation)
                   .arg(m.samples.size())
                   .arg(measured ? number(m.median(), m.unit) : QStringLiteral("—"),
                        measured ? number(m.p95(), m.unit) : QStringLiteral("—"),
                        m.target ? QStringLiteral("< ") + number(*m.target, m.unit) : QStringLiteral("—"),
                        m.sqlite3 ? number(*m.sqlite3, QStringLiteral("ms")) : QStringLiteral("—"),
                        m.sqlite3 && *m.sqlite3 > 0 && measured
                            ? QStringLiteral("%1×").arg(m.median() / *m.sqlite3, 0, 'f', 1)
                            : QStringLiteral("—"),
                        verdict);
    }
    return out;
}

int BenchTable::failures() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Measurement &m) { return !m.error.isEmpty(); }));
}

int BenchTable::missedTargets() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Measurement &m) { return m.error.isEmpty() && !m.meetsTarget(); }));
}
