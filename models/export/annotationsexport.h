#pragma once

#include "store/annotations.h"

#include <QByteArray>
#include <QJsonArray>

namespace Funnelscope {

/** Annotations as the JSON outputs carry them: id, from and to (days in @p zone), text, category, colour. */
namespace AnnotationsExport {

QJsonArray toJson(const QList<Annotation> &annotations, const QByteArray &zone);

} // namespace AnnotationsExport

} // namespace Funnelscope
