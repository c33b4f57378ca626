// The columns' allocators: a block of 2 MB or more is a LargeBlock (2 MB aligned, in huge
// pages where the system has them). What a report reads from a column must be what was
// written, whichever side of 2 MB the vector grows or shrinks across.
#include "store/rawvector.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cstdint>

using namespace Funnelscope;

namespace {

bool isLargeBlockAligned(const void *data)
{
    return reinterpret_cast<std::uintptr_t>(data) % LargeBlock::alignment == 0;
}

template<typename Vector>
void growAndShrink(Vector &vector, quint32 seed)
{
    // Grown value by value from empty to 3 MB of values (every doubling a new block, the
    // later ones large), checked against the values' seed, then shrunk below 2 MB again.
    QRandomGenerator random(seed);
    const size_t count = (size_t(3) << 20) / sizeof(typename Vector::value_type);
    for (size_t i = 0; i < count; ++i)
        vector.push_back(typename Vector::value_type(random.generate64()));
    QVERIFY(isLargeBlockAligned(vector.data()));
    QRandomGenerator again(seed);
    for (size_t i = 0; i < count; ++i)
        QCOMPARE(vector[i], typename Vector::value_type(again.generate64()));
    vector.resize(1000);
    vector.shrink_to_fit();
    QRandomGenerator first(seed);
    for (size_t i = 0; i < vector.size(); ++i)
        QCOMPARE(vector[i], typename Vector::value_type(first.generate64()));
}

} // namespace

class tst_RawVector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnKeepsItsValuesAcrossTwoMegabytes()
    {
        RawVector<qint64> times;
        growAndShrink(times, 20261202);
        RawVector<char> codes;
        growAndShrink(codes, 7);
    }

    void reportVectorKeepsItsValuesAcrossTwoMegabytes()
    {
        LargeVector<double> revenue;
        growAndShrink(revenue, 42);
    }

    void reservedRoomIsUsable()
    {
        // A part reserves a unit per user of its range; what it writes of that is what it reads.
        LargeVector<qint64> units;
        units.reserve(size_t(5) << 20);
        QVERIFY(isLargeBlockAligned(units.data()));
        for (qint64 i = 0; i < 1000000; ++i)
            units.push_back(i * 3);
        QCOMPARE(units[999999], qint64(2999997));
        QCOMPARE(units.capacity(), size_t(5) << 20);
    }

    void partsJoinAsTheyWereWithoutBeingHeldTwice()
    {
        // A report's parts joined (appendReleasing): every value in order, converted, for
        // sizes around its 2 MB steps; and a 64 MB part joined holds its memory once: at
        // its last element the process has not grown by the part's size again.
        constexpr size_t chunk = (size_t(2) << 20) / sizeof(qint64);
        for (const size_t size : {size_t(0), size_t(1), chunk - 1, chunk, chunk + 1, 3 * chunk + 17}) {
            LargeVector<qint64> to{-1, -2};
            LargeVector<qint64> from;
            for (size_t i = 0; i < size; ++i)
                from.push_back(qint64(i) * 7);
            to.reserve(2 + size);
            appendReleasing(to, from, [](qint64 value) { return value + 1; });
            QVERIFY(from.empty());
            QCOMPARE(to.size(), size + 2);
            QCOMPARE(to[1], qint64(-2));
            for (size_t i = 0; i < size; ++i)
                QCOMPARE(to[i + 2], qint64(i) * 7 + 1);
        }
        const auto residentMb = [] {
            QFile statm(QStringLiteral("/proc/self/statm"));
            if (!statm.open(QIODevice::ReadOnly))
                return qint64(-1);
            return statm.readAll().split(' ').value(1).toLongLong() * 4096 / (1 << 20);
        };
        const size_t count = (size_t(64) << 20) / sizeof(qint64);
        LargeVector<qint64> from(count, 3);
        LargeVector<qint64> to;
        to.reserve(count);
        const qint64 before = residentMb();
        QVERIFY(before > 64);
        qint64 atTheEnd = -1;
        size_t seen = 0;
        appendReleasing(to, from, [&](qint64 value) {
            if (++seen == count)
                atTheEnd = residentMb();
            return value;
        });
        QCOMPARE(to.size(), count);
        QCOMPARE(to.back(), qint64(3));
        QVERIFY2(atTheEnd < before + 16, qPrintable(QStringLiteral("%1 MB before, %2 MB at the last element").arg(before).arg(atTheEnd)));
    }

    // A working array freed halfway through a merge or an import's sort gives its memory
    // back then, not when it goes out of scope (`array = {}` kept it: 46 MB at 100M events
    // in the segment's sort, a merge's runs and order, every segment's times).
    void freedStorageGoesBackAtOnce()
    {
        const auto residentMb = [] {
            QFile statm(QStringLiteral("/proc/self/statm"));
            if (!statm.open(QIODevice::ReadOnly))
                return qint64(-1);
            return statm.readAll().split(' ').value(1).toLongLong() * 4096 / (1 << 20);
        };
        RawVector<qint64> times((size_t(64) << 20) / sizeof(qint64));
        std::fill(times.begin(), times.end(), 7);
        const qint64 held = residentMb();
        QVERIFY(held > 64);
        freeStorage(times);
        QVERIFY(times.empty());
        QCOMPARE(times.capacity(), size_t(0));
#ifndef __SANITIZE_ADDRESS__ // AddressSanitizer holds freed blocks in its quarantine
        QVERIFY2(residentMb() < held - 48, qPrintable(QStringLiteral("%1 MB held, %2 MB after").arg(held).arg(residentMb())));
#endif
    }

    void rawResizeLeavesLargeColumnsWritable()
    {
        RawVector<qint32> column;
        column.resize(size_t(1) << 20); // 4 MB, not zeroed
        QVERIFY(isLargeBlockAligned(column.data()));
        for (size_t i = 0; i < column.size(); ++i)
            column[i] = qint32(i);
        QCOMPARE(column.back(), qint32((1 << 20) - 1));
        const RawVector<qint32> copy = column;
        QVERIFY(copy == column);
    }
};

QTEST_GUILESS_MAIN(tst_RawVector)
#include "tst_rawvector.moc"
