#pragma once

class ChangeNotifier;
class Clock;
class Database;
class Editor;

// What every page needs from the open database: read access, the edit facade and the clock.
// Owned by MainWindow; rebuilt when another database is opened.
struct AppContext
{
    Database &database;
    Editor &editor;
    ChangeNotifier &notifier;
    const Clock &clock;
};
