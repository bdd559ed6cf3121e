using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Hub.Catalog;

namespace Concord.Hub.Conjunctions;

/// <summary>The apogee/perigee pre-filter of a screening with few primaries: drops the catalog objects that cannot come
/// within the screening threshold of any primary, because their radial band over the window never meets a primary's
/// (Hoots, Crawford and Roehrich, "An analytic method to determine future close approaches between satellites",
/// Celestial Mechanics 33 (1984), the apogee-perigee filter). Thread-safe.</summary>
/// <remarks>
/// <para>Screening one new object against a 1,600-object catalog over 72 h spends almost all its time sampling every
/// other object's trajectory (the screener's own filters need those samples); this keeps only the objects that can
/// matter before any sampling, so a submission's warning is not held up by the rest of the catalog.</para>
/// <para>Band: SGP4 (WGS-72) is evaluated every <see cref="SampleStep"/> over the window, and at each sample the
/// osculating two-body periapsis and apoapsis radii a(1 − e), a(1 + e) are taken from the state (Vallado, "Fundamentals
/// of Astrodynamics and Applications", 4th ed. (2013), algorithm 9, RV2COE): the radius stays between them for the
/// revolution around the sample up to the perturbations' short-period change of the osculating elements (J2: about
/// 1.5·J2·(Re/a)²·a ≈ 10 km in LEO) and the drag decay within the step, covered by <see cref="PadMeters"/>. Objects
/// with an unbound state or an SGP4 failure are kept (the screener decides them).</para>
/// </remarks>
internal static class RadialPrefilter
{
    /// <summary>Above this many primaries the filter is not applied (an all-on-all or bulk run keeps nearly everything).</summary>
    public const int MaxPrimaries = 64;

    /// <summary>Margin on each band, metres (see remarks).</summary>
    public const double PadMeters = 30_000.0;

    /// <summary>Sampling step of the bands (shorter than any LEO revolution's 88 min).</summary>
    public static readonly Duration SampleStep = Duration.FromMinutes(60);

    private const double MuWgs72 = EarthConstants.Wgs72GravitationalParameterM3PerS2; // SGP4's constant

    /// <summary>The sets of <paramref name="catalog"/> worth screening against the <paramref name="primaries"/> over
    /// [<paramref name="start"/>, <paramref name="stop"/>] with <paramref name="thresholdMeters"/>: every primary, and
    /// every other object whose band comes within the threshold plus the pads of a primary's. The whole catalog when
    /// there are no or too many primaries.</summary>
    public static List<ElementSet> Candidates(List<ElementSet> catalog, IReadOnlySet<int> primaries, Epoch start, Epoch stop,
        double thresholdMeters)
    {
        if (primaries.Count == 0 || primaries.Count > MaxPrimaries)
        {
            return catalog;
        }

        var primaryBands = new List<(double Low, double High)>();
        foreach (ElementSet set in catalog.Where(s => primaries.Contains(s.CatalogNumber)))
        {
            if (Band(set, start, stop) is not { } band)
            {
                return catalog; // a primary without a band: nothing can be ruled out
            }

            primaryBands.Add(band);
        }

        double margin = thresholdMeters + (2.0 * PadMeters);
        var kept = new List<ElementSet>(catalog.Count);
        foreach (ElementSet set in catalog)
        {
            if (primaries.Contains(set.CatalogNumber)
                || Band(set, start, stop) is not { } band
                || primaryBands.Exists(p => band.Low <= p.High + margin && p.Low <= band.High + margin))
            {
                kept.Add(set);
            }
        }

        return kept;
    }

    // The [lowest periapsis, highest apoapsis] radius over the window, metres; null when it cannot be bounded.
    private static (double Low, double High)? Band(ElementSet set, Epoch start, Epoch stop)
    {
        ParseResult<Sgp4Elements> elements = OmmConverter.ToSgp4Elements(ElementSetMapping.ToOmm(set, DateTimeOffset.UnixEpoch));
        if (elements.Value is null || Sgp4Propagator.Create(elements.Value, Sgp4Options.Default) is not { Success: true } init)
        {
            return null;
        }

        Sgp4Propagator propagator = init.Propagator!;
        double low = double.MaxValue, high = 0.0;
        for (Epoch t = start; ; t += SampleStep)
        {
            Epoch at = t < stop ? t : stop;
            Sgp4Result state = propagator.Propagate((at - propagator.Elements.Epoch).TotalMinutes);
            if (!state.Success)
            {
                return null;
            }

            Vector3d r = state.PositionMeters, v = state.VelocityMetersPerSecond;
            double radius = r.Length, speedSquared = Vector3d.Dot(v, v);
            double inverseA = (2.0 / radius) - (speedSquared / MuWgs72);
            if (!(inverseA > 0.0))
            {
                return null; // unbound
            }

            double a = 1.0 / inverseA;
            double rv = Vector3d.Dot(r, v);
            double ex = (((speedSquared - (MuWgs72 / radius)) * r.X) - (rv * v.X)) / MuWgs72;
            double ey = (((speedSquared - (MuWgs72 / radius)) * r.Y) - (rv * v.Y)) / MuWgs72;
            double ez = (((speedSquared - (MuWgs72 / radius)) * r.Z) - (rv * v.Z)) / MuWgs72;
            double e = Math.Sqrt((ex * ex) + (ey * ey) + (ez * ez));
            low = Math.Min(low, Math.Min(radius, TwoBody.PerigeeRadius(a, e)));
            high = Math.Max(high, Math.Max(radius, TwoBody.ApogeeRadius(a, e)));
            if (at >= stop)
            {
                break;
            }
        }

        return (low, high);
    }
}
