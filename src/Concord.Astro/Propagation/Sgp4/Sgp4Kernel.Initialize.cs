using Concord.Astro.Time;

namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable IDE1006 // Local names are the reference's (house style R19).

/// <content>Initialisation: <c>initl</c> and <c>sgp4init</c>.</content>
internal static partial class Sgp4Kernel
{
    /// <summary>Vallado et al. (2006) <c>sgp4init</c>: fills <paramref name="satrec"/> and propagates to epoch.</summary>
    /// <param name="epoch">Epoch, days since 1950 January 0.0 UTC (the reference's <c>epoch</c>).</param>
    /// <param name="jdsatepoch">Epoch as a UTC (≈ UT1) Julian date, for <c>gstime</c> in 'i' mode.</param>
    /// <returns>The error of the propagation to epoch, or an error found in the inputs before it.</returns>
    /// <remarks>Two checks run before the reference algorithm, which would otherwise produce NaN rather than a code:
    /// eccentricity outside [0, 1) gives error 1 (the code sgp4 gives at t = 0 for e ≥ 1) and a mean motion that is
    /// not positive gives error 2. Neither changes any valid element set.</remarks>
    public static Sgp4Error Initialize(
        Sgp4GravityConstants gravity, char opsmode, double epoch, double jdsatepoch,
        double xbstar, double xecco, double xargpo, double xinclo, double xmo, double xno_kozai, double xnodeo,
        Sgp4Coefficients satrec)
    {
        if (!(xecco >= 0.0 && xecco < 1.0))
        {
            return Sgp4Error.MeanEccentricityOutOfRange;
        }

        if (!(xno_kozai > 0.0) || double.IsInfinity(xno_kozai))
        {
            return Sgp4Error.MeanMotionNotPositive;
        }

        // sgp4fix divisor for divide by zero check on inclination
        const double temp4 = 1.5e-12;

        satrec.isimp = 0;
        satrec.method = 'n';
        satrec.gravity = gravity;
        satrec.operationmode = opsmode;
        satrec.bstar = xbstar;
        satrec.ecco = xecco;
        satrec.argpo = xargpo;
        satrec.inclo = xinclo;
        satrec.mo = xmo;
        satrec.no_kozai = xno_kozai;
        satrec.nodeo = xnodeo;

        // ------------------------ earth constants -----------------------
        double ss = (78.0 / gravity.radiusearthkm) + 1.0;
        double qzms2ttemp = (120.0 - 78.0) / gravity.radiusearthkm;
        double qzms2t = qzms2ttemp * qzms2ttemp * qzms2ttemp * qzms2ttemp;
        const double x2o3 = 2.0 / 3.0;

        Initl(gravity, satrec.ecco, epoch, jdsatepoch, satrec.inclo, satrec.no_kozai, opsmode,
            out double ainv, out double ao, out satrec.con41, out double con42, out double cosio, out double cosio2,
            out double eccsq, out double omeosq, out double posq, out double rp, out double rteosq, out double sinio,
            out satrec.gsto, out satrec.no_unkozai);
        _ = ainv;
        satrec.a = Math.Pow(satrec.no_unkozai * gravity.tumin, -2.0 / 3.0);
        satrec.aopow = Math.Pow(gravity.xke / satrec.no_unkozai, x2o3);
        (satrec.sinio, satrec.cosio) = Math.SinCos(satrec.inclo);
        satrec.alta = (satrec.a * (1.0 + satrec.ecco)) - 1.0;
        satrec.altp = (satrec.a * (1.0 - satrec.ecco)) - 1.0;

        if (omeosq >= 0.0 || satrec.no_unkozai >= 0.0)
        {
            satrec.isimp = 0;
            if (rp < ((220.0 / gravity.radiusearthkm) + 1.0))
            {
                satrec.isimp = 1;
            }

            double sfour = ss;
            double qzms24 = qzms2t;
            double perige = (rp - 1.0) * gravity.radiusearthkm;

            // - for perigees below 156 km, s and qoms2t are altered -
            if (perige < 156.0)
            {
                sfour = perige - 78.0;
                if (perige < 98.0)
                {
                    sfour = 20.0;
                }

                double qzms24temp = (120.0 - sfour) / gravity.radiusearthkm;
                qzms24 = qzms24temp * qzms24temp * qzms24temp * qzms24temp;
                sfour = (sfour / gravity.radiusearthkm) + 1.0;
            }

            double pinvsq = 1.0 / posq;

            double tsi = 1.0 / (ao - sfour);
            satrec.eta = ao * satrec.ecco * tsi;
            double etasq = satrec.eta * satrec.eta;
            double eeta = satrec.ecco * satrec.eta;
            double psisq = Math.Abs(1.0 - etasq);
            double coef = qzms24 * Math.Pow(tsi, 4.0);
            double coef1 = coef / Math.Pow(psisq, 3.5);
            double cc2 = coef1 * satrec.no_unkozai * ((ao * (1.0 + (1.5 * etasq) + (eeta * (4.0 + etasq))))
                + (0.375 * gravity.j2 * tsi / psisq * satrec.con41 * (8.0 + (3.0 * etasq * (8.0 + etasq)))));
            satrec.cc1 = satrec.bstar * cc2;
            double cc3 = 0.0;
            if (satrec.ecco > 1.0e-4)
            {
                cc3 = -2.0 * coef * tsi * gravity.j3oj2 * satrec.no_unkozai * sinio / satrec.ecco;
            }

            satrec.x1mth2 = 1.0 - cosio2;
            satrec.cc4 = 2.0 * satrec.no_unkozai * coef1 * ao * omeosq
                * ((satrec.eta * (2.0 + (0.5 * etasq))) + (satrec.ecco * (0.5 + (2.0 * etasq)))
                - (gravity.j2 * tsi / (ao * psisq)
                * ((-3.0 * satrec.con41 * (1.0 - (2.0 * eeta) + (etasq * (1.5 - (0.5 * eeta)))))
                + (0.75 * satrec.x1mth2 * ((2.0 * etasq) - (eeta * (1.0 + etasq))) * Math.Cos(2.0 * satrec.argpo)))));
            satrec.cc5 = 2.0 * coef1 * ao * omeosq * (1.0 + (2.75 * (etasq + eeta)) + (eeta * etasq));
            double cosio4 = cosio2 * cosio2;
            double temp1 = 1.5 * gravity.j2 * pinvsq * satrec.no_unkozai;
            double temp2 = 0.5 * temp1 * gravity.j2 * pinvsq;
            double temp3 = -0.46875 * gravity.j4 * pinvsq * pinvsq * satrec.no_unkozai;
            satrec.mdot = satrec.no_unkozai + (0.5 * temp1 * rteosq * satrec.con41)
                + (0.0625 * temp2 * rteosq * (13.0 - (78.0 * cosio2) + (137.0 * cosio4)));
            satrec.argpdot = (-0.5 * temp1 * con42) + (0.0625 * temp2 * (7.0 - (114.0 * cosio2) + (395.0 * cosio4)))
                + (temp3 * (3.0 - (36.0 * cosio2) + (49.0 * cosio4)));
            double xhdot1 = -temp1 * cosio;
            satrec.nodedot = xhdot1 + (((0.5 * temp2 * (4.0 - (19.0 * cosio2))) + (2.0 * temp3 * (3.0 - (7.0 * cosio2)))) * cosio);
            double xpidot = satrec.argpdot + satrec.nodedot;
            satrec.omgcof = satrec.bstar * cc3 * Math.Cos(satrec.argpo);
            satrec.xmcof = 0.0;
            if (satrec.ecco > 1.0e-4)
            {
                satrec.xmcof = -x2o3 * coef * satrec.bstar / eeta;
            }

            satrec.nodecf = 3.5 * omeosq * xhdot1 * satrec.cc1;
            satrec.t2cof = 1.5 * satrec.cc1;

            // sgp4fix for divide by zero with xinco = 180 deg
            if (Math.Abs(cosio + 1.0) > 1.5e-12)
            {
                satrec.xlcof = -0.25 * gravity.j3oj2 * sinio * (3.0 + (5.0 * cosio)) / (1.0 + cosio);
            }
            else
            {
                satrec.xlcof = -0.25 * gravity.j3oj2 * sinio * (3.0 + (5.0 * cosio)) / temp4;
            }

            satrec.aycof = -0.5 * gravity.j3oj2 * sinio;
            double delmotemp = 1.0 + (satrec.eta * Math.Cos(satrec.mo));
            satrec.delmo = delmotemp * delmotemp * delmotemp;
            satrec.sinmao = Math.Sin(satrec.mo);
            satrec.x7thm1 = (7.0 * cosio2) - 1.0;

            // --------------- deep space initialization -------------
            if ((2.0 * Math.PI / satrec.no_unkozai) >= 225.0)
            {
                satrec.method = 'd';
                satrec.isimp = 1;
                const double tc = 0.0;
                double inclm = satrec.inclo;

                Dscom(epoch, satrec.ecco, satrec.argpo, tc, satrec.inclo, satrec.nodeo, satrec.no_unkozai, satrec,
                    out DscomOutputs ds);

                // The reference calls dpper here with init = 'y': it changes nothing (see Sgp4Coefficients).
                double em = ds.em;
                double argpm = 0.0;
                double nodem = 0.0;
                double mm = 0.0;
                double nm = ds.nm;

                Dsinit(gravity, ds.cosim, ds.emsq, satrec.argpo, ds.s1, ds.s2, ds.s3, ds.s4, ds.s5, ds.sinim,
                    ds.ss1, ds.ss2, ds.ss3, ds.ss4, ds.ss5, ds.sz1, ds.sz3, ds.sz11, ds.sz13, ds.sz21, ds.sz23,
                    ds.sz31, ds.sz33, 0.0, tc, satrec.gsto, satrec.mo, satrec.mdot, satrec.no_unkozai, satrec.nodeo,
                    satrec.nodedot, xpidot, ds.z1, ds.z3, ds.z11, ds.z13, ds.z21, ds.z23, ds.z31, ds.z33,
                    satrec.ecco, eccsq, ref em, ref argpm, ref inclm, ref mm, ref nm, ref nodem, satrec);
            }

            // ----------- set variables if not deep space -----------
            if (satrec.isimp != 1)
            {
                double cc1sq = satrec.cc1 * satrec.cc1;
                satrec.d2 = 4.0 * ao * tsi * cc1sq;
                double temp = satrec.d2 * tsi * satrec.cc1 / 3.0;
                satrec.d3 = ((17.0 * ao) + sfour) * temp;
                satrec.d4 = 0.5 * temp * ao * tsi * ((221.0 * ao) + (31.0 * sfour)) * satrec.cc1;
                satrec.t3cof = satrec.d2 + (2.0 * cc1sq);
                satrec.t4cof = 0.25 * ((3.0 * satrec.d3) + (satrec.cc1 * ((12.0 * satrec.d2) + (10.0 * cc1sq))));
                satrec.t5cof = 0.2 * ((3.0 * satrec.d4) + (12.0 * satrec.cc1 * satrec.d3) + (6.0 * satrec.d2 * satrec.d2)
                    + (15.0 * cc1sq * ((2.0 * satrec.d2) + cc1sq)));
            }
        }

        // finally propagate to zero epoch to initialize all others.
        return Propagate(satrec, 0.0, out _, out _, out _, out _, out _, out _);
    }

    /// <summary>Vallado et al. (2006) <c>initl</c>: un-Kozai the mean motion and find the sidereal time at epoch.</summary>
    private static void Initl(
        Sgp4GravityConstants gravity, double ecco, double epoch, double jdsatepoch, double inclo, double no_kozai, char opsmode,
        out double ainv, out double ao, out double con41, out double con42, out double cosio, out double cosio2,
        out double eccsq, out double omeosq, out double posq, out double rp, out double rteosq, out double sinio,
        out double gsto, out double no_unkozai)
    {
        const double x2o3 = 2.0 / 3.0;

        // ------------- calculate auxillary epoch quantities ----------
        eccsq = ecco * ecco;
        omeosq = 1.0 - eccsq;
        rteosq = Math.Sqrt(omeosq);
        cosio = Math.Cos(inclo);
        cosio2 = cosio * cosio;

        // ------------------ un-kozai the mean motion -----------------
        double ak = Math.Pow(gravity.xke / no_kozai, x2o3);
        double d1 = 0.75 * gravity.j2 * ((3.0 * cosio2) - 1.0) / (rteosq * omeosq);
        double del = d1 / (ak * ak);
        double adel = ak * (1.0 - (del * del) - (del * ((1.0 / 3.0) + (134.0 * del * del / 81.0))));
        del = d1 / (adel * adel);
        no_unkozai = no_kozai / (1.0 + del);

        ao = Math.Pow(gravity.xke / no_unkozai, x2o3);
        sinio = Math.Sin(inclo);
        double po = ao * omeosq;
        con42 = 1.0 - (5.0 * cosio2);
        con41 = -con42 - cosio2 - cosio2;
        ainv = 1.0 / ao;
        posq = po * po;
        rp = ao * (1.0 - ecco);

        if (opsmode == 'a')
        {
            // sgp4fix use old way of finding gst: integer days from 0 Jan 1970
            double ts70 = epoch - 7305.0;
            double ds70 = Math.Floor(ts70 + 1.0e-8);
            double tfrac = ts70 - ds70;
            const double c1 = 1.72027916940703639e-2;
            const double thgr70 = 1.7321343856509374;
            const double fk5r = 5.07551419432269442e-15;
            const double c1p2p = c1 + TwoPi;
            gsto = (thgr70 + (c1 * ds70) + (c1p2p * tfrac) + (ts70 * ts70 * fk5r)) % TwoPi;
            if (gsto < 0.0)
            {
                gsto += TwoPi;
            }
        }
        else
        {
            gsto = SiderealTime.GreenwichMeanIau1982(jdsatepoch);
        }
    }
}
