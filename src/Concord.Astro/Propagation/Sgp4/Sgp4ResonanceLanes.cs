namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable SA1307, IDE1006 // Field names are Vallado's (house style R19).

/// <summary>The deep-space resonance integrators of one block of lanes (<see cref="Sgp4Batch.LanePadding"/>), carried
/// by the vector kernel from one time to the next: the vector form of <see cref="Sgp4IntegratorState"/>.</summary>
/// <remarks>Vallado's <c>atime, xli, xni</c> per lane, and <c>dspace</c>'s dot terms <c>xndt, xldot, xnddt</c> at that
/// state where <see cref="hasDots"/> is 1. The dot terms are a function of (atime, xli, xni) alone, so reusing them
/// gives the same bits as re-evaluating them (3 or 10 sin/cos per lane) on every call; with 60 s steps the integrator
/// moves once per 12 calls. All zeros means "at epoch, no dot terms yet".</remarks>
internal sealed class Sgp4ResonanceLanes
{
    public readonly double[] atime = new double[Sgp4Batch.LanePadding];
    public readonly double[] xli = new double[Sgp4Batch.LanePadding];
    public readonly double[] xni = new double[Sgp4Batch.LanePadding];
    public readonly double[] xndt = new double[Sgp4Batch.LanePadding];
    public readonly double[] xldot = new double[Sgp4Batch.LanePadding];
    public readonly double[] xnddt = new double[Sgp4Batch.LanePadding];

    /// <summary>1 where the lane's dot terms are valid for its (atime, xli, xni), else 0.</summary>
    public readonly double[] hasDots = new double[Sgp4Batch.LanePadding];
}
