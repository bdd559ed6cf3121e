namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable IDE1006 // Field names are Vallado's elsetrec names (house style R19).

/// <summary>Near-earth SGP4 coefficients of many satellites in structure-of-arrays layout, one
/// <see cref="double"/> array per <c>elsetrec</c> field, padded to a whole number of 16-lane blocks.</summary>
/// <remarks>Read-only after construction, so one batch can serve several threads. Deep-space satellites are not
/// packed here but in <see cref="DeepSpace"/>. Padding lanes
/// repeat the first satellite so they compute finite values; their results are never read. Products the scalar
/// kernel forms left to right are stored pre-multiplied (<c>bcc4 = bstar·cc4</c>, <c>bcc5 = bstar·cc5</c>),
/// which keeps the same rounding. For <c>isimp = 1</c> satellites the higher-order drag coefficients are zero,
/// which makes the kernel's unconditional arithmetic equal to the reference's skipped branch.</remarks>
internal sealed class Sgp4Batch
{
    /// <summary>Lanes are padded to a multiple of this (the widest vector, <see cref="Sgp4Vector512x2"/>).</summary>
    public const int LanePadding = 16;

    public Sgp4Batch(IReadOnlyList<Sgp4Propagator> propagators)
    {
        ArgumentNullException.ThrowIfNull(propagators);
        var nearEarth = new List<int>();
        var deepSpace = new List<int>();
        for (int i = 0; i < propagators.Count; i++)
        {
            (propagators[i].IsDeepSpace ? deepSpace : nearEarth).Add(i);
        }

        Propagators = propagators;
        NearEarthObjects = [.. nearEarth];
        DeepSpaceObjects = [.. deepSpace];
        NearEarthCount = nearEarth.Count;
        DeepSpace = new Sgp4DeepSpaceBatch(propagators, DeepSpaceObjects);
        int lanes = (NearEarthCount + LanePadding - 1) / LanePadding * LanePadding;
        LaneCount = lanes;

        mo = new double[lanes];
        mdot = new double[lanes];
        argpo = new double[lanes];
        argpdot = new double[lanes];
        nodeo = new double[lanes];
        nodedot = new double[lanes];
        nodecf = new double[lanes];
        cc1 = new double[lanes];
        bcc4 = new double[lanes];
        t2cof = new double[lanes];
        omgcof = new double[lanes];
        eta = new double[lanes];
        xmcof = new double[lanes];
        delmo = new double[lanes];
        d2 = new double[lanes];
        d3 = new double[lanes];
        d4 = new double[lanes];
        bcc5 = new double[lanes];
        sinmao = new double[lanes];
        t3cof = new double[lanes];
        t4cof = new double[lanes];
        t5cof = new double[lanes];
        no_unkozai = new double[lanes];
        ecco = new double[lanes];
        inclo = new double[lanes];
        sinio = new double[lanes];
        cosio = new double[lanes];
        aycof = new double[lanes];
        xlcof = new double[lanes];
        con41 = new double[lanes];
        x1mth2 = new double[lanes];
        x7thm1 = new double[lanes];
        aopow = new double[lanes];
        xke = new double[lanes];
        j2 = new double[lanes];
        radiusearthkm = new double[lanes];
        vkmpersec = new double[lanes];

        for (int lane = 0; lane < lanes; lane++)
        {
            if (NearEarthCount == 0)
            {
                break;
            }

            Sgp4Coefficients c = propagators[nearEarth[lane < NearEarthCount ? lane : 0]].Coefficients;
            bool full = c.isimp != 1;
            mo[lane] = c.mo;
            mdot[lane] = c.mdot;
            argpo[lane] = c.argpo;
            argpdot[lane] = c.argpdot;
            nodeo[lane] = c.nodeo;
            nodedot[lane] = c.nodedot;
            nodecf[lane] = c.nodecf;
            cc1[lane] = c.cc1;
            bcc4[lane] = c.bstar * c.cc4;
            t2cof[lane] = c.t2cof;
            omgcof[lane] = full ? c.omgcof : 0.0;
            eta[lane] = c.eta;
            xmcof[lane] = full ? c.xmcof : 0.0;
            delmo[lane] = c.delmo;
            d2[lane] = full ? c.d2 : 0.0;
            d3[lane] = full ? c.d3 : 0.0;
            d4[lane] = full ? c.d4 : 0.0;
            bcc5[lane] = full ? c.bstar * c.cc5 : 0.0;
            sinmao[lane] = c.sinmao;
            t3cof[lane] = full ? c.t3cof : 0.0;
            t4cof[lane] = full ? c.t4cof : 0.0;
            t5cof[lane] = full ? c.t5cof : 0.0;
            no_unkozai[lane] = c.no_unkozai;
            ecco[lane] = c.ecco;
            inclo[lane] = c.inclo;
            sinio[lane] = Math.Sin(c.inclo);
            cosio[lane] = Math.Cos(c.inclo);
            aycof[lane] = c.aycof;
            xlcof[lane] = c.xlcof;
            con41[lane] = c.con41;
            x1mth2[lane] = c.x1mth2;
            x7thm1[lane] = c.x7thm1;
            // pow(xke / nm, 2/3) with the constant near-earth nm: the scalar kernel's value, computed once.
            aopow[lane] = Math.Pow(c.gravity.xke / c.no_unkozai, 2.0 / 3.0);
            xke[lane] = c.gravity.xke;
            j2[lane] = c.gravity.j2;
            radiusearthkm[lane] = c.gravity.radiusearthkm;
            vkmpersec[lane] = c.gravity.radiusearthkm * c.gravity.xke / 60.0;
        }
    }

    /// <summary>The propagators the batch was built from, in caller order.</summary>
    public IReadOnlyList<Sgp4Propagator> Propagators { get; }

    /// <summary>Caller index of each packed near-earth lane (length <see cref="NearEarthCount"/>).</summary>
    public int[] NearEarthObjects { get; }

    /// <summary>Caller indices of the deep-space satellites (scalar path).</summary>
    public int[] DeepSpaceObjects { get; }

    /// <summary>The deep-space satellites, packed for the vector kernel.</summary>
    public Sgp4DeepSpaceBatch DeepSpace { get; }

    /// <summary>Number of real near-earth lanes.</summary>
    public int NearEarthCount { get; }

    /// <summary>Number of lanes including padding (a multiple of <see cref="LanePadding"/>).</summary>
    public int LaneCount { get; }

    public readonly double[] mo, mdot, argpo, argpdot, nodeo, nodedot, nodecf, cc1, bcc4, t2cof;
    public readonly double[] omgcof, eta, xmcof, delmo, d2, d3, d4, bcc5, sinmao, t3cof, t4cof, t5cof;
    public readonly double[] no_unkozai, ecco, inclo, sinio, cosio, aycof, xlcof, con41, x1mth2, x7thm1;
    public readonly double[] aopow, xke, j2, radiusearthkm, vkmpersec;
}
