#pragma once

#include <QtGlobal>

#include <cmath>
#include <initializer_list>

namespace Funnelscope {

/**
 * A small, fully specified pseudo-random generator (xoshiro256** seeded by SplitMix64).
 * The standard library's distributions differ between implementations, so the demo
 * shop draws only through these functions: the same seed gives the same shop on every
 * build.
 */
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        for (quint64 &word : mState) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(mState[1] * 5, 7) * 9;
        const quint64 t = mState[1] << 17;
        mState[2] ^= mState[0];
        mState[3] ^= mState[1];
        mState[1] ^= mState[2];
        mState[0] ^= mState[3];
        mState[2] ^= t;
        mState[3] = rotl(mState[3], 45);
        return result;
    }

    /** Uniform in [0, 1), from the top 53 bits. */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return uniform() < probability; }
    /** Uniform integer in [low, high]. */
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    /** Exponential with the given mean. */
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

    /** An index drawn with the given (not necessarily normalised) weights. */
    template<typename Container>
    int weighted(const Container &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double pick = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (pick < w)
                return index;
            pick -= w;
            ++index;
        }
        return index - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 mState[4];
};

} // namespace Funnelscope
