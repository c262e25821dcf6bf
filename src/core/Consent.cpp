#include <parcours/core/Consent.h>

using namespace Qt::StringLiterals;

namespace parcours {

Result<void> ConsentRules::checkWithdrawal(QDate signedOn, QDate withdrawnOn, QDate on, QDate today)
{
    if (withdrawnOn.isValid()) {
        return makeError(ErrorCode::Refused,
            tr("This consent was already withdrawn on %1.").arg(withdrawnOn.toString(Qt::ISODate)));
    }
    if (!on.isValid() || on > today || on < signedOn) {
        return makeError(ErrorCode::InvalidInput,
            tr("The withdrawal is dated between the consent's signature and today."), u"withdrawn_on"_s);
    }
    return success();
}

} // namespace parcours
