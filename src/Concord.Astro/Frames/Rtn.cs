using Concord.Astro.Mathematics;

namespace Concord.Astro.Frames;

/// <summary>The RTN (radial, transverse, normal; also called RSW, RIC or LVLH-like) frame of an orbital state, and
/// relative states of a secondary object in it.</summary>
/// <remarks>
/// <para>Axes (Vallado 2013 §3.3.3 "RSW"; CCSDS 508.0-B-1 CDM Annex "RTN"): R = r/|r|, N = (r × v)/|r × v|, T = N × R.
/// The rotation M = [R; T; N] (rows) maps inertial vectors into RTN: x_RTN = M x_inertial, and Mᵀ maps back.
/// The reference state must be in an inertial frame (TEME, GCRF or EME2000); its angular velocity is
/// ω = (r × v)/|r|², exact for the orbit's instantaneous rotation of R (Vallado 2013 §6.8).</para>
/// <para>Thread-safe: pure functions.</para>
/// </remarks>
public static class Rtn
{
    /// <summary>The rotation M with x_RTN = M x_inertial for the RTN axes of <paramref name="positionMeters"/>,
    /// <paramref name="velocityMetersPerSecond"/> (any inertial frame; units only need to be consistent).</summary>
    /// <exception cref="ArgumentException">Position and velocity are parallel or zero (rectilinear state: RTN undefined).</exception>
    public static Matrix3x3d InertialToRtn(Vector3d positionMeters, Vector3d velocityMetersPerSecond)
    {
        Vector3d h = Vector3d.Cross(positionMeters, velocityMetersPerSecond);
        if (h.LengthSquared == 0.0 || positionMeters.LengthSquared == 0.0)
        {
            throw new ArgumentException("RTN is undefined for a zero or rectilinear state (r × v = 0).", nameof(velocityMetersPerSecond));
        }

        Vector3d radial = positionMeters.Normalized();
        Vector3d normal = h.Normalized();
        Vector3d transverse = Vector3d.Cross(normal, radial);
        return Matrix3x3d.FromRows(radial, transverse, normal);
    }

    /// <summary>The rotation M with x_RTN = M x_inertial for the RTN axes of <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentException">The state is in ITRF, or is rectilinear.</exception>
    public static Matrix3x3d InertialToRtn(CartesianState state)
    {
        RequireInertial(state, nameof(state));
        return InertialToRtn(state.PositionMeters, state.VelocityMetersPerSecond);
    }

    /// <summary>The angular velocity ω = (r × v)/|r|² of the RTN frame of <paramref name="state"/>, rad/s, in the state's frame.</summary>
    /// <exception cref="ArgumentException">The state is in ITRF.</exception>
    public static Vector3d AngularVelocityRadiansPerSecond(CartesianState state)
    {
        RequireInertial(state, nameof(state));
        return Vector3d.Cross(state.PositionMeters, state.VelocityMetersPerSecond) / state.PositionMeters.LengthSquared;
    }

    /// <summary>Components along the RTN axes of <paramref name="reference"/> of a vector given in the reference's frame.</summary>
    public static Vector3d ToRtn(CartesianState reference, Vector3d inertialVector) => InertialToRtn(reference) * inertialVector;

    /// <summary>The vector, in the reference's frame, whose RTN components (axes of <paramref name="reference"/>) are <paramref name="rtnVector"/>.</summary>
    public static Vector3d FromRtn(CartesianState reference, Vector3d rtnVector) => InertialToRtn(reference).Transpose() * rtnVector;

    /// <summary>The secondary's state relative to the primary, in the primary's RTN axes.</summary>
    /// <remarks>Position ρ = M (r₂ − r₁) (the miss vector at TCA). Velocity: see <see cref="RtnVelocityConvention"/>.</remarks>
    /// <exception cref="ArgumentException">The states differ in epoch or frame, or are in ITRF.</exception>
    public static RtnRelativeState RelativeState(CartesianState primary, CartesianState secondary, RtnVelocityConvention convention)
    {
        RequireInertial(primary, nameof(primary));
        if (secondary.Frame != primary.Frame || secondary.Epoch != primary.Epoch)
        {
            throw new ArgumentException("The secondary must be at the primary's epoch and in its frame; transform it first.", nameof(secondary));
        }

        Matrix3x3d m = InertialToRtn(primary.PositionMeters, primary.VelocityMetersPerSecond);
        Vector3d rho = secondary.PositionMeters - primary.PositionMeters;
        Vector3d rhoDot = secondary.VelocityMetersPerSecond - primary.VelocityMetersPerSecond;
        if (convention == RtnVelocityConvention.Rotating)
        {
            rhoDot -= Vector3d.Cross(AngularVelocityRadiansPerSecond(primary), rho);
        }
        else if (convention != RtnVelocityConvention.NonRotating)
        {
            throw new ArgumentOutOfRangeException(nameof(convention), convention, null);
        }

        return new RtnRelativeState(m * rho, m * rhoDot, convention);
    }

    /// <summary>The secondary's inertial state from its RTN state relative to <paramref name="primary"/> (inverse of
    /// <see cref="RelativeState"/>), in the primary's frame and at its epoch.</summary>
    /// <exception cref="ArgumentException">The primary is in ITRF.</exception>
    public static CartesianState FromRelativeState(CartesianState primary, RtnRelativeState relative)
    {
        RequireInertial(primary, nameof(primary));
        Matrix3x3d mTranspose = InertialToRtn(primary.PositionMeters, primary.VelocityMetersPerSecond).Transpose();
        Vector3d rho = mTranspose * relative.PositionMeters;
        Vector3d rhoDot = mTranspose * relative.VelocityMetersPerSecond;
        if (relative.Convention == RtnVelocityConvention.Rotating)
        {
            rhoDot += Vector3d.Cross(AngularVelocityRadiansPerSecond(primary), rho);
        }

        return new CartesianState(primary.Epoch, primary.Frame, primary.PositionMeters + rho, primary.VelocityMetersPerSecond + rhoDot);
    }

    private static void RequireInertial(CartesianState state, string parameterName)
    {
        if (state.Frame == ReferenceFrame.Itrf)
        {
            throw new ArgumentException("RTN needs an inertial state (TEME, GCRF or EME2000), not ITRF.", parameterName);
        }
    }
}
