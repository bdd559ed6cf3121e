using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>The apogee/perigee pre-filter of Hoots, Crawford and Roehrich ("An analytic method to determine future close
/// approaches between satellites", Celestial Mechanics 33 (1984)): a pair whose radial bands never overlap cannot come
/// close, so such objects are left out before any sampling. Thread-safe.</summary>
/// <remarks>
/// <para>Screening one new object against a 1,600-object catalog over 72 h spends almost all its time sampling every
/// other object's trajectory (the screener's own filters need those samples); this keeps only the objects that can
/// matter.</para>
/// <para><see cref="Candidates"/> (few primaries, a screening run): SGP4 (WGS-72) is evaluated every
/// <see cref="SampleStep"/> over the window, and at each sample the osculating two-body periapsis and apoapsis radii
/// a(1 − e), a(1 + e) are taken from the state (Vallado, "Fundamentals of Astrodynamics and Applications", 4th ed. (2013),
/// algorithm 9, RV2COE): the radius stays between them for the revolution around the sample up to the perturbations'
/// short-period change of the osculating elements (J2: about 1.5·J2·(Re/a)²·a ≈ 10 km in LEO) and the drag decay within
/// the step, covered by <see cref="PadMeters"/>. Objects with an unbound state or an SGP4 failure are kept (the screener
/// decides them).</para>
/// <para><see cref="Near"/> (one object, a plan): the band of an element set is a(1 ∓ e) of its mean elements, that of an
/// ephemeris the range of its stored radii; the caller's margin covers the difference from the osculating radius.</para>
/// </remarks>
public static class ApogeePerigeeFilter
{
    /// <summary>Above this many primaries <see cref="Candidates"/> keeps everything (an all-on-all or bulk run keeps
    /// nearly everything anyway).</summary>
    public const int MaxPrimaries = 64;

    /// <summary>Margin on each sampled band, metres (see remarks).</summary>
    public const double PadMeters = 30_000.0;

    /// <summary>Sampling step of the bands (shorter than any LEO revolution's 88 min).</summary>
    public static readonly Duration SampleStep = Duration.FromMinutes(60);

    private const double MuWgs72 = EarthConstants.Wgs72GravitationalParameterM3PerS2; // SGP4's constant
    private const double MuWgs84 = EarthConstants.Wgs84GravitationalParameterM3PerS2;
    private const double SecondsPerMinute = 60.0;

    /// <summary>The part of <paramref name="catalog"/> worth screening against <paramref name="primaryIds"/> over
    /// [<paramref name="start"/>, <paramref name="stop"/>] with <paramref name="thresholdMeters"/>: every primary, every
    /// object known only by an ephemeris, and every other object whose sampled element-set band comes within the
    /// threshold plus the pads of a primary's. The catalog itself when there are no or more than
    /// <see cref="MaxPrimaries"/> primaries, or when a primary has no element set or no band.</summary>
    public static ConjunctionCatalog Candidates(ConjunctionCatalog catalog, IReadOnlyCollection<string> primaryIds, Epoch start, Epoch stop,
        double thresholdMeters)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(primaryIds);
        var primaries = new HashSet<string>(primaryIds, StringComparer.Ordinal);
        ConjunctionCatalogEntry[] sets = [.. catalog.Entries.Where(e => e.Source == TrajectorySource.ElementSet)];
        if (primaries.Count is 0 or > MaxPrimaries || !primaries.All(p => Array.Exists(sets, s => s.Id == p)))
        {
            return catalog;
        }

        var primaryBands = new List<(double Low, double High)>();
        foreach (ConjunctionCatalogEntry set in sets.Where(s => primaries.Contains(s.Id)))
        {
            if (SampledBand(set.Object.Propagator!, start, stop) is not { } band)
            {
                return catalog; // a primary without a band: nothing can be ruled out
            }

            primaryBands.Add(band);
        }

        double margin = thresholdMeters + (2.0 * PadMeters);
        var kept = new HashSet<string>(catalog.Entries.Where(e => e.Source != TrajectorySource.ElementSet).Select(e => e.Id), StringComparer.Ordinal);
        foreach (ConjunctionCatalogEntry set in sets)
        {
            if (primaries.Contains(set.Id)
                || SampledBand(set.Object.Propagator!, start, stop) is not { } band
                || primaryBands.Exists(p => band.Low <= p.High + margin && p.Low <= band.High + margin))
            {
                kept.Add(set.Id);
            }
        }

        return catalog.Subset(kept);
    }

    /// <summary>The entries of <paramref name="id"/> and of the objects whose band can come within
    /// <paramref name="marginMeters"/> of its own (mean-element or ephemeris bands, see remarks).</summary>
    public static ConjunctionCatalog Near(ConjunctionCatalog catalog, string id, double marginMeters)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        (double Low, double High)[] bands = [.. catalog.Entries.Where(e => e.Id == id).Select(MeanBand)];
        if (bands.Length == 0)
        {
            return catalog.Subset([id]);
        }

        double perigee = bands.Min(b => b.Low) - marginMeters, apogee = bands.Max(b => b.High) + marginMeters;
        string[] near = [.. catalog.Entries.Where(e => e.Id == id || Overlaps(MeanBand(e), perigee, apogee)).Select(e => e.Id).Distinct()];
        return catalog.Subset(near);
    }

    private static bool Overlaps((double Low, double High) band, double low, double high) => band.Low <= high && band.High >= low;

    private static (double Low, double High) MeanBand(ConjunctionCatalogEntry entry)
    {
        if (entry.Ephemeris is { } ephemeris)
        {
            return (ephemeris.PositionsMeters.Min(p => p.Length), ephemeris.PositionsMeters.Max(p => p.Length));
        }

        Sgp4Elements elements = entry.Elements!;
        double a = TwoBody.SemiMajorAxis(elements.MeanMotionRadiansPerMinute / SecondsPerMinute, MuWgs84);
        return (TwoBody.PerigeeRadius(a, elements.Eccentricity), TwoBody.ApogeeRadius(a, elements.Eccentricity));
    }

    // The [lowest periapsis, highest apoapsis] radius over the window, metres; null when it cannot be bounded.
    private static (double Low, double High)? SampledBand(Sgp4Propagator propagator, Epoch start, Epoch stop)
    {
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
