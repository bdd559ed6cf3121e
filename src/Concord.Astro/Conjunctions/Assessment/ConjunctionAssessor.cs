using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>The one covariance policy and probability of collision of Concord's conjunctions. Thread-safe.</summary>
/// <remarks>
/// <para><b>Covariance.</b> An object whose operator ephemeris carries a covariance within <see cref="MaxCovarianceAge"/>
/// of TCA is assessed with the nearest one, rotated into its RTN axes (<see cref="RtnCovariance.Nearest"/>). Any other
/// object gets the regime default of <see cref="DefaultCovariance"/>, the regime taken from its element set's mean
/// elements (semi-major axis from the Kozai mean motion by Kepler's third law, perigee and apogee a(1 ∓ e)), or from the
/// osculating orbit of its state at TCA when it has no element set (a replacement, an ephemeris-only object). A value
/// computed with a default is only as good as that assumption and says so (<see cref="AssessedConjunction.MethodName"/>
/// <c>+default-cov</c>, <see cref="CovarianceSource.RegimeDefault"/>).</para>
/// <para><b>Probability.</b> Short-term encounter in the encounter plane: Foster &amp; Estes (1992), Chan (1997), the
/// covariance-free maximum of Alfano (2005), or Monte Carlo sampling of the relative position, as
/// <see cref="ConjunctionAssessmentOptions.Method"/> says.</para>
/// </remarks>
public static class ConjunctionAssessor
{
    /// <summary>How far from TCA an ephemeris covariance may lie and still be used.</summary>
    public static readonly Duration MaxCovarianceAge = Duration.FromMinutes(60);

    private const double EarthEquatorialRadiusMeters = EarthConstants.Wgs84EquatorialRadiusMeters;
    private const double MuMetersCubedPerSecondSquared = EarthConstants.Wgs84GravitationalParameterM3PerS2;
    private const double SecondsPerMinute = 60.0;

    /// <summary>Assesses <paramref name="conjunction"/>, found by screening <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The method is not one of the four of
    /// <see cref="ConjunctionAssessmentOptions.Method"/>, or the hard-body radius is negative or not finite.</exception>
    public static AssessedConjunction Assess(ScreenedConjunction conjunction, ConjunctionCatalog catalog, ConjunctionAssessmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(options.HardBodyRadiusMeters) || options.HardBodyRadiusMeters < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.HardBodyRadiusMeters, "The hard-body radius must be finite and ≥ 0.");
        }

        ConjunctionCatalogEntry primary = catalog.Entries[conjunction.PrimaryIndex], secondary = catalog.Entries[conjunction.SecondaryIndex];
        if (options.Method == CollisionProbabilityMethod.AlfanoMaximum)
        {
            return new AssessedConjunction(conjunction, Unused(primary, conjunction.PrimaryIndex), Unused(secondary, conjunction.SecondaryIndex),
                MaximumProbability.CovarianceFree(conjunction.MissDistanceMeters, options.HardBodyRadiusMeters), "alfano-max");
        }

        (ImmutableArray<double> p, CovarianceSource pSource) = CovarianceOf(primary, conjunction.PrimaryState, catalog.Frames);
        (ImmutableArray<double> s, CovarianceSource sSource) = CovarianceOf(secondary, conjunction.SecondaryState, catalog.Frames);
        bool anyDefault = pSource == CovarianceSource.RegimeDefault || sSource == CovarianceSource.RegimeDefault;
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(conjunction.PrimaryState, conjunction.SecondaryState,
            RtnCovariance.PositionBlock(p), RtnCovariance.PositionBlock(s))
            with { CovarianceSource = anyDefault ? CovarianceSource.RegimeDefault : CovarianceSource.Supplied };
        (CollisionProbability pc, string name) = options.Method switch
        {
            CollisionProbabilityMethod.Foster2D => (encounter.Probability(CollisionProbabilityMethod.Foster2D, options.HardBodyRadiusMeters), "foster"),
            CollisionProbabilityMethod.Chan => (encounter.Probability(CollisionProbabilityMethod.Chan, options.HardBodyRadiusMeters), "chan"),
            CollisionProbabilityMethod.MonteCarlo => (encounter.MonteCarlo(options.HardBodyRadiusMeters,
                new MonteCarloOptions { Seed = options.Seed }).Probability, "monte-carlo"),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Foster2D, Chan, AlfanoMaximum or MonteCarlo."),
        };
        return new AssessedConjunction(conjunction,
            new AssessedObject(primary.Id, conjunction.PrimaryIndex, primary.Source, p, pSource),
            new AssessedObject(secondary.Id, conjunction.SecondaryIndex, secondary.Source, s, sSource),
            pc, anyDefault ? name + "+default-cov" : name);
    }

    /// <summary>The regime default covariance of an object: from its element set's mean elements when it has one, else
    /// from the osculating orbit of <paramref name="stateTeme"/> (see remarks).</summary>
    public static DefaultCovariance DefaultCovarianceOf(Sgp4Elements? elements, CartesianState stateTeme)
    {
        if (elements is null)
        {
            return DefaultCovariance.ForState(stateTeme);
        }

        double semiMajorAxisMeters = TwoBody.SemiMajorAxis(elements.MeanMotionRadiansPerMinute / SecondsPerMinute, MuMetersCubedPerSecondSquared);
        return DefaultCovariance.ForOrbit(TwoBody.PerigeeAltitude(semiMajorAxisMeters, elements.Eccentricity, EarthEquatorialRadiusMeters),
            TwoBody.ApogeeAltitude(semiMajorAxisMeters, elements.Eccentricity, EarthEquatorialRadiusMeters), elements.InclinationRadians);
    }

    /// <summary>The conjunction seen from the other side: the objects swapped and the relative position and velocity taken
    /// in the new primary's RTN axes (secondary minus primary, inertial velocity difference, as the screener writes them).
    /// The hub lists the lower catalog number first.</summary>
    public static ScreenedConjunction Swap(ScreenedConjunction conjunction)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        Matrix3x3d toRtn = Rtn.InertialToRtn(conjunction.SecondaryState);
        return conjunction with
        {
            PrimaryIndex = conjunction.SecondaryIndex,
            SecondaryIndex = conjunction.PrimaryIndex,
            PrimaryId = conjunction.SecondaryId,
            SecondaryId = conjunction.PrimaryId,
            PrimaryState = conjunction.SecondaryState,
            SecondaryState = conjunction.PrimaryState,
            RelativePositionRtnMeters = toRtn * (conjunction.PrimaryState.PositionMeters - conjunction.SecondaryState.PositionMeters),
            RelativeVelocityRtnMetersPerSecond = toRtn * (conjunction.PrimaryState.VelocityMetersPerSecond - conjunction.SecondaryState.VelocityMetersPerSecond),
        };
    }

    private static AssessedObject Unused(ConjunctionCatalogEntry entry, int index) =>
        new(entry.Id, index, entry.Source, default, CovarianceSource.NotUsed);

    private static (ImmutableArray<double> Terms, CovarianceSource Source) CovarianceOf(ConjunctionCatalogEntry entry, CartesianState stateTeme,
        FrameTransformer frames)
    {
        if (entry.Ephemeris is { } ephemeris && RtnCovariance.Nearest(ephemeris, stateTeme, frames, MaxCovarianceAge) is { } supplied)
        {
            return (supplied, CovarianceSource.Supplied);
        }

        DefaultCovariance regime = DefaultCovarianceOf(entry.Elements, stateTeme);
        return (RtnCovariance.FromPositionBlock(regime.RtnCovarianceSquareMeters), CovarianceSource.RegimeDefault);
    }
}
