using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>An object to screen: an identifier (its catalog number as text) and where its trajectory comes from,
/// either SGP4 elements or an operator ephemeris.</summary>
/// <remarks>Immutable; thread-safe. Screening works in TEME (SGP4's frame): an ephemeris in another inertial frame is
/// rotated to TEME with the <see cref="FrameTransformer"/> given here.</remarks>
public sealed class ScreeningObject
{
    private ScreeningObject(string id, Sgp4Propagator? propagator, Ephemeris? ephemeris, FrameTransformer? frames)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Propagator = propagator;
        Ephemeris = ephemeris;
        Frames = frames;
    }

    /// <summary>The identifier reported in conjunctions (a catalog number, e.g. <c>25544</c>).</summary>
    public string Id { get; }

    /// <summary>The SGP4 propagator, or <see langword="null"/> for an ephemeris object.</summary>
    public Sgp4Propagator? Propagator { get; }

    /// <summary>The operator ephemeris, or <see langword="null"/> for an SGP4 object.</summary>
    public Ephemeris? Ephemeris { get; }

    /// <summary>Frame rotations for an ephemeris object; <see langword="null"/> for an SGP4 object.</summary>
    public FrameTransformer? Frames { get; }

    /// <summary>An object propagated by SGP4 (Vallado et al. 2006).</summary>
    /// <exception cref="ArgumentException">The identifier is empty.</exception>
    public static ScreeningObject FromSgp4(string id, Sgp4Propagator propagator)
    {
        ArgumentNullException.ThrowIfNull(propagator);
        return new ScreeningObject(id, propagator, null, null);
    }

    /// <summary>An object given by an ephemeris (for example an operator's OEM), interpolated as the ephemeris says;
    /// outside its useable interval the object is absent.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="ephemeris">The ephemeris, in an inertial frame (<see cref="ReferenceFrame.Teme"/>, GCRF or EME2000).</param>
    /// <param name="frames">Rotations to TEME.</param>
    /// <exception cref="ArgumentException">The identifier is empty, or the ephemeris frame is Earth-fixed.</exception>
    public static ScreeningObject FromEphemeris(string id, Ephemeris ephemeris, FrameTransformer frames)
    {
        ArgumentNullException.ThrowIfNull(ephemeris);
        ArgumentNullException.ThrowIfNull(frames);
        if (ephemeris.Frame == ReferenceFrame.Itrf)
        {
            throw new ArgumentException("Screening needs an inertial ephemeris (TEME, GCRF or EME2000).", nameof(ephemeris));
        }

        return new ScreeningObject(id, null, ephemeris, frames);
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
