using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>What one screening run saw of a conjunction event (its history, so that the trend is kept). Storage entity;
/// rows are only ever added.</summary>
public sealed class ConjunctionUpdate
{
    /// <summary>Surrogate key (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The event this update belongs to.</summary>
    public Guid EventId { get; init; }

    /// <summary>When the screening run that saw it ran (UTC).</summary>
    public DateTimeOffset ScreenedAt { get; init; }

    /// <summary>Time of closest approach (CDM keyword <c>TCA</c>) as this run computed it.</summary>
    public Epoch Tca { get; init; }

    /// <summary>Miss distance at TCA, metres (CDM <c>MISS_DISTANCE</c>).</summary>
    public double MissDistanceMeters { get; init; }

    /// <summary>Relative speed at TCA, m/s (CDM <c>RELATIVE_SPEED</c>).</summary>
    public double RelativeSpeedMetersPerSecond { get; init; }

    /// <summary>Collision probability (CDM <c>COLLISION_PROBABILITY</c>); null when it could not be computed.</summary>
    public double? Pc { get; init; }

    /// <summary>Risk level from <see cref="Pc"/>.</summary>
    public ConjunctionRiskLevel RiskLevel { get; init; }

    /// <summary>How <see cref="Pc"/> was computed; null when it was not.</summary>
    public string? PcMethod { get; init; }

    /// <summary>The primary object's side in this run (source used, relative state in its RTN frame).</summary>
    public ConjunctionSide PrimarySide { get; init; } = new();

    /// <summary>The secondary object's side in this run.</summary>
    public ConjunctionSide SecondarySide { get; init; } = new();

    /// <summary>What the run computed for the CDM and the geometry, typed (states and covariances at TCA, window,
    /// volume); the CDM is built from it on request (<see cref="ConjunctionUpdateCdm"/>). Null for updates stored before
    /// the hub wrote CDMs.</summary>
    public ConjunctionUpdateAssessment? Assessment { get; set; }

    /// <summary>The CDM text that hubs stored per update before typed storage (CCSDS 508.0-B-1, KVN): an archive, read
    /// only by the start-up upgrade that fills <see cref="Assessment"/> from it (<c>TypedStorageUpgrade</c>). Null for
    /// updates written since.</summary>
    public string? CdmKvn { get; init; }
}
