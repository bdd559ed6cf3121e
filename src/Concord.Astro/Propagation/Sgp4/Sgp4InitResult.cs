namespace Concord.Astro.Propagation.Sgp4;

/// <summary>The outcome of <see cref="Sgp4Propagator.Create"/>: a propagator, or the <see cref="Sgp4Error"/> the
/// element set gives at initialisation (house style R13).</summary>
public readonly struct Sgp4InitResult
{
    private readonly Sgp4Propagator? _propagator;

    internal Sgp4InitResult(Sgp4Propagator propagator)
    {
        _propagator = propagator;
        Error = Sgp4Error.None;
    }

    internal Sgp4InitResult(Sgp4Error error)
    {
        _propagator = null;
        Error = error;
    }

    /// <summary>Why initialisation failed, or <see cref="Sgp4Error.None"/>.</summary>
    public Sgp4Error Error { get; }

    /// <summary>True when a propagator was created.</summary>
    public bool Success => _propagator is not null;

    /// <summary>The propagator.</summary>
    /// <exception cref="InvalidOperationException">Initialisation failed (check <see cref="Success"/> first).</exception>
    public Sgp4Propagator Propagator => _propagator
        ?? throw new InvalidOperationException("SGP4 initialisation failed (" + Sgp4ErrorText.Describe(Error) + "). Check Success first.");
}
