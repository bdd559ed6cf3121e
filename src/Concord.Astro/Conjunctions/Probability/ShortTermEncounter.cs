using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Two objects near their closest approach, each with a 3×3 position covariance in the same inertial frame:
/// the input of the short-term-encounter (2-D) collision probability.</summary>
/// <param name="Primary">Primary state (inertial frame, SI).</param>
/// <param name="Secondary">Secondary state (same frame and epoch).</param>
/// <param name="PrimaryCovarianceSquareMeters">Primary position covariance, m², in the states' frame.</param>
/// <param name="SecondaryCovarianceSquareMeters">Secondary position covariance, m², in the states' frame.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record ShortTermEncounter(
    CartesianState Primary, CartesianState Secondary, Matrix3x3d PrimaryCovarianceSquareMeters, Matrix3x3d SecondaryCovarianceSquareMeters)
{
    /// <summary>Builds the encounter from covariances given in each object's own RTN frame (as CDMs carry them):
    /// C_inertial = Mᵀ C_rtn M, with M the RTN axes of that object's own position and velocity (NASA CARA convention).</summary>
    public static ShortTermEncounter FromRtnCovariances(CartesianState primary, CartesianState secondary,
        Matrix3x3d primaryRtnCovarianceSquareMeters, Matrix3x3d secondaryRtnCovarianceSquareMeters)
        => new(primary, secondary,
            Rtn.InertialToRtn(primary).Transpose().RotateCovariance(primaryRtnCovarianceSquareMeters),
            Rtn.InertialToRtn(secondary).Transpose().RotateCovariance(secondaryRtnCovarianceSquareMeters));

    /// <summary>This encounter with both positions moved to the linear closest approach (<see cref="LinearClosestApproach"/>),
    /// as CARA does before its 2-D Pc to undo the 1 ms rounding of a CDM's TCA.</summary>
    public ShortTermEncounter AtLinearClosestApproach()
    {
        var (r1, r2, _) = LinearClosestApproach.Adjust(Primary.PositionMeters, Primary.VelocityMetersPerSecond,
            Secondary.PositionMeters, Secondary.VelocityMetersPerSecond);
        return this with { Primary = Primary with { PositionMeters = r1 }, Secondary = Secondary with { PositionMeters = r2 } };
    }

    /// <summary>Where the two covariances came from; set <see cref="CovarianceSource.RegimeDefault"/> when either is a
    /// <see cref="DefaultCovariance"/>. Copied into every result computed from this encounter.</summary>
    public CovarianceSource CovarianceSource { get; init; }

    /// <summary>The miss distance |r₂ − r₁|, m.</summary>
    public double MissDistanceMeters => (Secondary.PositionMeters - Primary.PositionMeters).Length;

    /// <summary>The collision probability by <paramref name="method"/>: <see cref="CollisionProbabilityMethod.Foster2D"/>
    /// (exact, Foster &amp; Estes 1992), <see cref="CollisionProbabilityMethod.Chan"/> (Chan's series),
    /// <see cref="CollisionProbabilityMethod.AlfanoMaximum"/> (covariance-free worst case from the miss distance, Alfano
    /// 2005; computed even when the covariances are unusable), <see cref="CollisionProbabilityMethod.AlfriendMaximum"/>
    /// (Alfriend et al. 1999 Eq. 21) or <see cref="CollisionProbabilityMethod.ScaledCovarianceMaximum"/> (exact maximum
    /// over a covariance scale factor). For <see cref="CollisionProbabilityMethod.MonteCarlo"/> call
    /// <see cref="MonteCarlo"/>, which needs sampling options.</summary>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, m (≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative or NaN, or the method is
    /// <see cref="CollisionProbabilityMethod.MonteCarlo"/> or unknown.</exception>
    public CollisionProbability Probability(CollisionProbabilityMethod method, double hardBodyRadiusMeters)
    {
        if (double.IsNaN(hardBodyRadiusMeters) || hardBodyRadiusMeters < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(hardBodyRadiusMeters), hardBodyRadiusMeters, "The hard-body radius must be ≥ 0.");
        }

        if (method == CollisionProbabilityMethod.AlfanoMaximum)
        {
            // Uses no covariance, so an encounter whose covariance is not positive definite still gets a bound.
            return MaximumProbability.CovarianceFree(MissDistanceMeters, hardBodyRadiusMeters);
        }

        CollisionProbabilityStatus status = TryProject(out EncounterPlaneProjection p);
        if (status != CollisionProbabilityStatus.Ok)
        {
            bool upperBound = method is CollisionProbabilityMethod.AlfriendMaximum or CollisionProbabilityMethod.ScaledCovarianceMaximum;
            return CollisionProbability.Failed(method, status) with { IsUpperBound = upperBound, CovarianceSource = CovarianceSource };
        }

        CollisionProbability result = method switch
        {
            CollisionProbabilityMethod.Foster2D => EncounterPlaneProbability.Foster(p.MissXMeters, p.MissYMeters, p.SigmaXMeters, p.SigmaYMeters, hardBodyRadiusMeters),
            CollisionProbabilityMethod.Chan => EncounterPlaneProbability.Chan(p.MissXMeters, p.MissYMeters, p.SigmaXMeters, p.SigmaYMeters, hardBodyRadiusMeters),
            CollisionProbabilityMethod.AlfriendMaximum => MaximumProbability.AlfriendScaled(p, hardBodyRadiusMeters),
            CollisionProbabilityMethod.ScaledCovarianceMaximum => MaximumProbability.OverCovarianceScale(p, hardBodyRadiusMeters).Probability,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a closed-form method; Monte Carlo needs MonteCarlo(radius, options)."),
        };
        return result with { CovarianceSource = CovarianceSource };
    }

    /// <summary>The Monte Carlo estimate under the short-term encounter model (<see cref="EncounterPlaneMonteCarlo"/>),
    /// with its confidence interval. Deterministic for a given <see cref="MonteCarloOptions.Seed"/>.</summary>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, m (≥ 0, finite).</param>
    /// <param name="options">Seed, trial budget and stopping rule.</param>
    /// <returns>The estimate, or a status and no trials when the encounter cannot be projected.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative or not finite, or the options are out of range.</exception>
    public MonteCarloProbability MonteCarlo(double hardBodyRadiusMeters, MonteCarloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(hardBodyRadiusMeters) || hardBodyRadiusMeters < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(hardBodyRadiusMeters), hardBodyRadiusMeters, "The hard-body radius must be finite and ≥ 0.");
        }

        CollisionProbabilityStatus status = TryProject(out EncounterPlaneProjection p);
        MonteCarloProbability estimate = status == CollisionProbabilityStatus.Ok
            ? EncounterPlaneMonteCarlo.Estimate(p, hardBodyRadiusMeters, options)
            : new MonteCarloProbability(status, 0, 0, options.Seed);
        return estimate with { CovarianceSource = CovarianceSource };
    }

    /// <summary>Projects this encounter on its encounter plane (<see cref="EncounterPlane.TryProject"/>).</summary>
    public CollisionProbabilityStatus TryProject(out EncounterPlaneProjection projection) => EncounterPlane.TryProject(
        Primary.PositionMeters, Primary.VelocityMetersPerSecond, PrimaryCovarianceSquareMeters,
        Secondary.PositionMeters, Secondary.VelocityMetersPerSecond, SecondaryCovarianceSquareMeters,
        out projection);
}
