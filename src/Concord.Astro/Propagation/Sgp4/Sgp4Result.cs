using Concord.Astro.Mathematics;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary>The outcome of one SGP4 propagation: a TEME position and velocity, or the <see cref="Sgp4Error"/>
/// that stopped it (house style R13: bad elements are results, not exceptions).</summary>
public readonly struct Sgp4Result
{
    private readonly Vector3d _positionMeters;
    private readonly Vector3d _velocityMetersPerSecond;

    internal Sgp4Result(Sgp4Error error, Vector3d positionMeters, Vector3d velocityMetersPerSecond)
    {
        Error = error;
        _positionMeters = positionMeters;
        _velocityMetersPerSecond = velocityMetersPerSecond;
    }

    /// <summary>Why the propagation failed, or <see cref="Sgp4Error.None"/>.</summary>
    public Sgp4Error Error { get; }

    /// <summary>True when <see cref="Error"/> is <see cref="Sgp4Error.None"/> and the vectors are valid.</summary>
    public bool Success => Error == Sgp4Error.None;

    /// <summary>Position in TEME, metres.</summary>
    /// <exception cref="InvalidOperationException">The propagation failed (check <see cref="Success"/> first).</exception>
    public Vector3d PositionMeters => Success ? _positionMeters : throw NoState();

    /// <summary>Velocity in TEME, metres per second.</summary>
    /// <exception cref="InvalidOperationException">The propagation failed (check <see cref="Success"/> first).</exception>
    public Vector3d VelocityMetersPerSecond => Success ? _velocityMetersPerSecond : throw NoState();

    private InvalidOperationException NoState()
        => new("SGP4 failed (" + Sgp4ErrorText.Describe(Error) + "); there is no state. Check Success first.");
}
