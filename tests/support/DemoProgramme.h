#pragma once

#include "core/Result.h"

class Database;
class Editor;

// A programme under way, written through the editor on top of the seeded database: people,
// two pairings' cycles with the first sessions held and minuted, action items in every state,
// and pilots with plans and assessments across the held sessions. For screenshots and checks
// that need more than the shipped listing.
namespace DemoProgramme {
struct Ids
{
    qint64 pairing = 0;    // E-04, the pairing with the most history
    qint64 heldSession = 0; // its second, held session, with minutes
    qint64 pilot = 0;      // Lviv's pilot, assessed three times
};
Result<Ids> populate(Database &database, Editor &editor);
} // namespace DemoProgramme
