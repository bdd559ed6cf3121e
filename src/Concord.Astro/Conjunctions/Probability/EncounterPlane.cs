using Concord.Astro.Mathematics;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Builds the short-term-encounter plane from two states at TCA and their 3×3 position covariances.</summary>
/// <remarks>
/// <para>Geometry (Foster &amp; Estes 1992; as implemented in NASA CARA's PcCircle, CARA_Analysis_Tools): r = r₂ − r₁,
/// v = v₂ − v₁; plane axes ŷ = v/|v| (normal to the plane), ẑ = (r × v)/|r × v|, x̂ = ŷ × ẑ (the direction of r projected
/// on the plane). The combined covariance C = C₁ + C₂ (uncorrelated objects) is projected on (x̂, ẑ) and diagonalised.</para>
/// <para>Miss-distance convention (CARA): the miss vector in the plane is |r| x̂, the <i>full</i> miss distance, not the
/// projection of r. At the true TCA r ⟂ v and the two agree; with a TCA rounded to 1 ms (CDMs) they differ slightly
/// (up to 3e-3 relative in Pc on CARA's 53 operational cases) and this choice reproduces CARA's published values. When
/// r = 0 or r ∥ v, the miss vector is taken as 0 and x̂ is any unit vector normal to v.</para>
/// <para>All inputs in one inertial frame, SI units (m, m/s, m²). Thread-safe: pure functions.</para>
/// </remarks>
public static class EncounterPlane
{
    /// <summary>Projects the encounter on the plane normal to the relative velocity.</summary>
    /// <param name="primaryPositionMeters">Primary position at TCA, in m (inertial).</param>
    /// <param name="primaryVelocityMetersPerSecond">Primary velocity at TCA, in m/s (same frame).</param>
    /// <param name="primaryCovarianceSquareMeters">Primary 3×3 position covariance, in m² (same frame).</param>
    /// <param name="secondaryPositionMeters">Secondary position at TCA, in m.</param>
    /// <param name="secondaryVelocityMetersPerSecond">Secondary velocity at TCA, in m/s.</param>
    /// <param name="secondaryCovarianceSquareMeters">Secondary 3×3 position covariance, in m².</param>
    /// <param name="projection">The projection when the status is <see cref="CollisionProbabilityStatus.Ok"/>; default otherwise.</param>
    /// <returns><see cref="CollisionProbabilityStatus.Ok"/>; <see cref="CollisionProbabilityStatus.EncounterGeometryDegenerate"/>
    /// when the relative velocity is zero or a position or velocity is not finite; or
    /// <see cref="CollisionProbabilityStatus.CovarianceNotPositiveDefinite"/> when the projected 2×2 covariance is not
    /// positive definite (no remediation is applied).</returns>
    public static CollisionProbabilityStatus TryProject(
        Vector3d primaryPositionMeters,
        Vector3d primaryVelocityMetersPerSecond,
        Matrix3x3d primaryCovarianceSquareMeters,
        Vector3d secondaryPositionMeters,
        Vector3d secondaryVelocityMetersPerSecond,
        Matrix3x3d secondaryCovarianceSquareMeters,
        out EncounterPlaneProjection projection)
    {
        projection = default;
        Vector3d r = secondaryPositionMeters - primaryPositionMeters;
        Vector3d v = secondaryVelocityMetersPerSecond - primaryVelocityMetersPerSecond;
        double speed = v.Length;
        if (!(speed > 0.0) || !double.IsFinite(speed) || !double.IsFinite(r.LengthSquared))
        {
            return CollisionProbabilityStatus.EncounterGeometryDegenerate;
        }

        Vector3d yAxis = v / speed;
        Vector3d h = Vector3d.Cross(r, v);
        double missMeters = r.Length;
        Vector3d zAxis;
        if (h.LengthSquared > 0.0)
        {
            zAxis = h.Normalized();
        }
        else
        {
            // r = 0 or r ∥ v: no in-plane miss direction; any normal to v will do.
            missMeters = 0.0;
            Vector3d trial = Math.Abs(yAxis.X) < 0.9 ? new Vector3d(1.0, 0.0, 0.0) : new Vector3d(0.0, 1.0, 0.0);
            zAxis = Vector3d.Cross(yAxis, trial).Normalized();
        }

        Vector3d xAxis = Vector3d.Cross(yAxis, zAxis);
        Matrix3x3d combined = primaryCovarianceSquareMeters + secondaryCovarianceSquareMeters;
        Vector3d cx = combined * xAxis;
        Vector3d cz = combined * zAxis;
        double a = Vector3d.Dot(xAxis, cx);
        double b = 0.5 * (Vector3d.Dot(zAxis, cx) + Vector3d.Dot(xAxis, cz));
        double c = Vector3d.Dot(zAxis, cz);

        double halfTrace = 0.5 * (a + c);
        double radius = Math.Sqrt((0.5 * (a - c) * 0.5 * (a - c)) + (b * b));
        double major = halfTrace + radius;
        double determinant = (a * c) - (b * b);
        if (!double.IsFinite(major) || !double.IsFinite(determinant) || !(major > 0.0) || !(determinant > 0.0))
        {
            return CollisionProbabilityStatus.CovarianceNotPositiveDefinite;
        }

        // λ₂ = det/λ₁ avoids the cancellation of halfTrace − radius for very elongated ellipses.
        double minor = determinant / major;
        double angle = 0.5 * Math.Atan2(2.0 * b, a - c);
        (double sin, double cos) = Math.SinCos(angle);

        // Miss vector (|r|, 0) in (x̂, ẑ), resolved on the eigenvectors e₁ = (cos, sin), e₂ = (−sin, cos).
        projection = new EncounterPlaneProjection(missMeters * cos, -missMeters * sin, Math.Sqrt(major), Math.Sqrt(minor));
        return CollisionProbabilityStatus.Ok;
    }
}
