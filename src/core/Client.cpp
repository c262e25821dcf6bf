#include <parcours/core/Client.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString listName(const QString& lastName, const QString& firstName)
{
    if (firstName.isEmpty())
        return lastName;
    return lastName + u", "_s + firstName;
}

} // namespace

QString Client::displayName() const
{
    return listName(lastName, firstName);
}

QString Client::fullName() const
{
    return firstName.isEmpty() ? lastName : firstName + u' ' + lastName;
}

QString ClientSummary::displayName() const
{
    return listName(lastName, firstName);
}

} // namespace parcours
