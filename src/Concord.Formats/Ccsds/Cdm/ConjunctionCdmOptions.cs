using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Time;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The message-level inputs of <see cref="ConjunctionCdmBuilder"/>: identity and creation time of the
/// message, the screening that found the conjunction, and an optional probability of collision.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ConjunctionCdmOptions
{
    /// <summary>The originator written when none is given (CDM <c>ORIGINATOR</c>).</summary>
    public const string DefaultOriginator = "CONCORD";

    /// <summary>Creation time of the message (CDM <c>CREATION_DATE</c>, written in UTC); take it from an injected
    /// <see cref="TimeProvider"/>, never from the wall clock inside a library.</summary>
    public required Epoch CreationDate { get; init; }

    /// <summary>Message identifier, unique for the originator (CDM <c>MESSAGE_ID</c>).</summary>
    public required string MessageId { get; init; }

    /// <summary>Originator (CDM <c>ORIGINATOR</c>); defaults to <see cref="DefaultOriginator"/>.</summary>
    public string Originator { get; init; } = DefaultOriginator;

    /// <summary>Start of the screening window (CDM <c>START_SCREEN_PERIOD</c>, UTC).</summary>
    public required Epoch ScreenStart { get; init; }

    /// <summary>End of the screening window (CDM <c>STOP_SCREEN_PERIOD</c>, UTC).</summary>
    public required Epoch ScreenStop { get; init; }

    /// <summary>The screening volume (CDM <c>SCREEN_VOLUME_X/Y/Z</c>, RTN semi-axes in metres).</summary>
    public required ScreeningVolume Volume { get; init; }

    /// <summary>Rotations used to write the TEME states of the screening in EME2000 (CDM <c>REF_FRAME</c>).</summary>
    public required FrameTransformer Frames { get; init; }

    /// <summary>Probability of collision (CDM <c>COLLISION_PROBABILITY</c>, 0 to 1); null when not computed.</summary>
    public double? CollisionProbability { get; init; }

    /// <summary>Method of <see cref="CollisionProbability"/> (CDM <c>COLLISION_PROBABILITY_METHOD</c>, e.g.
    /// <c>FOSTER-1992</c>); written only with a probability.</summary>
    public string? CollisionProbabilityMethod { get; init; }
}
