// The columns' allocators: a block of 2 MB or more is a LargeBlock (2 MB aligned, in huge
// pages where the system has them). What a report reads from a column must be what was
// written, whichever side of 2 MB the vector grows or shrinks across.
#include "store/rawvector.h"

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
