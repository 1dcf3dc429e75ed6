#pragma once

#include "BenchTable.h"

#include <QString>

// What every group of measurements needs to know.
struct BenchContext
{
    QString database;  // a file made by `city2city-cli generate`; measured, never changed
    QString workDir;   // scratch space: exported PDFs, CSV files, databases of the import
    QString appPath;   // the city2city GUI executable
    QString sqlite3;   // the sqlite3 shell, or empty when it is missing
    int runs = 10;
    bool quick = false; // a tiny database and one run: proves that every measurement still works
};

// Each group adds its rows to the table; a measurement that cannot run records why.
namespace StartupBench {
void run(const BenchContext &context, BenchTable &table);
}
namespace WindowBench {
void run(const BenchContext &context, BenchTable &table);
}
namespace QueryBench {
void run(const BenchContext &context, BenchTable &table);
}
namespace DocumentBench {
void run(const BenchContext &context, BenchTable &table);
}
namespace ImportBench {
void run(const BenchContext &context, BenchTable &table);
}
