#pragma once

class QThreadPool;

// The threads that read and copy the database off the UI thread.
//
// Not Qt's global pool: Qt 6.4's raster engine splits large fills and image conversions across
// the global pool and waits for them on the UI thread. With the global pool's threads busy
// reading a large programme (a choice list, a row count, the dashboard's figures), a repaint
// waited for those reads to end: up to 900 ms at 10,000 pairings (BENCHMARKS.md).
namespace DatabaseThreads {

QThreadPool *pool();

// Called by a task run on the pool: its thread yields the cores to the window's thread when
// the two contend (on a 2-core laptop, two reads and the window do), so that a repaint or a
// page being built is not slowed by reads it does not wait for. Nothing on the window's thread.
void yieldToTheWindow();

} // namespace DatabaseThreads
