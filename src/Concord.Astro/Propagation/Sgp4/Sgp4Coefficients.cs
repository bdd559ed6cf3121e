namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable SA1307, IDE1006 // Field names are Vallado's elsetrec names (house style R19).

/// <summary>Everything <c>sgp4init</c> computes for one satellite: Vallado's <c>elsetrec</c>, less the fields
/// the reference mutates while propagating (those are locals of <c>Sgp4Kernel.Propagate</c> here).</summary>
/// <remarks>Vallado, Crawford, Hujsak &amp; Kelso (2006), AIAA 2006-6753. Field names are the reference's so the
/// initialisation diffs against it. Units: Earth radii, minutes, radians. Written once by
/// <see cref="Sgp4Kernel.Initialize"/>, read-only afterwards, so instances can be shared between threads and
/// packed into structure-of-arrays by the batch propagator. The deep-space periodic offsets
/// <c>peo, pinco, plo, pgho, pho</c> are always zero in the corrected reference (dscom zeroes them and the
/// init-time dpper does not store), so they are not kept.</remarks>
internal sealed class Sgp4Coefficients
{
    // ----- constants and mode -----
    public Sgp4GravityConstants gravity;
    public char operationmode;

    // ----- mean elements at epoch -----
    public double bstar;
    public double ecco;
    public double argpo;
    public double inclo;
    public double mo;
    public double no_kozai;
    public double nodeo;
    public double no_unkozai;
    public double a;
    public double alta;
    public double altp;

    /// <summary>pow(xke / no_unkozai, 2/3): the reference evaluates it in every sgp4 call; it is constant unless
    /// dspace changes the mean motion (not an elsetrec field).</summary>
    public double aopow;

    /// <summary>sin and cos of <see cref="inclo"/> as <c>Math.SinCos</c> gives them: near-earth <c>sgp4</c> takes
    /// sin/cos of inclm = inclo on every call (not elsetrec fields; initl's sinio/cosio are locals there).</summary>
    public double sinio;

    /// <inheritdoc cref="sinio"/>
    public double cosio;

    // ----- near-earth -----
    public int isimp;
    public char method;
    public double aycof;
    public double con41;
    public double cc1;
    public double cc4;
    public double cc5;
    public double d2;
    public double d3;
    public double d4;
    public double delmo;
    public double eta;
    public double argpdot;
    public double omgcof;
    public double sinmao;
    public double t2cof;
    public double t3cof;
    public double t4cof;
    public double t5cof;
    public double x1mth2;
    public double x7thm1;
    public double mdot;
    public double nodedot;
    public double xlcof;
    public double xmcof;
    public double nodecf;

    // ----- deep space -----
    public int irez;
    public double d2201;
    public double d2211;
    public double d3210;
    public double d3222;
    public double d4410;
    public double d4422;
    public double d5220;
    public double d5232;
    public double d5421;
    public double d5433;
    public double dedt;
    public double del1;
    public double del2;
    public double del3;
    public double didt;
    public double dmdt;
    public double dnodt;
    public double domdt;
    public double e3;
    public double ee2;
    public double se2;
    public double se3;
    public double sgh2;
    public double sgh3;
    public double sgh4;
    public double sh2;
    public double sh3;
    public double si2;
    public double si3;
    public double sl2;
    public double sl3;
    public double sl4;
    public double gsto;
    public double xfact;
    public double xgh2;
    public double xgh3;
    public double xgh4;
    public double xh2;
    public double xh3;
    public double xi2;
    public double xi3;
    public double xl2;
    public double xl3;
    public double xl4;
    public double xlamo;
    public double zmol;
    public double zmos;

    /// <summary>The satellite is propagated with the deep-space (SDP4) terms (<c>method == 'd'</c>).</summary>
    public bool IsDeepSpace => method == 'd';
}
