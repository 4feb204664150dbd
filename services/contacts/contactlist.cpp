#include "services/contacts/contactlist.h"

namespace Leadline::Contacts {

bool isSortable(ContactColumn column)
{
    // The owner column shows a name from another table; sorting by it would need a join
    // that no index can serve on a million rows.
    return column != ContactColumn::Owner;
}

} // namespace Leadline::Contacts
