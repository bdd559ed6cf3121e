using System.Runtime.Intrinsics;
using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Tests.Propagation.Sgp4;

/// <summary>The shortcuts of the vector kernel against what they replace: sin/cos by angle addition against
/// <see cref="Math.SinCos"/>, and carried resonance dot terms against a restart from epoch.</summary>
public sealed class Sgp4VectorMathTests
{
    [Fact]
    public void SinCosOffsetMatchesMathSinCosForEveryOffsetSize()
    {
        Assert.SkipUnless(Vector256.IsHardwareAccelerated, "Vector256 is not hardware-accelerated here.");
        CheckSinCosOffset<Sgp4Vector256>();
        if (Vector512.IsHardwareAccelerated)
        {
            CheckSinCosOffset<Sgp4Vector512x2>();
        }
    }

    [Fact]
    public void CarriedResonanceStateGivesTheBitsOfARestart()
    {
        Assert.SkipUnless(Vector256.IsHardwareAccelerated, "Vector256 is not hardware-accelerated here.");
        CheckCarriedResonance<Sgp4Vector256>();
        if (Vector512.IsHardwareAccelerated)
        {
            CheckCarriedResonance<Sgp4Vector512x2>();
        }
    }

    private static void CheckSinCosOffset<TVector>()
        where TVector : struct, ISgp4Vector<TVector>
    {
        var random = new Random(20261208);
        double[] a = new double[TVector.Count];
        double[] d = new double[TVector.Count];
        double[] sin = new double[TVector.Count];
        double[] cos = new double[TVector.Count];

        // Offsets within the short series (0.01 rad), the unreduced polynomials (π/4), and beyond (reduced fallback).
        foreach (double largest in new[] { 1e-9, 1e-3, Sgp4VectorMath.TinyAngle, 0.3, Math.PI / 4.0, 2.0, 50.0 })
        {
            for (int round = 0; round < 200; round++)
            {
                for (int i = 0; i < a.Length; i++)
                {
                    a[i] = (random.NextDouble() - 0.5) * 200.0;
                    d[i] = (random.NextDouble() - 0.5) * 2.0 * largest;
                }

                TVector av = TVector.Create(a);
                TVector dv = TVector.Create(d);
                (TVector sinA, TVector cosA) = (TVector.Create(a.Select(Math.Sin).ToArray()), TVector.Create(a.Select(Math.Cos).ToArray()));
                (TVector s, TVector c) = Sgp4VectorMath.SinCosOffset(sinA, cosA, dv, av + dv);
                TVector.CopyTo(s, sin);
                TVector.CopyTo(c, cos);
                for (int i = 0; i < a.Length; i++)
                {
                    double x = a[i] + d[i];
                    Assert.True(Math.Abs(sin[i] - Math.Sin(x)) < 1e-14 && Math.Abs(cos[i] - Math.Cos(x)) < 1e-14,
                        $"{typeof(TVector).Name}: a = {a[i]:R}, d = {d[i]:R}: ({sin[i]:R}, {cos[i]:R}) vs ({Math.Sin(x):R}, {Math.Cos(x):R})");
                }
            }
        }
    }

    private static void CheckCarriedResonance<TVector>()
        where TVector : struct, ISgp4Vector<TVector>
    {
        Sgp4DeepSpaceBatch deep = new Sgp4Batch(Sgp4BatchPropagationTests.GeneratedOrbits()).DeepSpace;
        Assert.Contains(deep.irez, irez => irez == 1.0);
        Assert.Contains(deep.irez, irez => irez == 2.0);

        // Forward across epoch at 7 min (several calls per 720 min integrator step), then backwards (restarts).
        var times = new List<double>();
        for (double t = -1500.0; t <= 3000.0; t += 7.0)
        {
            times.Add(t);
        }

        for (double t = 3000.0; t >= -1500.0; t -= 337.0)
        {
            times.Add(t);
        }

        double[] carried = new double[7 * TVector.Count];
        double[] restarted = new double[carried.Length];
        for (int block = 0; block < deep.LaneCount; block += Sgp4Batch.LanePadding)
        {
            var state = new Sgp4ResonanceLanes();
            foreach (double t in times)
            {
                for (int sub = 0; sub < Sgp4Batch.LanePadding; sub += TVector.Count)
                {
                    Propagate<TVector>(deep, block + sub, t, state, sub, carried);
                    Propagate<TVector>(deep, block + sub, t, new Sgp4ResonanceLanes(), sub, restarted);
                    Assert.Equal(restarted.Select(BitConverter.DoubleToInt64Bits), carried.Select(BitConverter.DoubleToInt64Bits));
                }
            }
        }
    }

    // Error code, then position and velocity, lane-major in blocks of TVector.Count.
    private static void Propagate<TVector>(Sgp4DeepSpaceBatch deep, int lane, double t, Sgp4ResonanceLanes state, int stateIndex, double[] results)
        where TVector : struct, ISgp4Vector<TVector>
    {
        TVector error = Sgp4VectorKernel.PropagateDeep(deep, lane, TVector.Create(t), state, stateIndex,
            out TVector rx, out TVector ry, out TVector rz, out TVector vx, out TVector vy, out TVector vz);
        TVector[] values = [error, rx, ry, rz, vx, vy, vz];
        for (int i = 0; i < values.Length; i++)
        {
            TVector.CopyTo(values[i], results.AsSpan(i * TVector.Count, TVector.Count));
        }
    }
}
