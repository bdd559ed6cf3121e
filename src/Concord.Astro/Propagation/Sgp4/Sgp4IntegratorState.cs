namespace Concord.Astro.Propagation.Sgp4;

#pragma warning disable IDE1006 // Field names are Vallado's (house style R19).

/// <summary>State of the deep-space resonance integrator (Vallado et al. 2006, <c>dspace</c>: <c>atime, xli, xni</c>).</summary>
/// <remarks>The reference keeps this in <c>elsetrec</c> and mutates it on every call. Here the caller owns it:
/// <see cref="Sgp4Propagator"/> starts from <see cref="AtEpoch"/> on every call (thread-safe, independent of call
/// order), and a single-threaded batch may carry it from one time to the next. Both give bit-identical results:
/// the integrator always steps from epoch in ±720 min steps, so continuing from a stored step repeats exactly the
/// arithmetic a restart would do (the reference itself restarts whenever |t| goes back below |atime|).</remarks>
internal struct Sgp4IntegratorState
{
    /// <summary>Time of the last integrator step, minutes since epoch.</summary>
    public double atime;

    /// <summary>Resonance mean longitude at <see cref="atime"/>, radians.</summary>
    public double xli;

    /// <summary>Mean motion at <see cref="atime"/>, radians per minute.</summary>
    public double xni;

    /// <summary>dspace's dot terms <c>xndt, xldot, xnddt</c> at (<see cref="atime"/>, <see cref="xli"/>,
    /// <see cref="xni"/>), valid when <see cref="hasDots"/>. Not in the reference, which re-evaluates them (3 or 10
    /// SinCos) on every call; they are a function of that state only, so a carried state reuses them and gives the
    /// same bits. With 60 s steps the integrator advances once per 12 calls.</summary>
    public double xndt;

    /// <inheritdoc cref="xndt"/>
    public double xldot;

    /// <inheritdoc cref="xndt"/>
    public double xnddt;

    /// <summary>The dot terms hold the values for the current <see cref="atime"/>, <see cref="xli"/>, <see cref="xni"/>.</summary>
    public bool hasDots;

    /// <summary>The integrator's state at epoch for <paramref name="c"/>.</summary>
    public static Sgp4IntegratorState AtEpoch(Sgp4Coefficients c)
        => new() { atime = 0.0, xli = c.xlamo, xni = c.no_unkozai };
}
