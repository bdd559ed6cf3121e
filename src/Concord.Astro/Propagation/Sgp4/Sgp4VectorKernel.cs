using System.Runtime.CompilerServices;

namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable IDE1006 // Local names are the reference's (house style R19).

/// <summary>Near-earth SGP4 for <c>TVector.Count</c> satellites at once: the vector twin of
/// <see cref="Sgp4Kernel"/>'s near-earth branch (Vallado et al. 2006, <c>sgp4</c>), which stays its test oracle.</summary>
/// <remarks>
/// <para>Same symbols and evaluation order as the scalar kernel, with these numerical differences, each well below
/// the 1 cm the tests hold it to: sine and cosine come from <see cref="Sgp4VectorMath.SinCos"/>; <c>fmod(x, 2π)</c> is
/// <c>x − trunc(x/2π)·2π</c>; <c>pow(am, 1.5)</c> is <c>am·√am</c>; <c>pow(xke/nm, 2/3)</c> is precomputed, refined by
/// Newton steps for resonant deep-space lanes. The argument of latitude is not formed with atan2
/// (there is no vector atan2): sin/cos(su) are the normalised (sinu, cosu), rotated by the short-period
/// correction with the angle-difference identities.</para>
/// <para>Branches become masks: the Kepler iteration runs until every lane has converged (|Δ| &lt; 1e-12) or made
/// 10 iterations, freezing finished lanes; error conditions become a per-lane code (1, 4, 6, in the reference's
/// order of checks). No allocations, no interface calls at run time (the JIT specialises per vector struct).</para>
/// <para>Fewer reduced sin/cos than the reference: where an angle is a known angle plus a small correction, its
/// sin/cos come from the angle-addition identities with a short series for the correction
/// (<see cref="Sgp4VectorMath.SinCosOffset"/>): sin(mm) from (sin, cos)(xmdf), sin/cos(xinc) from those of the mean
/// inclination, sin/cos(dsu), and each Kepler step after the first rotates (sin E, cos E) by the Newton correction.
/// Divisions by the same quantity share one reciprocal. Each saves work on the critical path; none moves a state
/// by more than ~1e-12 of its radius (the Kepler tolerance).</para>
/// </remarks>
internal static partial class Sgp4VectorKernel
{
    private const double TwoPi = 2.0 * Math.PI;

    /// <summary>Propagates lanes <paramref name="lane"/> .. <paramref name="lane"/> + Count − 1 of
    /// <paramref name="b"/> to <paramref name="t"/> minutes since their own epochs.</summary>
    /// <returns>Per-lane error code (0, 1, 4 or 6) as doubles; km and km/s in the outputs.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static TVector Propagate<TVector>(Sgp4Batch b, int lane, TVector t,
        out TVector rx, out TVector ry, out TVector rz, out TVector vx, out TVector vy, out TVector vz)
        where TVector : struct, ISgp4Vector<TVector>
    {
        TVector one = TVector.Create(1.0);
        TVector twoPi = TVector.Create(TwoPi);
        TVector inverseTwoPi = TVector.Create(1.0 / TwoPi);

        // ------- update for secular gravity and atmospheric drag -----
        TVector xmdf = TVector.Load(b.mo, lane) + (TVector.Load(b.mdot, lane) * t);
        TVector argpdf = TVector.Load(b.argpo, lane) + (TVector.Load(b.argpdot, lane) * t);
        TVector nodedf = TVector.Load(b.nodeo, lane) + (TVector.Load(b.nodedot, lane) * t);
        TVector t2 = t * t;
        TVector nodem = nodedf + (TVector.Load(b.nodecf, lane) * t2);
        TVector tempa = one - (TVector.Load(b.cc1, lane) * t);
        TVector tempe = TVector.Load(b.bcc4, lane) * t;
        TVector templ = TVector.Load(b.t2cof, lane) * t2;

        // isimp lanes have zero higher-order coefficients: this block then leaves them unchanged (see Sgp4Batch).
        TVector delomg = TVector.Load(b.omgcof, lane) * t;
        (TVector sinxmdf, TVector cosxmdf) = Sgp4VectorMath.SinCos(xmdf);
        TVector delmtemp = one + (TVector.Load(b.eta, lane) * cosxmdf);
        TVector delm = TVector.Load(b.xmcof, lane) * ((delmtemp * delmtemp * delmtemp) - TVector.Load(b.delmo, lane));
        TVector temp0 = delomg + delm;
        TVector mm = xmdf + temp0;
        TVector argpm = argpdf - temp0;
        TVector t3 = t2 * t;
        TVector t4 = t3 * t;
        tempa = tempa - (TVector.Load(b.d2, lane) * t2) - (TVector.Load(b.d3, lane) * t3) - (TVector.Load(b.d4, lane) * t4);
        // sin(mm) with mm = xmdf + temp0 (drag terms, zero for isimp lanes): rotate (sin xmdf, cos xmdf) by temp0.
        (TVector sinmm, _) = Sgp4VectorMath.SinCosOffset(sinxmdf, cosxmdf, temp0, mm);
        tempe += TVector.Load(b.bcc5, lane) * (sinmm - TVector.Load(b.sinmao, lane));
        templ = templ + (TVector.Load(b.t3cof, lane) * t3) + (t4 * (TVector.Load(b.t4cof, lane) + (t * TVector.Load(b.t5cof, lane))));

        TVector no_unkozai = TVector.Load(b.no_unkozai, lane);
        TVector xke = TVector.Load(b.xke, lane);
        TVector am = TVector.Load(b.aopow, lane) * tempa * tempa;
        TVector nm = xke / (am * TVector.Sqrt(am));
        TVector em = TVector.Load(b.ecco, lane) - tempe;

        // fix tolerance for error recognition
        TVector error1 = TVector.Or(TVector.GreaterThanOrEqual(em, one), TVector.LessThan(em, TVector.Create(-0.001)));

        // sgp4fix fix tolerance to avoid a divide by zero
        TVector emMin = TVector.Create(1.0e-6);
        em = TVector.Select(TVector.LessThan(em, emMin), emMin, em);
        mm += no_unkozai * templ;
        TVector xlm = mm + argpm + nodem;
        nodem = Fmod(nodem, twoPi, inverseTwoPi);
        argpm = Fmod(argpm, twoPi, inverseTwoPi);
        xlm = Fmod(xlm, twoPi, inverseTwoPi);
        mm = Fmod(xlm - argpm - nodem, twoPi, inverseTwoPi);

        TVector ep = em;
        TVector xincp = TVector.Load(b.inclo, lane);
        TVector argpp = argpm;
        TVector nodep = nodem;
        TVector mp = mm;
        TVector sinip = TVector.Load(b.sinio, lane);
        TVector cosip = TVector.Load(b.cosio, lane);

        TVector error = Tail(am, nm, ep, xincp, argpp, nodep, mp, sinip, cosip,
            TVector.Load(b.aycof, lane), TVector.Load(b.xlcof, lane), TVector.Load(b.con41, lane), TVector.Load(b.x1mth2, lane),
            TVector.Load(b.x7thm1, lane), xke, TVector.Load(b.j2, lane), TVector.Load(b.radiusearthkm, lane), TVector.Load(b.vkmpersec, lane),
            out rx, out ry, out rz, out vx, out vy, out vz);

        // First failing check wins, as in the reference's order: 1, then 4, then 6.
        return TVector.Select(error1, TVector.Create(1.0), error);
    }

    /// <summary>The part of <c>sgp4</c> after the lunar-solar periodics, common to near-earth and deep-space lanes:
    /// long-period periodics, Kepler's equation, short-period periodics, orientation and output.</summary>
    /// <returns>Per-lane error code 4, 6 or 0.</returns>
    /// <remarks>Not inlined: inlined into the deep-space kernel it made that method large enough for the JIT to stop
    /// optimising it (measured 2.5 → 9 M propagations/s).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static TVector Tail<TVector>(TVector am, TVector nm, TVector ep, TVector xincp, TVector argpp, TVector nodep, TVector mp,
        TVector sinip, TVector cosip, TVector aycof, TVector xlcof, TVector con41, TVector x1mth2, TVector x7thm1,
        TVector xke, TVector j2, TVector radiusearthkm, TVector vkmpersec,
        out TVector rx, out TVector ry, out TVector rz, out TVector vx, out TVector vy, out TVector vz)
        where TVector : struct, ISgp4Vector<TVector>
    {
        TVector one = TVector.Create(1.0);
        TVector twoPi = TVector.Create(TwoPi);
        TVector inverseTwoPi = TVector.Create(1.0 / TwoPi);
        (TVector sinargpp, TVector cosargpp) = Sgp4VectorMath.SinCos(argpp);
        TVector axnl = ep * cosargpp;
        TVector temp = one / (am * (one - (ep * ep)));
        TVector aynl = (ep * sinargpp) + (temp * aycof);
        TVector xl = mp + argpp + nodep + (temp * xlcof * axnl);

        // --------------------- solve kepler's equation ---------------
        TVector u = Fmod(xl - nodep, twoPi, inverseTwoPi);
        SolveKepler(u, axnl, aynl, out TVector sineo1, out TVector coseo1);

        // ------------- short period preliminary quantities -----------
        TVector zero = TVector.Create(0.0);
        TVector ecose = (axnl * coseo1) + (aynl * sineo1);
        TVector esine = (axnl * sineo1) - (aynl * coseo1);
        TVector el2 = (axnl * axnl) + (aynl * aynl);
        TVector pl = am * (one - el2);
        TVector error4 = TVector.LessThan(pl, zero);
        TVector rl = am * (one - ecose);
        TVector inverseRl = one / rl;
        TVector rdotl = TVector.Sqrt(am) * esine * inverseRl;
        TVector rvdotl = TVector.Sqrt(pl) * inverseRl;
        TVector betal = TVector.Sqrt(one - el2);
        temp = esine / (one + betal);
        TVector amOverRl = am * inverseRl;
        TVector sinu = amOverRl * (sineo1 - aynl - (axnl * temp));
        TVector cosu = amOverRl * (coseo1 - axnl + (aynl * temp));
        TVector sin2u = (cosu + cosu) * sinu;
        TVector cos2u = one - (TVector.Create(2.0) * sinu * sinu);
        temp = one / pl;
        TVector temp1 = TVector.Create(0.5) * j2 * temp;
        TVector temp2 = temp1 * temp;

        // -------------- update for short period periodics ------------
        TVector onePointFive = TVector.Create(1.5);
        TVector mrt = (rl * (one - (onePointFive * temp2 * betal * con41))) + (TVector.Create(0.5) * temp1 * x1mth2 * cos2u);
        TVector error6 = TVector.LessThan(mrt, one);
        TVector dsu = TVector.Create(0.25) * temp2 * x7thm1 * sin2u;
        TVector xnode = nodep + (onePointFive * temp2 * cosip * sin2u);
        TVector dinc = onePointFive * temp2 * cosip * sinip * cos2u;
        TVector xinc = xincp + dinc;
        TVector nmTemp1OverXke = nm * temp1 / xke;
        TVector mvt = rdotl - (nmTemp1OverXke * x1mth2 * sin2u);
        TVector rvdot = rvdotl + (nmTemp1OverXke * ((x1mth2 * cos2u) + (onePointFive * con41)));

        // su = atan2(sinu, cosu) − dsu, without atan2: rotate the unit vector (sinu, cosu) by −dsu.
        TVector inverseNorm = one / TVector.Sqrt((sinu * sinu) + (cosu * cosu));
        TVector sinsu0 = sinu * inverseNorm;
        TVector cossu0 = cosu * inverseNorm;
        (TVector sindsu, TVector cosdsu) = Sgp4VectorMath.SinCosOffset(zero, one, dsu, dsu);
        TVector sinsu = (sinsu0 * cosdsu) - (cossu0 * sindsu);
        TVector cossu = (cossu0 * cosdsu) + (sinsu0 * sindsu);

        // --------------------- orientation vectors -------------------
        (TVector snod, TVector cnod) = Sgp4VectorMath.SinCos(xnode);
        (TVector sini, TVector cosi) = Sgp4VectorMath.SinCosOffset(sinip, cosip, dinc, xinc);
        TVector xmx = zero - (snod * cosi);
        TVector xmy = cnod * cosi;
        TVector ux = (xmx * sinsu) + (cnod * cossu);
        TVector uy = (xmy * sinsu) + (snod * cossu);
        TVector uz = sini * sinsu;
        TVector vx0 = (xmx * cossu) - (cnod * sinsu);
        TVector vy0 = (xmy * cossu) - (snod * sinsu);
        TVector vz0 = sini * cossu;

        // --------- position and velocity (in km and km/sec) ----------
        rx = mrt * ux * radiusearthkm;
        ry = mrt * uy * radiusearthkm;
        rz = mrt * uz * radiusearthkm;
        vx = ((mvt * ux) + (rvdot * vx0)) * vkmpersec;
        vy = ((mvt * uy) + (rvdot * vy0)) * vkmpersec;
        vz = ((mvt * uz) + (rvdot * vz0)) * vkmpersec;

        return TVector.Select(error4, TVector.Create(4.0), TVector.Select(error6, TVector.Create(6.0), zero));
    }

    /// <summary>Kepler's equation as the reference solves it (Newton steps clamped to ±0.95, until |Δ| &lt; 1e-12 or
    /// 10 steps), lanes frozen as they converge.</summary>
    /// <returns>sin and cos of the eccentric anomaly plus argument of perigee (the reference's <c>sineo1, coseo1</c>:
    /// of the estimate before the last correction).</returns>
    /// <remarks>A method of its own so that <see cref="Tail"/> stays within the JIT's inlining budget. After the
    /// first reduced sin/cos, each step's sin/cos come from rotating the previous ones by the correction
    /// (<see cref="Sgp4VectorMath.SinCosOffsetInline"/>): the corrections shrink quadratically, so most rotations
    /// use the short series.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void SolveKepler<TVector>(TVector u, TVector axnl, TVector aynl, out TVector sineo1, out TVector coseo1)
        where TVector : struct, ISgp4Vector<TVector>
    {
        TVector one = TVector.Create(1.0);
        TVector eo1 = u;
        (TVector s, TVector c) = Sgp4VectorMath.SinCos(eo1);
        sineo1 = s;
        coseo1 = c;
        TVector tolerance = TVector.Create(1.0e-12);
        TVector limit = TVector.Create(0.95);
        TVector minusLimit = TVector.Create(-0.95);
        TVector zero = TVector.Create(0.0);
        TVector active = TVector.Create(BitConverter.Int64BitsToDouble(-1));
        for (int ktr = 1; ktr <= 10; ktr++)
        {
            // (s, c) = (sin eo1, cos eo1) of the lanes still iterating; finished lanes keep their last values.
            sineo1 = TVector.Select(active, s, sineo1);
            coseo1 = TVector.Select(active, c, coseo1);
            TVector tem5 = one - (c * axnl) - (s * aynl);
            tem5 = (u - (aynl * c) + (axnl * s) - eo1) / tem5;
            TVector clamped = TVector.Select(TVector.LessThan(zero, tem5), limit, minusLimit);
            tem5 = TVector.Select(TVector.GreaterThanOrEqual(TVector.Abs(tem5), limit), clamped, tem5);
            eo1 = TVector.Select(active, eo1 + tem5, eo1);
            active = TVector.And(active, TVector.GreaterThanOrEqual(TVector.Abs(tem5), tolerance));
            if (!TVector.Any(active))
            {
                break;
            }

            // sin/cos of the corrected eo1 (finished lanes rotate by 0, which leaves them as they are).
            (s, c) = Sgp4VectorMath.SinCosOffsetInline(s, c, TVector.Select(active, tem5, zero), eo1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Fmod<TVector>(TVector x, TVector twoPi, TVector inverseTwoPi)
        where TVector : struct, ISgp4Vector<TVector>
        => x - (TVector.Truncate(x * inverseTwoPi) * twoPi);
}
