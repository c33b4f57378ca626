#pragma once

#include <QSettings>
#include <QVariant>

namespace Funnelscope {

/**
 * A settings key declared once, with its type and default, next to the code that uses
 * it (after Tiled's SessionOption). All keys share the application's one QSettings.
 *
 *     static const SettingsKey<QByteArray> geometry("window/geometry", {});
 *     restoreGeometry(geometry.value());
 */
template<typename T>
class SettingsKey
{
public:
    SettingsKey(const char *key, T defaultValue)
        : mKey(QString::fromLatin1(key))
        , mDefault(std::move(defaultValue))
    {
    }

    QString key() const { return mKey; }
    T defaultValue() const { return mDefault; }

    T value() const
    {
        const QVariant stored = QSettings().value(mKey);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : mDefault;
    }

    void setValue(const T &value) const { QSettings().setValue(mKey, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(mKey); }

private:
    QString mKey;
    T mDefault;
};

} // namespace Funnelscope
