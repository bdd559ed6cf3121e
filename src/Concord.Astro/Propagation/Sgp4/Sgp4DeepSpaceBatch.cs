namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable IDE1006 // Field names are Vallado's elsetrec names (house style R19).

/// <summary>Deep-space (SDP4) coefficients of many satellites in structure-of-arrays layout, for
/// <see cref="Sgp4VectorKernel"/>'s deep-space branch; the twin of <see cref="Sgp4Batch"/>.</summary>
/// <remarks>Satellites are sorted by resonance class (<c>irez</c> 0, 1, 2) and then by inclination, so most vectors
/// take one branch of <c>dspace</c> and one branch of the Lyddane choice in <c>dpper</c>; masks handle the rest.
/// Padding lanes repeat the first satellite. <c>bcc4 = bstar·cc4</c> keeps the scalar kernel's rounding.
/// Read-only after construction.</remarks>
internal sealed class Sgp4DeepSpaceBatch
{
    public Sgp4DeepSpaceBatch(IReadOnlyList<Sgp4Propagator> propagators, int[] deepSpaceObjects)
    {
        int[] order = (int[])deepSpaceObjects.Clone();
        Array.Sort(order, (x, y) =>
        {
            Sgp4Coefficients a = propagators[x].Coefficients;
            Sgp4Coefficients b = propagators[y].Coefficients;
            int byRez = a.irez.CompareTo(b.irez);
            return byRez != 0 ? byRez : a.inclo.CompareTo(b.inclo);
        });
        Objects = order;
        Count = order.Length;
        int lanes = (Count + Sgp4Batch.LanePadding - 1) / Sgp4Batch.LanePadding * Sgp4Batch.LanePadding;
        LaneCount = lanes;
        mo = new double[lanes];
        mdot = new double[lanes];
        argpo = new double[lanes];
        argpdot = new double[lanes];
        nodeo = new double[lanes];
        nodedot = new double[lanes];
        nodecf = new double[lanes];
        cc1 = new double[lanes];
        t2cof = new double[lanes];
        no_unkozai = new double[lanes];
        ecco = new double[lanes];
        inclo = new double[lanes];
        sinio = new double[lanes];
        cosio = new double[lanes];
        d2201 = new double[lanes];
        d2211 = new double[lanes];
        d3210 = new double[lanes];
        d3222 = new double[lanes];
        d4410 = new double[lanes];
        d4422 = new double[lanes];
        d5220 = new double[lanes];
        d5232 = new double[lanes];
        d5421 = new double[lanes];
        d5433 = new double[lanes];
        dedt = new double[lanes];
        del1 = new double[lanes];
        del2 = new double[lanes];
        del3 = new double[lanes];
        didt = new double[lanes];
        dmdt = new double[lanes];
        dnodt = new double[lanes];
        domdt = new double[lanes];
        e3 = new double[lanes];
        ee2 = new double[lanes];
        se2 = new double[lanes];
        se3 = new double[lanes];
        sgh2 = new double[lanes];
        sgh3 = new double[lanes];
        sgh4 = new double[lanes];
        sh2 = new double[lanes];
        sh3 = new double[lanes];
        si2 = new double[lanes];
        si3 = new double[lanes];
        sl2 = new double[lanes];
        sl3 = new double[lanes];
        sl4 = new double[lanes];
        gsto = new double[lanes];
        xfact = new double[lanes];
        xgh2 = new double[lanes];
        xgh3 = new double[lanes];
        xgh4 = new double[lanes];
        xh2 = new double[lanes];
        xh3 = new double[lanes];
        xi2 = new double[lanes];
        xi3 = new double[lanes];
        xl2 = new double[lanes];
        xl3 = new double[lanes];
        xl4 = new double[lanes];
        xlamo = new double[lanes];
        zmol = new double[lanes];
        zmos = new double[lanes];
        bcc4 = new double[lanes];
        aopow = new double[lanes];
        irez = new double[lanes];
        afspc = new double[lanes];
        xke = new double[lanes];
        j2 = new double[lanes];
        j3oj2 = new double[lanes];
        radiusearthkm = new double[lanes];
        vkmpersec = new double[lanes];

        for (int lane = 0; lane < lanes && Count > 0; lane++)
        {
            Sgp4Coefficients c = propagators[order[lane < Count ? lane : 0]].Coefficients;
            mo[lane] = c.mo;
            mdot[lane] = c.mdot;
            argpo[lane] = c.argpo;
            argpdot[lane] = c.argpdot;
            nodeo[lane] = c.nodeo;
            nodedot[lane] = c.nodedot;
            nodecf[lane] = c.nodecf;
            cc1[lane] = c.cc1;
            t2cof[lane] = c.t2cof;
            no_unkozai[lane] = c.no_unkozai;
            ecco[lane] = c.ecco;
            inclo[lane] = c.inclo;
            sinio[lane] = Math.Sin(c.inclo);
            cosio[lane] = Math.Cos(c.inclo);
            d2201[lane] = c.d2201;
            d2211[lane] = c.d2211;
            d3210[lane] = c.d3210;
            d3222[lane] = c.d3222;
            d4410[lane] = c.d4410;
            d4422[lane] = c.d4422;
            d5220[lane] = c.d5220;
            d5232[lane] = c.d5232;
            d5421[lane] = c.d5421;
            d5433[lane] = c.d5433;
            dedt[lane] = c.dedt;
            del1[lane] = c.del1;
            del2[lane] = c.del2;
            del3[lane] = c.del3;
            didt[lane] = c.didt;
            dmdt[lane] = c.dmdt;
            dnodt[lane] = c.dnodt;
            domdt[lane] = c.domdt;
            e3[lane] = c.e3;
            ee2[lane] = c.ee2;
            se2[lane] = c.se2;
            se3[lane] = c.se3;
            sgh2[lane] = c.sgh2;
            sgh3[lane] = c.sgh3;
            sgh4[lane] = c.sgh4;
            sh2[lane] = c.sh2;
            sh3[lane] = c.sh3;
            si2[lane] = c.si2;
            si3[lane] = c.si3;
            sl2[lane] = c.sl2;
            sl3[lane] = c.sl3;
            sl4[lane] = c.sl4;
            gsto[lane] = c.gsto;
            xfact[lane] = c.xfact;
            xgh2[lane] = c.xgh2;
            xgh3[lane] = c.xgh3;
            xgh4[lane] = c.xgh4;
            xh2[lane] = c.xh2;
            xh3[lane] = c.xh3;
            xi2[lane] = c.xi2;
            xi3[lane] = c.xi3;
            xl2[lane] = c.xl2;
            xl3[lane] = c.xl3;
            xl4[lane] = c.xl4;
            xlamo[lane] = c.xlamo;
            zmol[lane] = c.zmol;
            zmos[lane] = c.zmos;
            bcc4[lane] = c.bstar * c.cc4;
            irez[lane] = c.irez;
            aopow[lane] = Math.Pow(c.gravity.xke / c.no_unkozai, 2.0 / 3.0);
            afspc[lane] = c.operationmode == 'a' ? 1.0 : 0.0;
            xke[lane] = c.gravity.xke;
            j2[lane] = c.gravity.j2;
            j3oj2[lane] = c.gravity.j3oj2;
            radiusearthkm[lane] = c.gravity.radiusearthkm;
            vkmpersec[lane] = c.gravity.radiusearthkm * c.gravity.xke / 60.0;
        }
    }

    /// <summary>Caller index of each packed lane (length <see cref="Count"/>).</summary>
    public int[] Objects { get; }

    /// <summary>Number of real lanes.</summary>
    public int Count { get; }

    /// <summary>Number of lanes including padding.</summary>
    public int LaneCount { get; }

    public readonly double[] mo, mdot, argpo, argpdot, nodeo, nodedot, nodecf, cc1, t2cof, no_unkozai, ecco, inclo, sinio, cosio, d2201, d2211, d3210, d3222, d4410, d4422, d5220, d5232, d5421, d5433, dedt, del1, del2, del3, didt, dmdt, dnodt, domdt, e3, ee2, se2, se3, sgh2, sgh3, sgh4, sh2, sh3, si2, si3, sl2, sl3, sl4, gsto, xfact, xgh2, xgh3, xgh4, xh2, xh3, xi2, xi3, xl2, xl3, xl4, xlamo, zmol, zmos, bcc4, irez, afspc, aopow, xke, j2, j3oj2, radiusearthkm, vkmpersec;
}
