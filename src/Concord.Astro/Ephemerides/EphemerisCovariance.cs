using System.Collections.Immutable;
using Concord.Astro.Time;

namespace Concord.Astro.Ephemerides;

/// <summary>A 6×6 position-velocity covariance at an epoch, as a 21-term lower triangle in SI units (m², m²/s, m²/s²), row by row.</summary>
/// <param name="Epoch">The epoch of the covariance.</param>
/// <param name="FrameName">The frame of the covariance as given by the source (e.g. "RTN", "EME2000"), or <c>null</c> for the ephemeris frame.</param>
/// <param name="LowerTriangleSi">The 21 lower-triangle terms in SI units: row i holds columns 0..i.</param>
public sealed record EphemerisCovariance(Epoch Epoch, string? FrameName, ImmutableArray<double> LowerTriangleSi)
{
    /// <summary>The number of terms of a 6×6 lower triangle.</summary>
    public const int TermCount = 21;
}
