namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable IDE1006 // Local names are the reference's (house style R19).

/// <content>Deep-space (SDP4) terms: <c>dscom</c>, <c>dpper</c>, <c>dsinit</c>, <c>dspace</c>
/// (Vallado et al. 2006, after Hujsak 1979 and Spacetrack Report #3).</content>
internal static partial class Sgp4Kernel
{
    // Lunar-solar constants (dscom, dpper, dsinit).
    private const double zes = 0.01675;
    private const double zel = 0.05490;
    private const double zns = 1.19459e-5;
    private const double znl = 1.5835218e-4;

    // Earth rotation rate, rad/min (7.29211514668855e-5 rad/s), dsinit and dspace.
    private const double rptim = 4.37526908801129966e-3;

    /// <summary>The outputs of <c>dscom</c> that <c>dsinit</c> needs (the lunar-solar coefficients go to the record).</summary>
    internal struct DscomOutputs
    {
        public double snodm, cnodm, sinim, cosim, sinomm, cosomm, day, em, emsq, gam, rtemsq;
        public double s1, s2, s3, s4, s5, s6, s7, ss1, ss2, ss3, ss4, ss5, ss6, ss7;
        public double sz1, sz2, sz3, sz11, sz12, sz13, sz21, sz22, sz23, sz31, sz32, sz33;
        public double nm, z1, z2, z3, z11, z12, z13, z21, z22, z23, z31, z32, z33;
    }

    /// <summary>Vallado et al. (2006) <c>dscom</c>: lunar and solar terms common to dpper and dsinit.</summary>
    private static void Dscom(double epoch, double ep, double argpp, double tc, double inclp, double nodep, double np,
        Sgp4Coefficients satrec, out DscomOutputs o)
    {
        const double c1ss = 2.9864797e-6;
        const double c1l = 4.7968065e-7;
        const double zsinis = 0.39785416;
        const double zcosis = 0.91744867;
        const double zcosgs = 0.1945905;
        const double zsings = -0.98088458;

        o = default;
        o.nm = np;
        o.em = ep;
        o.snodm = Math.Sin(nodep);
        o.cnodm = Math.Cos(nodep);
        o.sinomm = Math.Sin(argpp);
        o.cosomm = Math.Cos(argpp);
        o.sinim = Math.Sin(inclp);
        o.cosim = Math.Cos(inclp);
        o.emsq = o.em * o.em;
        double betasq = 1.0 - o.emsq;
        o.rtemsq = Math.Sqrt(betasq);

        // ----------------- initialize lunar solar terms ---------------
        o.day = epoch + 18261.5 + (tc / 1440.0);
        double xnodce = (4.5236020 - (9.2422029e-4 * o.day)) % TwoPi;
        double stem = Math.Sin(xnodce);
        double ctem = Math.Cos(xnodce);
        double zcosil = 0.91375164 - (0.03568096 * ctem);
        double zsinil = Math.Sqrt(1.0 - (zcosil * zcosil));
        double zsinhl = 0.089683511 * stem / zsinil;
        double zcoshl = Math.Sqrt(1.0 - (zsinhl * zsinhl));
        o.gam = 5.8351514 + (0.0019443680 * o.day);
        double zx = 0.39785416 * stem / zsinil;
        double zy = (zcoshl * ctem) + (0.91744867 * zsinhl * stem);
        zx = Math.Atan2(zx, zy);
        zx = o.gam + zx - xnodce;
        double zcosgl = Math.Cos(zx);
        double zsingl = Math.Sin(zx);

        // ------------------------- do solar terms ---------------------
        double zcosg = zcosgs;
        double zsing = zsings;
        double zcosi = zcosis;
        double zsini = zsinis;
        double zcosh = o.cnodm;
        double zsinh = o.snodm;
        double cc = c1ss;
        double xnoi = 1.0 / o.nm;
        double cosim = o.cosim, sinim = o.sinim, cosomm = o.cosomm, sinomm = o.sinomm, emsq = o.emsq;

        for (int lsflg = 1; lsflg <= 2; lsflg++)
        {
            double a1 = (zcosg * zcosh) + (zsing * zcosi * zsinh);
            double a3 = (-zsing * zcosh) + (zcosg * zcosi * zsinh);
            double a7 = (-zcosg * zsinh) + (zsing * zcosi * zcosh);
            double a8 = zsing * zsini;
            double a9 = (zsing * zsinh) + (zcosg * zcosi * zcosh);
            double a10 = zcosg * zsini;
            double a2 = (cosim * a7) + (sinim * a8);
            double a4 = (cosim * a9) + (sinim * a10);
            double a5 = (-sinim * a7) + (cosim * a8);
            double a6 = (-sinim * a9) + (cosim * a10);

            double x1 = (a1 * cosomm) + (a2 * sinomm);
            double x2 = (a3 * cosomm) + (a4 * sinomm);
            double x3 = (-a1 * sinomm) + (a2 * cosomm);
            double x4 = (-a3 * sinomm) + (a4 * cosomm);
            double x5 = a5 * sinomm;
            double x6 = a6 * sinomm;
            double x7 = a5 * cosomm;
            double x8 = a6 * cosomm;

            o.z31 = (12.0 * x1 * x1) - (3.0 * x3 * x3);
            o.z32 = (24.0 * x1 * x2) - (6.0 * x3 * x4);
            o.z33 = (12.0 * x2 * x2) - (3.0 * x4 * x4);
            o.z1 = (3.0 * ((a1 * a1) + (a2 * a2))) + (o.z31 * emsq);
            o.z2 = (6.0 * ((a1 * a3) + (a2 * a4))) + (o.z32 * emsq);
            o.z3 = (3.0 * ((a3 * a3) + (a4 * a4))) + (o.z33 * emsq);
            o.z11 = (-6.0 * a1 * a5) + (emsq * ((-24.0 * x1 * x7) - (6.0 * x3 * x5)));
            o.z12 = (-6.0 * ((a1 * a6) + (a3 * a5))) + (emsq * ((-24.0 * ((x2 * x7) + (x1 * x8))) - (6.0 * ((x3 * x6) + (x4 * x5)))));
            o.z13 = (-6.0 * a3 * a6) + (emsq * ((-24.0 * x2 * x8) - (6.0 * x4 * x6)));
            o.z21 = (6.0 * a2 * a5) + (emsq * ((24.0 * x1 * x5) - (6.0 * x3 * x7)));
            o.z22 = (6.0 * ((a4 * a5) + (a2 * a6))) + (emsq * ((24.0 * ((x2 * x5) + (x1 * x6))) - (6.0 * ((x4 * x7) + (x3 * x8)))));
            o.z23 = (6.0 * a4 * a6) + (emsq * ((24.0 * x2 * x6) - (6.0 * x4 * x8)));
            o.z1 = o.z1 + o.z1 + (betasq * o.z31);
            o.z2 = o.z2 + o.z2 + (betasq * o.z32);
            o.z3 = o.z3 + o.z3 + (betasq * o.z33);
            o.s3 = cc * xnoi;
            o.s2 = -0.5 * o.s3 / o.rtemsq;
            o.s4 = o.s3 * o.rtemsq;
            o.s1 = -15.0 * o.em * o.s4;
            o.s5 = (x1 * x3) + (x2 * x4);
            o.s6 = (x2 * x3) + (x1 * x4);
            o.s7 = (x2 * x4) - (x1 * x3);

            // ----------------------- do lunar terms -------------------
            if (lsflg == 1)
            {
                o.ss1 = o.s1;
                o.ss2 = o.s2;
                o.ss3 = o.s3;
                o.ss4 = o.s4;
                o.ss5 = o.s5;
                o.ss6 = o.s6;
                o.ss7 = o.s7;
                o.sz1 = o.z1;
                o.sz2 = o.z2;
                o.sz3 = o.z3;
                o.sz11 = o.z11;
                o.sz12 = o.z12;
                o.sz13 = o.z13;
                o.sz21 = o.z21;
                o.sz22 = o.z22;
                o.sz23 = o.z23;
                o.sz31 = o.z31;
                o.sz32 = o.z32;
                o.sz33 = o.z33;
                zcosg = zcosgl;
                zsing = zsingl;
                zcosi = zcosil;
                zsini = zsinil;
                zcosh = (zcoshl * o.cnodm) + (zsinhl * o.snodm);
                zsinh = (o.snodm * zcoshl) - (o.cnodm * zsinhl);
                cc = c1l;
            }
        }

        satrec.zmol = (4.7199672 + (0.22997150 * o.day) - o.gam) % TwoPi;
        satrec.zmos = (6.2565837 + (0.017201977 * o.day)) % TwoPi;

        // ------------------------ do solar terms ----------------------
        satrec.se2 = 2.0 * o.ss1 * o.ss6;
        satrec.se3 = 2.0 * o.ss1 * o.ss7;
        satrec.si2 = 2.0 * o.ss2 * o.sz12;
        satrec.si3 = 2.0 * o.ss2 * (o.sz13 - o.sz11);
        satrec.sl2 = -2.0 * o.ss3 * o.sz2;
        satrec.sl3 = -2.0 * o.ss3 * (o.sz3 - o.sz1);
        satrec.sl4 = -2.0 * o.ss3 * (-21.0 - (9.0 * emsq)) * zes;
        satrec.sgh2 = 2.0 * o.ss4 * o.sz32;
        satrec.sgh3 = 2.0 * o.ss4 * (o.sz33 - o.sz31);
        satrec.sgh4 = -18.0 * o.ss4 * zes;
        satrec.sh2 = -2.0 * o.ss2 * o.sz22;
        satrec.sh3 = -2.0 * o.ss2 * (o.sz23 - o.sz21);

        // ------------------------ do lunar terms ----------------------
        satrec.ee2 = 2.0 * o.s1 * o.s6;
        satrec.e3 = 2.0 * o.s1 * o.s7;
        satrec.xi2 = 2.0 * o.s2 * o.z12;
        satrec.xi3 = 2.0 * o.s2 * (o.z13 - o.z11);
        satrec.xl2 = -2.0 * o.s3 * o.z2;
        satrec.xl3 = -2.0 * o.s3 * (o.z3 - o.z1);
        satrec.xl4 = -2.0 * o.s3 * (-21.0 - (9.0 * emsq)) * zel;
        satrec.xgh2 = 2.0 * o.s4 * o.z32;
        satrec.xgh3 = 2.0 * o.s4 * (o.z33 - o.z31);
        satrec.xgh4 = -18.0 * o.s4 * zel;
        satrec.xh2 = -2.0 * o.s2 * o.z22;
        satrec.xh3 = -2.0 * o.s2 * (o.z23 - o.z21);
    }

    /// <summary>Vallado et al. (2006) <c>dpper</c> with <c>init = 'n'</c>: lunar-solar periodics, including the
    /// Lyddane modification below 0.2 rad of perturbed inclination (the GSFC choice the corrected code makes).</summary>
    /// <remarks>In 'a' mode the node is brought into [0, 2π) before use, as the AFSPC intrinsics did.</remarks>
    /// <param name="sinip">sin of the returned <paramref name="inclp"/> (the caller's long-period sinip).</param>
    /// <param name="cosip">cos of the returned <paramref name="inclp"/>.</param>
    private static void Dpper(Sgp4Coefficients satrec, double t,
        ref double ep, ref double inclp, ref double nodep, ref double argpp, ref double mp, out double sinip, out double cosip)
    {
        // --------------- calculate time varying periodics -----------
        double zm = satrec.zmos + (zns * t);
        double zf = zm + (2.0 * zes * Math.Sin(zm));
        (double sinzf, double coszf) = Math.SinCos(zf);
        double f2 = (0.5 * sinzf * sinzf) - 0.25;
        double f3 = -0.5 * sinzf * coszf;
        double ses = (satrec.se2 * f2) + (satrec.se3 * f3);
        double sis = (satrec.si2 * f2) + (satrec.si3 * f3);
        double sls = (satrec.sl2 * f2) + (satrec.sl3 * f3) + (satrec.sl4 * sinzf);
        double sghs = (satrec.sgh2 * f2) + (satrec.sgh3 * f3) + (satrec.sgh4 * sinzf);
        double shs = (satrec.sh2 * f2) + (satrec.sh3 * f3);
        zm = satrec.zmol + (znl * t);
        zf = zm + (2.0 * zel * Math.Sin(zm));
        (sinzf, coszf) = Math.SinCos(zf);
        f2 = (0.5 * sinzf * sinzf) - 0.25;
        f3 = -0.5 * sinzf * coszf;
        double sel = (satrec.ee2 * f2) + (satrec.e3 * f3);
        double sil = (satrec.xi2 * f2) + (satrec.xi3 * f3);
        double sll = (satrec.xl2 * f2) + (satrec.xl3 * f3) + (satrec.xl4 * sinzf);
        double sghl = (satrec.xgh2 * f2) + (satrec.xgh3 * f3) + (satrec.xgh4 * sinzf);
        double shll = (satrec.xh2 * f2) + (satrec.xh3 * f3);
        double pe = ses + sel;
        double pinc = sis + sil;
        double pl = sls + sll;
        double pgh = sghs + sghl;
        double ph = shs + shll;

        // peo, pinco, plo, pgho, pho are zero (see Sgp4Coefficients), so nothing is subtracted here.
        inclp += pinc;
        ep += pe;
        (sinip, cosip) = Math.SinCos(inclp);

        // ----------------- apply periodics directly ------------
        // sgp4fix for lyddane choice: gsfc uses the perturbed inclination (0.2 rad = 11.45916 deg).
        if (inclp >= 0.2)
        {
            ph /= sinip;
            pgh -= cosip * ph;
            argpp += pgh;
            nodep += ph;
            mp += pl;
        }
        else
        {
            // ---- apply periodics with lyddane modification ----
            (double sinop, double cosop) = Math.SinCos(nodep);
            double alfdp = sinip * sinop;
            double betdp = sinip * cosop;
            double dalf = (ph * cosop) + (pinc * cosip * sinop);
            double dbet = (-ph * sinop) + (pinc * cosip * cosop);
            alfdp += dalf;
            betdp += dbet;
            // fmod is the identity for |nodep| < 2π, which sgp4 guarantees here (nodem is wrapped before dpper):
            // the test skips a libm call with the same result.
            if (Math.Abs(nodep) >= TwoPi)
            {
                nodep %= TwoPi;
            }

            // sgp4fix for afspc written intrinsic functions: nodep used without a trigonometric function ahead
            if (nodep < 0.0 && satrec.operationmode == 'a')
            {
                nodep += TwoPi;
            }

            double xls = mp + argpp + (cosip * nodep);
            double dls = pl + pgh - (pinc * nodep * sinip);
            xls += dls;
            double xnoh = nodep;
            nodep = Math.Atan2(alfdp, betdp);
            if (nodep < 0.0 && satrec.operationmode == 'a')
            {
                nodep += TwoPi;
            }

            if (Math.Abs(xnoh - nodep) > Math.PI)
            {
                if (nodep < xnoh)
                {
                    nodep += TwoPi;
                }
                else
                {
                    nodep -= TwoPi;
                }
            }

            mp += pl;
            argpp = xls - mp - (cosip * nodep);
        }
    }

    /// <summary>Vallado et al. (2006) <c>dsinit</c>: deep-space secular rates and the resonance terms
    /// (irez 1: 24 h synchronous, irez 2: 12 h half-day with e ≥ 0.5).</summary>
    private static void Dsinit(Sgp4GravityConstants gravity,
        double cosim, double emsq, double argpo, double s1, double s2, double s3, double s4, double s5, double sinim,
        double ss1, double ss2, double ss3, double ss4, double ss5, double sz1, double sz3, double sz11, double sz13,
        double sz21, double sz23, double sz31, double sz33, double t, double tc, double gsto, double mo, double mdot,
        double no, double nodeo, double nodedot, double xpidot, double z1, double z3, double z11, double z13,
        double z21, double z23, double z31, double z33, double ecco, double eccsq,
        ref double em, ref double argpm, ref double inclm, ref double mm, ref double nm, ref double nodem,
        Sgp4Coefficients satrec)
    {
        const double q22 = 1.7891679e-6;
        const double q31 = 2.1460748e-6;
        const double q33 = 2.2123015e-7;
        const double root22 = 1.7891679e-6;
        const double root44 = 7.3636953e-9;
        const double root54 = 2.1765803e-9;
        const double root32 = 3.7393792e-7;
        const double root52 = 1.1428639e-7;
        const double x2o3 = 2.0 / 3.0;

        // -------------------- deep space initialization ------------
        int irez = 0;
        if (nm < 0.0052359877 && nm > 0.0034906585)
        {
            irez = 1;
        }

        if (nm >= 8.26e-3 && nm <= 9.24e-3 && em >= 0.5)
        {
            irez = 2;
        }

        satrec.irez = irez;

        // ------------------------ do solar terms -------------------
        double ses = ss1 * zns * ss5;
        double sis = ss2 * zns * (sz11 + sz13);
        double sls = -zns * ss3 * (sz1 + sz3 - 14.0 - (6.0 * emsq));
        double sghs = ss4 * zns * (sz31 + sz33 - 6.0);
        double shs = -zns * ss2 * (sz21 + sz23);

        // sgp4fix for 180 deg incl
        if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2)
        {
            shs = 0.0;
        }

        if (sinim != 0.0)
        {
            shs /= sinim;
        }

        double sgs = sghs - (cosim * shs);

        // ------------------------- do lunar terms ------------------
        satrec.dedt = ses + (s1 * znl * s5);
        satrec.didt = sis + (s2 * znl * (z11 + z13));
        satrec.dmdt = sls - (znl * s3 * (z1 + z3 - 14.0 - (6.0 * emsq)));
        double sghl = s4 * znl * (z31 + z33 - 6.0);
        double shll = -znl * s2 * (z21 + z23);

        // sgp4fix for 180 deg incl
        if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2)
        {
            shll = 0.0;
        }

        satrec.domdt = sgs + sghl;
        satrec.dnodt = shs;
        if (sinim != 0.0)
        {
            satrec.domdt -= cosim / sinim * shll;
            satrec.dnodt += shll / sinim;
        }

        // ----------- calculate deep space resonance effects --------
        double theta = (gsto + (tc * rptim)) % TwoPi;
        em += satrec.dedt * t;
        inclm += satrec.didt * t;
        argpm += satrec.domdt * t;
        nodem += satrec.dnodt * t;
        mm += satrec.dmdt * t;

        // -------------- initialize the resonance terms -------------
        if (irez != 0)
        {
            double aonv = Math.Pow(nm / gravity.xke, x2o3);

            // ---------- geopotential resonance for 12 hour orbits ------
            if (irez == 2)
            {
                double cosisq = cosim * cosim;
                double emo = em;
                em = ecco;
                double emsqo = emsq;
                emsq = eccsq;
                double eoc = em * emsq;
                double g201 = -0.306 - ((em - 0.64) * 0.440);
                double g211, g310, g322, g410, g422, g520, g521, g532, g533;

                if (em <= 0.65)
                {
                    g211 = 3.616 - (13.2470 * em) + (16.2900 * emsq);
                    g310 = -19.302 + (117.3900 * em) - (228.4190 * emsq) + (156.5910 * eoc);
                    g322 = -18.9068 + (109.7927 * em) - (214.6334 * emsq) + (146.5816 * eoc);
                    g410 = -41.122 + (242.6940 * em) - (471.0940 * emsq) + (313.9530 * eoc);
                    g422 = -146.407 + (841.8800 * em) - (1629.014 * emsq) + (1083.4350 * eoc);
                    g520 = -532.114 + (3017.977 * em) - (5740.032 * emsq) + (3708.2760 * eoc);
                }
                else
                {
                    g211 = -72.099 + (331.819 * em) - (508.738 * emsq) + (266.724 * eoc);
                    g310 = -346.844 + (1582.851 * em) - (2415.925 * emsq) + (1246.113 * eoc);
                    g322 = -342.585 + (1554.908 * em) - (2366.899 * emsq) + (1215.972 * eoc);
                    g410 = -1052.797 + (4758.686 * em) - (7193.992 * emsq) + (3651.957 * eoc);
                    g422 = -3581.690 + (16178.110 * em) - (24462.770 * emsq) + (12422.520 * eoc);
                    if (em > 0.715)
                    {
                        g520 = -5149.66 + (29936.92 * em) - (54087.36 * emsq) + (31324.56 * eoc);
                    }
                    else
                    {
                        g520 = 1464.74 - (4664.75 * em) + (3763.64 * emsq);
                    }
                }

                if (em < 0.7)
                {
                    g533 = -919.22770 + (4988.6100 * em) - (9064.7700 * emsq) + (5542.21 * eoc);
                    g521 = -822.71072 + (4568.6173 * em) - (8491.4146 * emsq) + (5337.524 * eoc);
                    g532 = -853.66600 + (4690.2500 * em) - (8624.7700 * emsq) + (5341.4 * eoc);
                }
                else
                {
                    g533 = -37995.780 + (161616.52 * em) - (229838.20 * emsq) + (109377.94 * eoc);
                    g521 = -51752.104 + (218913.95 * em) - (309468.16 * emsq) + (146349.42 * eoc);
                    g532 = -40023.880 + (170470.89 * em) - (242699.48 * emsq) + (115605.82 * eoc);
                }

                double sini2 = sinim * sinim;
                double f220 = 0.75 * (1.0 + (2.0 * cosim) + cosisq);
                double f221 = 1.5 * sini2;
                double f321 = 1.875 * sinim * (1.0 - (2.0 * cosim) - (3.0 * cosisq));
                double f322 = -1.875 * sinim * (1.0 + (2.0 * cosim) - (3.0 * cosisq));
                double f441 = 35.0 * sini2 * f220;
                double f442 = 39.3750 * sini2 * sini2;
                double f522 = 9.84375 * sinim * ((sini2 * (1.0 - (2.0 * cosim) - (5.0 * cosisq)))
                    + (0.33333333 * (-2.0 + (4.0 * cosim) + (6.0 * cosisq))));
                double f523 = sinim * ((4.92187512 * sini2 * (-2.0 - (4.0 * cosim) + (10.0 * cosisq)))
                    + (6.56250012 * (1.0 + (2.0 * cosim) - (3.0 * cosisq))));
                double f542 = 29.53125 * sinim * (2.0 - (8.0 * cosim) + (cosisq * (-12.0 + (8.0 * cosim) + (10.0 * cosisq))));
                double f543 = 29.53125 * sinim * (-2.0 - (8.0 * cosim) + (cosisq * (12.0 + (8.0 * cosim) - (10.0 * cosisq))));
                double xno2 = nm * nm;
                double ainv2 = aonv * aonv;
                double temp1 = 3.0 * xno2 * ainv2;
                double temp = temp1 * root22;
                satrec.d2201 = temp * f220 * g201;
                satrec.d2211 = temp * f221 * g211;
                temp1 *= aonv;
                temp = temp1 * root32;
                satrec.d3210 = temp * f321 * g310;
                satrec.d3222 = temp * f322 * g322;
                temp1 *= aonv;
                temp = 2.0 * temp1 * root44;
                satrec.d4410 = temp * f441 * g410;
                satrec.d4422 = temp * f442 * g422;
                temp1 *= aonv;
                temp = temp1 * root52;
                satrec.d5220 = temp * f522 * g520;
                satrec.d5232 = temp * f523 * g532;
                temp = 2.0 * temp1 * root54;
                satrec.d5421 = temp * f542 * g521;
                satrec.d5433 = temp * f543 * g533;
                satrec.xlamo = (mo + nodeo + nodeo - theta - theta) % TwoPi;
                satrec.xfact = mdot + satrec.dmdt + (2.0 * (nodedot + satrec.dnodt - rptim)) - no;
                em = emo;
                emsq = emsqo;
            }

            // ---------------- synchronous resonance terms --------------
            if (irez == 1)
            {
                double g200 = 1.0 + (emsq * (-2.5 + (0.8125 * emsq)));
                double g310 = 1.0 + (2.0 * emsq);
                double g300 = 1.0 + (emsq * (-6.0 + (6.60937 * emsq)));
                double f220 = 0.75 * (1.0 + cosim) * (1.0 + cosim);
                double f311 = (0.9375 * sinim * sinim * (1.0 + (3.0 * cosim))) - (0.75 * (1.0 + cosim));
                double f330 = 1.0 + cosim;
                f330 = 1.875 * f330 * f330 * f330;
                double del1 = 3.0 * nm * nm * aonv * aonv;
                satrec.del2 = 2.0 * del1 * f220 * g200 * q22;
                satrec.del3 = 3.0 * del1 * f330 * g300 * q33 * aonv;
                satrec.del1 = del1 * f311 * g310 * q31 * aonv;
                satrec.xlamo = (mo + nodeo + argpo - theta) % TwoPi;
                satrec.xfact = mdot + xpidot - rptim + satrec.dmdt + satrec.domdt + satrec.dnodt - no;
            }

            // ------------ for sgp4, initialize the integrator ----------
            // xli = xlamo, xni = no, atime = 0: see Sgp4IntegratorState.AtEpoch.
            nm = no;
        }
    }

    /// <summary>Vallado et al. (2006) <c>dspace</c>: deep-space secular effects and the resonance integration
    /// (Euler-Maclaurin, 720 min steps from epoch).</summary>
    private static void Dspace(Sgp4Coefficients satrec, double t, double tc, ref Sgp4IntegratorState state,
        ref double em, ref double argpm, ref double inclm, ref double mm, ref double nodem, out double dndt, out double nm)
    {
        const double fasx2 = 0.13130908;
        const double fasx4 = 2.8843198;
        const double fasx6 = 0.37448087;
        const double g22 = 5.7686396;
        const double g32 = 0.95240898;
        const double g44 = 1.8014998;
        const double g52 = 1.0508330;
        const double g54 = 4.4108898;
        const double stepp = 720.0;
        const double stepn = -720.0;
        const double step2 = 259200.0;

        // ----------- calculate deep space resonance effects -----------
        dndt = 0.0;
        nm = satrec.no_unkozai;
        em += satrec.dedt * t;
        inclm += satrec.didt * t;
        argpm += satrec.domdt * t;
        nodem += satrec.dnodt * t;
        mm += satrec.dmdt * t;

        // - update resonances : numerical (euler-maclaurin) integration -
        if (satrec.irez == 0)
        {
            return;
        }

        // theta is only used by the resonant terms (the reference computes it first; fmod is a libm call).
        double theta = (satrec.gsto + (tc * rptim)) % TwoPi;
        double ft = 0.0;
        double atime = state.atime;
        double xli = state.xli;
        double xni = state.xni;
        double xndt = state.xndt;
        double xldot = state.xldot;
        double xnddt = state.xnddt;
        bool hasDots = state.hasDots;

        // sgp4fix streamline check: epoch restart
        if (atime == 0.0 || t * atime <= 0.0 || Math.Abs(t) < Math.Abs(atime))
        {
            // Dot terms kept from an earlier call are those of the epoch state only if atime was already 0.
            hasDots &= atime == 0.0;
            atime = 0.0;
            xni = satrec.no_unkozai;
            xli = satrec.xlamo;
        }

        double delt = t > 0.0 ? stepp : stepn;
        while (true)
        {
            // ------------------- dot terms calculated -------------
            // Skipped when the carried state already holds them for this (atime, xli, xni): see Sgp4IntegratorState.
            if (hasDots)
            {
                hasDots = false;
            }
            else if (satrec.irez != 2)
            {
                // ----------- near - synchronous resonance terms -------
                (double s1, double c1) = Math.SinCos(xli - fasx2);
                (double s2, double c2) = Math.SinCos(2.0 * (xli - fasx4));
                (double s3, double c3) = Math.SinCos(3.0 * (xli - fasx6));
                xndt = (satrec.del1 * s1) + (satrec.del2 * s2) + (satrec.del3 * s3);
                xldot = xni + satrec.xfact;
                xnddt = (satrec.del1 * c1) + (2.0 * satrec.del2 * c2) + (3.0 * satrec.del3 * c3);
                xnddt *= xldot;
            }
            else
            {
                // --------- near - half-day resonance terms --------
                double xomi = satrec.argpo + (satrec.argpdot * atime);
                double x2omi = xomi + xomi;
                double x2li = xli + xli;
                (double s2201, double c2201) = Math.SinCos(x2omi + xli - g22);
                (double s2211, double c2211) = Math.SinCos(xli - g22);
                (double s3210, double c3210) = Math.SinCos(xomi + xli - g32);
                (double s3222, double c3222) = Math.SinCos(-xomi + xli - g32);
                (double s4410, double c4410) = Math.SinCos(x2omi + x2li - g44);
                (double s4422, double c4422) = Math.SinCos(x2li - g44);
                (double s5220, double c5220) = Math.SinCos(xomi + xli - g52);
                (double s5232, double c5232) = Math.SinCos(-xomi + xli - g52);
                (double s5421, double c5421) = Math.SinCos(xomi + x2li - g54);
                (double s5433, double c5433) = Math.SinCos(-xomi + x2li - g54);
                xndt = (satrec.d2201 * s2201) + (satrec.d2211 * s2211) + (satrec.d3210 * s3210) + (satrec.d3222 * s3222)
                    + (satrec.d4410 * s4410) + (satrec.d4422 * s4422) + (satrec.d5220 * s5220) + (satrec.d5232 * s5232)
                    + (satrec.d5421 * s5421) + (satrec.d5433 * s5433);
                xldot = xni + satrec.xfact;
                xnddt = (satrec.d2201 * c2201) + (satrec.d2211 * c2211) + (satrec.d3210 * c3210) + (satrec.d3222 * c3222)
                    + (satrec.d5220 * c5220) + (satrec.d5232 * c5232)
                    + (2.0 * ((satrec.d4410 * c4410) + (satrec.d4422 * c4422) + (satrec.d5421 * c5421) + (satrec.d5433 * c5433)));
                xnddt *= xldot;
            }

            // ----------------------- integrator -------------------
            if (Math.Abs(t - atime) >= stepp)
            {
                xli = xli + (xldot * delt) + (xndt * step2);
                xni = xni + (xndt * delt) + (xnddt * step2);
                atime += delt;
            }
            else
            {
                ft = t - atime;
                break;
            }
        }

        state.atime = atime;
        state.xli = xli;
        state.xni = xni;
        state.xndt = xndt;
        state.xldot = xldot;
        state.xnddt = xnddt;
        state.hasDots = true;

        nm = xni + (xndt * ft) + (xnddt * ft * ft * 0.5);
        double xl = xli + (xldot * ft) + (xndt * ft * ft * 0.5);
        if (satrec.irez != 1)
        {
            mm = xl - (2.0 * nodem) + (2.0 * theta);
        }
        else
        {
            mm = xl - nodem - argpm + theta;
        }

        dndt = nm - satrec.no_unkozai;
        nm = satrec.no_unkozai + dndt;
    }
}
