namespace Concord.Astro.Frames;

/// <summary>How a relative velocity is expressed in the RTN axes of a primary (R6: policy is an explicit argument).</summary>
public enum RtnVelocityConvention
{
    /// <summary>The inertial relative velocity v₂ − v₁ with its components taken along the instantaneous R, T, N axes
    /// (no frame-rotation term). This is what CCSDS CDM <c>RELATIVE_VELOCITY_R/T/N</c> and covariance rotation by
    /// <see cref="Mathematics.Matrix3x3d.RotateCovariance6x6"/> assume.</summary>
    NonRotating,

    /// <summary>The rate of change of the RTN components of the relative position, as seen by an observer rotating with
    /// the primary's RTN frame: M (v₂ − v₁ − ω × ρ), ω = (r₁ × v₁)/|r₁|² (Vallado 2013 §6.8; Clohessy-Wiltshire frame).</summary>
    Rotating,
}
