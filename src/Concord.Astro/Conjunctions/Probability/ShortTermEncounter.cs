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

    /// <summary>The 2-D collision probability by <paramref name="method"/> (<see cref="CollisionProbabilityMethod.Foster2D"/>:
    /// exact, Foster &amp; Estes 1992; <see cref="CollisionProbabilityMethod.Chan"/>: Chan's series).</summary>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, m (≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative or NaN, or the method is not a 2-D method.</exception>
    public CollisionProbability Probability(CollisionProbabilityMethod method, double hardBodyRadiusMeters)
    {
        CollisionProbabilityStatus status = EncounterPlane.TryProject(
            Primary.PositionMeters, Primary.VelocityMetersPerSecond, PrimaryCovarianceSquareMeters,
            Secondary.PositionMeters, Secondary.VelocityMetersPerSecond, SecondaryCovarianceSquareMeters,
            out EncounterPlaneProjection p);
        if (double.IsNaN(hardBodyRadiusMeters) || hardBodyRadiusMeters < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(hardBodyRadiusMeters), hardBodyRadiusMeters, "The hard-body radius must be ≥ 0.");
        }

        if (status != CollisionProbabilityStatus.Ok)
        {
            return CollisionProbability.Failed(method, status);
        }

        return method switch
        {
            CollisionProbabilityMethod.Foster2D => EncounterPlaneProbability.Foster(p.MissXMeters, p.MissYMeters, p.SigmaXMeters, p.SigmaYMeters, hardBodyRadiusMeters),
            CollisionProbabilityMethod.Chan => EncounterPlaneProbability.Chan(p.MissXMeters, p.MissYMeters, p.SigmaXMeters, p.SigmaYMeters, hardBodyRadiusMeters),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a 2-D encounter-plane method."),
        };
    }
}
