using Concord.Astro.Frames;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary>The outcome of propagating to an epoch: a <see cref="CartesianState"/> in
/// <see cref="ReferenceFrame.Teme"/>, or the <see cref="Sgp4Error"/> that stopped it.</summary>
public readonly struct Sgp4StateResult
{
    private readonly CartesianState _state;

    internal Sgp4StateResult(Sgp4Error error, CartesianState state)
    {
        Error = error;
        _state = state;
    }

    /// <summary>Why the propagation failed, or <see cref="Sgp4Error.None"/>.</summary>
    public Sgp4Error Error { get; }

    /// <summary>True when <see cref="Error"/> is <see cref="Sgp4Error.None"/> and <see cref="State"/> is valid.</summary>
    public bool Success => Error == Sgp4Error.None;

    /// <summary>The TEME state (SI units) at the requested epoch.</summary>
    /// <exception cref="InvalidOperationException">The propagation failed (check <see cref="Success"/> first).</exception>
    public CartesianState State => Success
        ? _state
        : throw new InvalidOperationException("SGP4 failed (" + Sgp4ErrorText.Describe(Error) + "); there is no state. Check Success first.");
}
