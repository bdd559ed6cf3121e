using Concord.Astro.Time;

namespace Concord.Demo;

/// <summary>A close approach built into the demo catalog on purpose, with its geometry as measured on the generated
/// element sets (SGP4, WGS-72, TEME).</summary>
public sealed record DemoConjunction
{
    /// <summary>What the encounter shows (e.g. <c>high-risk</c>, <c>debris-on-satellite</c>, <c>geo</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Catalog number of the primary (the object whose trajectory was kept).</summary>
    public required int PrimaryCatalogNumber { get; init; }

    /// <summary>Catalog number of the secondary (the object whose orbit was designed to pass by).</summary>
    public required int SecondaryCatalogNumber { get; init; }

    /// <summary>Time of closest approach (CDM <c>TCA</c>), measured on the generated elements.</summary>
    public required Epoch Tca { get; init; }

    /// <summary>Miss distance at <see cref="Tca"/>, metres (CDM <c>MISS_DISTANCE</c>), measured.</summary>
    public required double MissDistanceMeters { get; init; }

    /// <summary>Relative speed at <see cref="Tca"/>, m/s (CDM <c>RELATIVE_SPEED</c>).</summary>
    public required double RelativeSpeedMetersPerSecond { get; init; }

    /// <summary>Lower end of the band the miss distance was designed into, metres.</summary>
    public required double MinimumMissMeters { get; init; }

    /// <summary>Upper end of the band the miss distance was designed into, metres.</summary>
    public required double MaximumMissMeters { get; init; }
}
