using System.Runtime.CompilerServices;

namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable IDE1006 // Local names are the reference's (house style R19).

/// <content>Deep-space lanes: <c>dspace</c> (with the resonance integrator carried per lane) and <c>dpper</c>
/// (both Lyddane branches under masks), then the common tail. Twin of <see cref="Sgp4Kernel"/>'s deep-space path.</content>
internal static partial class Sgp4VectorKernel
{
    private const double rptim = 4.37526908801129966e-3;
    private const double zes = 0.01675;
    private const double zel = 0.05490;
    private const double zns = 1.19459e-5;
    private const double znl = 1.5835218e-4;

    /// <summary>Propagates deep-space lanes <paramref name="lane"/> … of <paramref name="b"/> to <paramref name="t"/>.</summary>
    /// <param name="state">Integrator state of the block's lanes, those of this call at <paramref name="stateIndex"/>;
    /// all zero to start from epoch. Carrying it between calls gives the same bits as a restart.</param>
    /// <returns>Per-lane error code (0, 1, 2, 3, 4 or 6) as doubles; km and km/s in the outputs.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TVector PropagateDeep<TVector>(Sgp4DeepSpaceBatch b, int lane, TVector t,
        Sgp4ResonanceLanes state, int stateIndex,
        out TVector rx, out TVector ry, out TVector rz, out TVector vx, out TVector vy, out TVector vz)
        where TVector : struct, ISgp4Vector<TVector>
    {
        TVector one = TVector.Create(1.0);
        TVector zero = TVector.Create(0.0);
        TVector half = TVector.Create(0.5);
        TVector twoPiV = TVector.Create(TwoPi);
        TVector inverseTwoPi = TVector.Create(1.0 / TwoPi);

        // ------- update for secular gravity and atmospheric drag (isimp = 1 for deep space) -----
        TVector xmdf = TVector.Load(b.mo, lane) + (TVector.Load(b.mdot, lane) * t);
        TVector argpdf = TVector.Load(b.argpo, lane) + (TVector.Load(b.argpdot, lane) * t);
        TVector nodedf = TVector.Load(b.nodeo, lane) + (TVector.Load(b.nodedot, lane) * t);
        TVector argpm = argpdf;
        TVector mm = xmdf;
        TVector t2 = t * t;
        TVector nodem = nodedf + (TVector.Load(b.nodecf, lane) * t2);
        TVector tempa = one - (TVector.Load(b.cc1, lane) * t);
        TVector tempe = TVector.Load(b.bcc4, lane) * t;
        TVector templ = TVector.Load(b.t2cof, lane) * t2;

        TVector no = TVector.Load(b.no_unkozai, lane);
        TVector nm = no;
        TVector em = TVector.Load(b.ecco, lane);
        TVector inclm = TVector.Load(b.inclo, lane);

        // ----------------------------- dspace ------------------------------
        TVector theta = Fmod(TVector.Load(b.gsto, lane) + (t * TVector.Create(rptim)), twoPiV, inverseTwoPi);
        em += TVector.Load(b.dedt, lane) * t;
        inclm += TVector.Load(b.didt, lane) * t;
        argpm += TVector.Load(b.domdt, lane) * t;
        nodem += TVector.Load(b.dnodt, lane) * t;
        mm += TVector.Load(b.dmdt, lane) * t;

        TVector irez = TVector.Load(b.irez, lane);
        TVector resonant = TVector.LessThan(half, irez);
        if (TVector.Any(resonant))
        {
            Resonance(b, lane, t, irez, resonant, no, theta, nodem, argpm, state, stateIndex, ref mm, ref nm);
        }

        TVector error2 = TVector.GreaterThanOrEqual(zero, nm);
        TVector xke = TVector.Load(b.xke, lane);
        // pow(xke/nm, 2/3): exact precomputed value where nm = no (non-resonant lanes); else three Newton steps on
        // y³ = (xke/nm)² from it (|nm/no − 1| < 1e-3, so the error falls below 1e-16 relative).
        TVector aopow = TVector.Load(b.aopow, lane);
        if (TVector.Any(resonant))
        {
            TVector ratio = xke / nm;
            TVector cube = ratio * ratio;
            TVector y = aopow;
            TVector three = TVector.Create(3.0);
            y -= ((y * y * y) - cube) / (three * y * y);
            y -= ((y * y * y) - cube) / (three * y * y);
            y -= ((y * y * y) - cube) / (three * y * y);
            aopow = TVector.Select(resonant, y, aopow);
        }

        TVector am = aopow * tempa * tempa;
        nm = xke / (am * TVector.Sqrt(am));
        em -= tempe;
        TVector error1 = TVector.Or(TVector.GreaterThanOrEqual(em, one), TVector.LessThan(em, TVector.Create(-0.001)));
        TVector emMin = TVector.Create(1.0e-6);
        em = TVector.Select(TVector.LessThan(em, emMin), emMin, em);
        mm += no * templ;
        TVector xlm = mm + argpm + nodem;
        nodem = Fmod(nodem, twoPiV, inverseTwoPi);
        argpm = Fmod(argpm, twoPiV, inverseTwoPi);
        xlm = Fmod(xlm, twoPiV, inverseTwoPi);
        mm = Fmod(xlm - argpm - nodem, twoPiV, inverseTwoPi);

        // ----------------------------- dpper -------------------------------
        TVector ep = em;
        TVector xincp = inclm;
        TVector argpp = argpm;
        TVector nodep = nodem;
        TVector mp = mm;
        Dpper(b, lane, t, ref ep, ref xincp, ref nodep, ref argpp, ref mp, out TVector sinip, out TVector cosip);
        TVector negative = TVector.LessThan(xincp, zero);
        xincp = TVector.Select(negative, zero - xincp, xincp);
        sinip = TVector.Select(negative, zero - sinip, sinip);
        nodep = TVector.Select(negative, nodep + TVector.Create(Math.PI), nodep);
        argpp = TVector.Select(negative, argpp - TVector.Create(Math.PI), argpp);
        TVector error3 = TVector.Or(TVector.LessThan(ep, zero), TVector.LessThan(one, ep));

        // -------------------- long period periodics ------------------
        TVector j3oj2 = TVector.Load(b.j3oj2, lane);
        TVector aycof = TVector.Create(-0.5) * j3oj2 * sinip;
        TVector onePlusCos = one + cosip;
        TVector divisor = TVector.Select(TVector.LessThan(TVector.Create(1.5e-12), TVector.Abs(onePlusCos)), onePlusCos, TVector.Create(1.5e-12));
        TVector xlcof = TVector.Create(-0.25) * j3oj2 * sinip * (TVector.Create(3.0) + (TVector.Create(5.0) * cosip)) / divisor;
        TVector cosisq = cosip * cosip;
        TVector con41 = (TVector.Create(3.0) * cosisq) - one;
        TVector x1mth2 = one - cosisq;
        TVector x7thm1 = (TVector.Create(7.0) * cosisq) - one;

        TVector error = Tail(am, nm, ep, xincp, argpp, nodep, mp, sinip, cosip, aycof, xlcof, con41, x1mth2, x7thm1,
            xke, TVector.Load(b.j2, lane), TVector.Load(b.radiusearthkm, lane), TVector.Load(b.vkmpersec, lane),
            out rx, out ry, out rz, out vx, out vy, out vz);

        // The reference checks in this order: 2, 1, 3, then 4 and 6 in the tail.
        error = TVector.Select(error3, TVector.Create(3.0), error);
        error = TVector.Select(error1, TVector.Create(1.0), error);
        return TVector.Select(error2, TVector.Create(2.0), error);
    }

    /// <summary>The resonance part of <c>dspace</c>: Euler-Maclaurin integration in 720 min steps, per lane,
    /// continuing from the carried state; replaces mm and nm on resonant lanes. The dot terms are evaluated only
    /// where the carried ones do not belong to the lane's current state (see <see cref="Sgp4ResonanceLanes"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Resonance<TVector>(Sgp4DeepSpaceBatch b, int lane, TVector t, TVector irez, TVector resonant,
        TVector no, TVector theta, TVector nodem, TVector argpm, Sgp4ResonanceLanes state, int stateIndex,
        ref TVector mm, ref TVector nm)
        where TVector : struct, ISgp4Vector<TVector>
    {
        TVector zero = TVector.Create(0.0);
        TVector half = TVector.Create(0.5);
        TVector halfDay = TVector.LessThan(TVector.Create(1.5), irez);
        TVector synchronous = TVector.And(resonant, TVector.LessThan(irez, TVector.Create(1.5)));
        TVector stepp = TVector.Create(720.0);
        TVector step2 = TVector.Create(259200.0);
        TVector at = TVector.Load(state.atime, stateIndex);
        TVector li = TVector.Load(state.xli, stateIndex);
        TVector ni = TVector.Load(state.xni, stateIndex);
        TVector xndt = TVector.Load(state.xndt, stateIndex);
        TVector xldot = TVector.Load(state.xldot, stateIndex);
        TVector xnddt = TVector.Load(state.xnddt, stateIndex);
        TVector hasDots = TVector.LessThan(half, TVector.Load(state.hasDots, stateIndex));

        // sgp4fix streamline check: epoch restart. Dot terms kept from an earlier call are those of the epoch
        // state only if atime was already 0.
        TVector atEpoch = TVector.LessThan(TVector.Abs(at), half);
        TVector restart = TVector.Or(atEpoch,
            TVector.Or(TVector.GreaterThanOrEqual(zero, t * at), TVector.LessThan(TVector.Abs(t), TVector.Abs(at))));
        hasDots = TVector.Select(restart, TVector.And(hasDots, atEpoch), hasDots);
        at = TVector.Select(restart, zero, at);
        ni = TVector.Select(restart, no, ni);
        li = TVector.Select(restart, TVector.Load(b.xlamo, lane), li);
        TVector delt = TVector.Select(TVector.LessThan(zero, t), stepp, zero - stepp);
        TVector xfact = TVector.Load(b.xfact, lane);
        while (true)
        {
            // ------------------- dot terms calculated -------------
            TVector stale = TVector.Select(hasDots, zero, resonant);
            if (TVector.Any(stale))
            {
                TVector ndt = zero;
                TVector nddt = zero;
                if (TVector.Any(TVector.And(stale, synchronous)))
                {
                    Synchronous(b, lane, li, out ndt, out nddt);
                }

                if (TVector.Any(TVector.And(stale, halfDay)))
                {
                    HalfDay(b, lane, li, TVector.Load(b.argpo, lane) + (TVector.Load(b.argpdot, lane) * at), out TVector hndt, out TVector hnddt);
                    ndt = TVector.Select(halfDay, hndt, ndt);
                    nddt = TVector.Select(halfDay, hnddt, nddt);
                }

                TVector ldot = ni + xfact;
                xndt = TVector.Select(stale, ndt, xndt);
                xldot = TVector.Select(stale, ldot, xldot);
                xnddt = TVector.Select(stale, nddt * ldot, xnddt);
                hasDots = TVector.Or(hasDots, stale);
            }

            // ----------------------- integrator -------------------
            TVector stepping = TVector.And(resonant, TVector.GreaterThanOrEqual(TVector.Abs(t - at), stepp));
            if (!TVector.Any(stepping))
            {
                break;
            }

            li = TVector.Select(stepping, li + (xldot * delt) + (xndt * step2), li);
            ni = TVector.Select(stepping, ni + (xndt * delt) + (xnddt * step2), ni);
            at = TVector.Select(stepping, at + delt, at);
            hasDots = TVector.Select(stepping, zero, hasDots);
        }

        TVector one = TVector.Create(1.0);
        TVector.Store(at, state.atime, stateIndex);
        TVector.Store(li, state.xli, stateIndex);
        TVector.Store(ni, state.xni, stateIndex);
        TVector.Store(xndt, state.xndt, stateIndex);
        TVector.Store(xldot, state.xldot, stateIndex);
        TVector.Store(xnddt, state.xnddt, stateIndex);
        TVector.Store(TVector.Select(hasDots, one, zero), state.hasDots, stateIndex);

        TVector ft = t - at;
        TVector nmr = ni + (xndt * ft) + (xnddt * ft * ft * half);
        TVector xl = li + (xldot * ft) + (xndt * ft * ft * half);
        TVector two = TVector.Create(2.0);
        TVector mmr = TVector.Select(halfDay, xl - (two * nodem) + (two * theta), xl - nodem - argpm + theta);
        TVector dndt = nmr - no;
        nmr = no + dndt;
        mm = TVector.Select(resonant, mmr, mm);
        nm = TVector.Select(resonant, nmr, nm);
    }

    /// <summary><c>dpper</c> (init = 'n') for a vector of lanes, both Lyddane branches under a mask.</summary>
    /// <remarks>A separate, non-inlined method: inlined, the deep-space kernel grew past what the JIT keeps in
    /// registers and ran 5× slower (vector copies through memory).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Dpper<TVector>(Sgp4DeepSpaceBatch b, int lane, TVector t,
        ref TVector ep, ref TVector xincp, ref TVector nodep, ref TVector argpp, ref TVector mp, out TVector sinip, out TVector cosip)
        where TVector : struct, ISgp4Vector<TVector>
    {
        TVector one = TVector.Create(1.0);
        TVector zero = TVector.Create(0.0);
        TVector half = TVector.Create(0.5);
        TVector twoPiV = TVector.Create(TwoPi);
        TVector inverseTwoPi = TVector.Create(1.0 / TwoPi);
        
        TVector zm = TVector.Load(b.zmos, lane) + (TVector.Create(zns) * t);
        (TVector sinzm, TVector coszm) = Sgp4VectorMath.SinCos(zm);
        TVector dzf = TVector.Create(2.0 * zes) * sinzm;
        TVector zf = zm + dzf;
        (TVector sinzf, TVector coszf) = Sgp4VectorMath.SinCosOffset(sinzm, coszm, dzf, zf);
        TVector quarter = TVector.Create(0.25);
        TVector f2 = (half * sinzf * sinzf) - quarter;
        TVector f3 = zero - (half * sinzf * coszf);
        TVector ses = (TVector.Load(b.se2, lane) * f2) + (TVector.Load(b.se3, lane) * f3);
        TVector sis = (TVector.Load(b.si2, lane) * f2) + (TVector.Load(b.si3, lane) * f3);
        TVector sls = (TVector.Load(b.sl2, lane) * f2) + (TVector.Load(b.sl3, lane) * f3) + (TVector.Load(b.sl4, lane) * sinzf);
        TVector sghs = (TVector.Load(b.sgh2, lane) * f2) + (TVector.Load(b.sgh3, lane) * f3) + (TVector.Load(b.sgh4, lane) * sinzf);
        TVector shs = (TVector.Load(b.sh2, lane) * f2) + (TVector.Load(b.sh3, lane) * f3);
        zm = TVector.Load(b.zmol, lane) + (TVector.Create(znl) * t);
        (sinzm, coszm) = Sgp4VectorMath.SinCos(zm);
        dzf = TVector.Create(2.0 * zel) * sinzm;
        zf = zm + dzf;
        (sinzf, coszf) = Sgp4VectorMath.SinCosOffset(sinzm, coszm, dzf, zf);
        f2 = (half * sinzf * sinzf) - quarter;
        f3 = zero - (half * sinzf * coszf);
        TVector sel = (TVector.Load(b.ee2, lane) * f2) + (TVector.Load(b.e3, lane) * f3);
        TVector sil = (TVector.Load(b.xi2, lane) * f2) + (TVector.Load(b.xi3, lane) * f3);
        TVector sll = (TVector.Load(b.xl2, lane) * f2) + (TVector.Load(b.xl3, lane) * f3) + (TVector.Load(b.xl4, lane) * sinzf);
        TVector sghl = (TVector.Load(b.xgh2, lane) * f2) + (TVector.Load(b.xgh3, lane) * f3) + (TVector.Load(b.xgh4, lane) * sinzf);
        TVector shll = (TVector.Load(b.xh2, lane) * f2) + (TVector.Load(b.xh3, lane) * f3);
        TVector pe = ses + sel;
        TVector pinc = sis + sil;
        TVector pl = sls + sll;
        TVector pgh = sghs + sghl;
        TVector ph = shs + shll;
        // sin/cos(xincp) from those of the mean inclination at epoch: xincp = inclo + didt·t + pinc, both terms small.
        TVector inclo = TVector.Load(b.inclo, lane);
        TVector dinc = xincp - inclo + pinc;
        xincp += pinc;
        ep += pe;
        (sinip, cosip) = Sgp4VectorMath.SinCosOffset(TVector.Load(b.sinio, lane), TVector.Load(b.cosio, lane), dinc, xincp);

        // Lyddane choice (GSFC: perturbed inclination) per lane.
        TVector direct = TVector.GreaterThanOrEqual(xincp, TVector.Create(0.2));
        TVector phd = ph / sinip;
        TVector pghd = pgh - (cosip * phd);
        TVector argppOut = argpp + pghd;
        TVector nodepOut = nodep + phd;
        TVector mpOut = mp + pl;
        if (TVector.Any(TVector.GreaterThanOrEqual(zero, TVector.Select(direct, one, zero))))
        {
            (TVector sinop, TVector cosop) = Sgp4VectorMath.SinCos(nodep);
            TVector alfdp = sinip * sinop;
            TVector betdp = sinip * cosop;
            TVector dalf = (ph * cosop) + (pinc * cosip * sinop);
            TVector dbet = (zero - (ph * sinop)) + (pinc * cosip * cosop);
            alfdp += dalf;
            betdp += dbet;
            TVector afspc = TVector.LessThan(half, TVector.Load(b.afspc, lane));
            TVector nodel = Fmod(nodep, twoPiV, inverseTwoPi);
            nodel = TVector.Select(TVector.And(afspc, TVector.LessThan(nodel, zero)), nodel + twoPiV, nodel);
            TVector xls = mp + argpp + (cosip * nodel);
            TVector dls = pl + pgh - (pinc * nodel * sinip);
            xls += dls;
            TVector xnoh = nodel;
            nodel = Atan2PerLane(alfdp, betdp);
            nodel = TVector.Select(TVector.And(afspc, TVector.LessThan(nodel, zero)), nodel + twoPiV, nodel);
            TVector wrap = TVector.LessThan(TVector.Create(Math.PI), TVector.Abs(xnoh - nodel));
            TVector shifted = TVector.Select(TVector.LessThan(nodel, xnoh), nodel + twoPiV, nodel - twoPiV);
            nodel = TVector.Select(wrap, shifted, nodel);
            TVector mpl = mp + pl;
            TVector argpl = xls - mpl - (cosip * nodel);
            argppOut = TVector.Select(direct, argppOut, argpl);
            nodepOut = TVector.Select(direct, nodepOut, nodel);
            mpOut = TVector.Select(direct, mpOut, mpl);
        }

        argpp = argppOut;
        nodep = nodepOut;
        mp = mpOut;
    }

    // Near-synchronous (24 h) resonance terms of dspace; xnddt still to be multiplied by xldot.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Synchronous<TVector>(Sgp4DeepSpaceBatch b, int lane, TVector xli, out TVector xndt, out TVector xnddt)
        where TVector : struct, ISgp4Vector<TVector>
    {
        const double fasx2 = 0.13130908;
        const double fasx4 = 2.8843198;
        const double fasx6 = 0.37448087;
        TVector del1 = TVector.Load(b.del1, lane);
        TVector del2 = TVector.Load(b.del2, lane);
        TVector del3 = TVector.Load(b.del3, lane);
        TVector two = TVector.Create(2.0);
        TVector three = TVector.Create(3.0);
        (TVector s1, TVector c1) = Sgp4VectorMath.SinCos(xli - TVector.Create(fasx2));
        (TVector s2, TVector c2) = Sgp4VectorMath.SinCos(two * (xli - TVector.Create(fasx4)));
        (TVector s3, TVector c3) = Sgp4VectorMath.SinCos(three * (xli - TVector.Create(fasx6)));
        xndt = (del1 * s1) + (del2 * s2) + (del3 * s3);
        xnddt = (del1 * c1) + (two * del2 * c2) + (three * del3 * c3);
    }

    // Near-half-day (12 h) resonance terms of dspace; xnddt still to be multiplied by xldot.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void HalfDay<TVector>(Sgp4DeepSpaceBatch b, int lane, TVector xli, TVector xomi, out TVector xndt, out TVector xnddt)
        where TVector : struct, ISgp4Vector<TVector>
    {
        const double g22 = 5.7686396;
        const double g32 = 0.95240898;
        const double g44 = 1.8014998;
        const double g52 = 1.0508330;
        const double g54 = 4.4108898;
        TVector x2omi = xomi + xomi;
        TVector x2li = xli + xli;
        (TVector s2201, TVector c2201) = Sgp4VectorMath.SinCos(x2omi + xli - TVector.Create(g22));
        (TVector s2211, TVector c2211) = Sgp4VectorMath.SinCos(xli - TVector.Create(g22));
        (TVector s3210, TVector c3210) = Sgp4VectorMath.SinCos(xomi + xli - TVector.Create(g32));
        (TVector s3222, TVector c3222) = Sgp4VectorMath.SinCos(TVector.Create(0.0) - xomi + xli - TVector.Create(g32));
        (TVector s4410, TVector c4410) = Sgp4VectorMath.SinCos(x2omi + x2li - TVector.Create(g44));
        (TVector s4422, TVector c4422) = Sgp4VectorMath.SinCos(x2li - TVector.Create(g44));
        (TVector s5220, TVector c5220) = Sgp4VectorMath.SinCos(xomi + xli - TVector.Create(g52));
        (TVector s5232, TVector c5232) = Sgp4VectorMath.SinCos(TVector.Create(0.0) - xomi + xli - TVector.Create(g52));
        (TVector s5421, TVector c5421) = Sgp4VectorMath.SinCos(xomi + x2li - TVector.Create(g54));
        (TVector s5433, TVector c5433) = Sgp4VectorMath.SinCos(TVector.Create(0.0) - xomi + x2li - TVector.Create(g54));
        TVector d2201 = TVector.Load(b.d2201, lane);
        TVector d2211 = TVector.Load(b.d2211, lane);
        TVector d3210 = TVector.Load(b.d3210, lane);
        TVector d3222 = TVector.Load(b.d3222, lane);
        TVector d4410 = TVector.Load(b.d4410, lane);
        TVector d4422 = TVector.Load(b.d4422, lane);
        TVector d5220 = TVector.Load(b.d5220, lane);
        TVector d5232 = TVector.Load(b.d5232, lane);
        TVector d5421 = TVector.Load(b.d5421, lane);
        TVector d5433 = TVector.Load(b.d5433, lane);
        xndt = (d2201 * s2201) + (d2211 * s2211) + (d3210 * s3210) + (d3222 * s3222) + (d4410 * s4410) + (d4422 * s4422)
            + (d5220 * s5220) + (d5232 * s5232) + (d5421 * s5421) + (d5433 * s5433);
        xnddt = (d2201 * c2201) + (d2211 * c2211) + (d3210 * c3210) + (d3222 * c3222) + (d5220 * c5220) + (d5232 * c5232)
            + (TVector.Create(2.0) * ((d4410 * c4410) + (d4422 * c4422) + (d5421 * c5421) + (d5433 * c5433)));
    }

    // No vector atan2 in System.Runtime.Intrinsics: the Lyddane branch (inclination below 0.2 rad) is rare enough
    // that Math.Atan2 per lane costs little, and it keeps the scalar kernel's bits.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static TVector Atan2PerLane<TVector>(TVector y, TVector x)
        where TVector : struct, ISgp4Vector<TVector>
    {
        Span<double> ys = stackalloc double[TVector.Count];
        Span<double> xs = stackalloc double[TVector.Count];
        TVector.CopyTo(y, ys);
        TVector.CopyTo(x, xs);
        for (int i = 0; i < ys.Length; i++)
        {
            ys[i] = Math.Atan2(ys[i], xs[i]);
        }

        return TVector.Create(ys);
    }
}
