using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Hub.Catalog;

namespace Concord.Hub.Conjunctions;

/// <summary>The hub's Pc of a screened conjunction: Foster 2-D (Foster &amp; Estes 1992). An object whose operator
/// ephemeris carries a covariance near TCA (within an hour) is assessed with it, rotated into its RTN axes; any other
/// object gets its regime default covariance (<see cref="DefaultCovariance.ForOrbit"/>; the regime from its element
/// set's mean elements, else from the osculating orbit of its state), as <c>concord screen --hbr-m</c> does. With a
/// default the value is only as good as that assumption. Thread-safe.</summary>
internal static class ConjunctionProbability
{
    /// <summary>The CDM <c>COLLISION_PROBABILITY_METHOD</c> written for the hub's Pc.</summary>
    public const string CdmMethod = "FOSTER-1992";

    private const double EarthEquatorialRadiusMeters = 6378137.0;
    private const double MuMetersCubedPerSecondSquared = 3.986004418e14;
    private const double SecondsPerDay = 86400.0;
    private const double RadiansPerRevolution = 2.0 * Math.PI;
    private const double MaxCovarianceAgeSeconds = 3600.0;

    /// <summary>The Pc of <paramref name="conjunction"/> between two catalog entries and the covariances it used.</summary>
    public static ConjunctionAssessment Assess(ScreenedConjunction conjunction, ScreeningCatalogEntry primary, ScreeningCatalogEntry secondary,
        double hardBodyRadiusMeters)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        (ImmutableArray<double> p, bool pDefault) = CovarianceOf(primary, conjunction.PrimaryState);
        (ImmutableArray<double> s, bool sDefault) = CovarianceOf(secondary, conjunction.SecondaryState);
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(conjunction.PrimaryState, conjunction.SecondaryState,
            PositionBlock(p), PositionBlock(s))
            with { CovarianceSource = pDefault || sDefault ? CovarianceSource.RegimeDefault : CovarianceSource.Supplied };
        CollisionProbability pc = encounter.Probability(CollisionProbabilityMethod.Foster2D, hardBodyRadiusMeters);
        return new ConjunctionAssessment(pc.Status == CollisionProbabilityStatus.Ok ? pc.Value : null, p, pDefault, s, sDefault);
    }

    /// <summary>Orbital period of the entry: its set's mean motion, else the osculating orbit of <paramref name="state"/>
    /// (Kepler's third law), seconds.</summary>
    public static double PeriodSeconds(ScreeningCatalogEntry entry, CartesianState state)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Set is { } set)
        {
            return PeriodSeconds(set);
        }

        double a = SemiMajorAxisMeters(state);
        return a > 0.0 ? RadiansPerRevolution * Math.Sqrt(a * a * a / MuMetersCubedPerSecondSquared) : SecondsPerDay;
    }

    /// <summary>Orbital period of the set's mean motion, seconds.</summary>
    public static double PeriodSeconds(ElementSet set) => SecondsPerDay / set.MeanMotionRevolutionsPerDay;

    // The ephemeris covariance nearest TCA (within an hour) in the object's RTN axes; else the regime default (position
    // block only, the rest zero).
    private static (ImmutableArray<double> Terms, bool IsDefault) CovarianceOf(ScreeningCatalogEntry entry, CartesianState stateTeme)
    {
        if (entry.Ephemeris is { Covariances.IsEmpty: false } ephemeris && entry.Object.Frames is { } frames)
        {
            EphemerisCovariance nearest = ephemeris.Covariances.MinBy(c => Math.Abs((c.Epoch - stateTeme.Epoch).TotalSeconds))!;
            if (Math.Abs((nearest.Epoch - stateTeme.Epoch).TotalSeconds) <= MaxCovarianceAgeSeconds
                && nearest.LowerTriangleSi.Length == EphemerisCovariance.TermCount)
            {
                string frame = (nearest.FrameName ?? ephemeris.Frame.ToString()).ToUpperInvariant();
                if (frame is "RTN" or "RSW" or "RIC" or "UVW")
                {
                    return (nearest.LowerTriangleSi, false);
                }

                if (InertialFrame(frame) is { } inertial)
                {
                    CartesianState inFrame = frames.Transform(stateTeme, inertial);
                    return (RotateLowerTriangle(nearest.LowerTriangleSi, Rtn.InertialToRtn(inFrame)), false);
                }
            }
        }

        Matrix3x3d c = (entry.Set is { } set ? DefaultFor(set) : DefaultFor(stateTeme)).RtnCovarianceSquareMeters;
        var terms = new double[EphemerisCovariance.TermCount];
        terms[0] = c.M11;
        terms[1] = c.M21;
        terms[2] = c.M22;
        terms[3] = c.M31;
        terms[4] = c.M32;
        terms[5] = c.M33;
        return ([.. terms], true);
    }

    private static ReferenceFrame? InertialFrame(string name) => name switch
    {
        "EME2000" or "J2000" => ReferenceFrame.Eme2000,
        "GCRF" or "ICRF" => ReferenceFrame.Gcrf,
        "TEME" => ReferenceFrame.Teme,
        _ => null,
    };

    private static Matrix3x3d PositionBlock(ImmutableArray<double> t) => new(t[0], t[1], t[3], t[1], t[2], t[4], t[3], t[4], t[5]);

    // C_rtn = B C Bᵀ with B = blockdiag(M, M) on the 21-term lower triangle (positions and velocities rotate alike).
    private static ImmutableArray<double> RotateLowerTriangle(ImmutableArray<double> t, Matrix3x3d m)
    {
        var full = new double[6, 6];
        int k = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                full[i, j] = t[k];
                full[j, i] = t[k];
                k++;
            }
        }

        var b = new double[6, 6];
        double[] rows = [m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33];
        for (int block = 0; block < 6; block += 3)
        {
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    b[block + i, block + j] = rows[(3 * i) + j];
                }
            }
        }

        var result = new double[EphemerisCovariance.TermCount];
        k = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = 0.0;
                for (int p = 0; p < 6; p++)
                {
                    for (int q = 0; q < 6; q++)
                    {
                        sum += b[i, p] * full[p, q] * b[j, q];
                    }
                }

                result[k++] = sum;
            }
        }

        return [.. result];
    }

    // The regime from the mean elements: a from the Kozai mean motion (Kepler's third law), perigee and apogee a(1 ∓ e).
    private static DefaultCovariance DefaultFor(ElementSet set)
    {
        double meanMotionRadiansPerSecond = set.MeanMotionRevolutionsPerDay * RadiansPerRevolution / SecondsPerDay;
        double semiMajorAxisMeters = Math.Cbrt(MuMetersCubedPerSecondSquared / (meanMotionRadiansPerSecond * meanMotionRadiansPerSecond));
        return DefaultCovariance.ForOrbit((semiMajorAxisMeters * (1.0 - set.Eccentricity)) - EarthEquatorialRadiusMeters,
            (semiMajorAxisMeters * (1.0 + set.Eccentricity)) - EarthEquatorialRadiusMeters);
    }

    // Perigee and apogee of the osculating two-body orbit through the state (vis-viva and the angular momentum).
    private static DefaultCovariance DefaultFor(CartesianState state)
    {
        double r = state.PositionMeters.Length;
        double a = SemiMajorAxisMeters(state);
        Vector3d h = Vector3d.Cross(state.PositionMeters, state.VelocityMetersPerSecond);
        double e = Math.Sqrt(Math.Max(0.0, 1.0 - (h.LengthSquared / (MuMetersCubedPerSecondSquared * a))));
        return !(a > 0.0) || e >= 1.0
            ? DefaultCovariance.ForOrbit(r - EarthEquatorialRadiusMeters, r - EarthEquatorialRadiusMeters)
            : DefaultCovariance.ForOrbit((a * (1.0 - e)) - EarthEquatorialRadiusMeters, (a * (1.0 + e)) - EarthEquatorialRadiusMeters);
    }

    // Vis-viva: 1/a = 2/r − v²/μ.
    private static double SemiMajorAxisMeters(CartesianState state) =>
        1.0 / ((2.0 / state.PositionMeters.Length) - (state.VelocityMetersPerSecond.LengthSquared / MuMetersCubedPerSecondSquared));
}
