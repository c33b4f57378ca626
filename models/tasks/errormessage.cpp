#include "errormessage.h"

#include "store/storeerror.h"
#include "tasks/messageerror.h"

#include <QCoreApplication>

namespace Funnelscope {

QString errorMessage(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const StoreError &failure) {
        return failure.message();
    } catch (const MessageError &failure) { // IngestError, ValidationError
        return failure.message();
    } catch (const std::exception &failure) {
        return QCoreApplication::translate("Funnelscope::Worker", "Internal error: %1").arg(QString::fromUtf8(failure.what()));
    } catch (...) {
        return QCoreApplication::translate("Funnelscope::Worker", "Internal error.");
    }
}

} // namespace Funnelscope
