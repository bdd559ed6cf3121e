using Concord.Astro.Time;

namespace Concord.Hub.ManeuverPlans;

/// <summary>An operator's planned trajectory (an OEM) for its object in a conjunction event, with what the hub's
/// screening of it found (<see cref="ManeuverPlanService"/>). Storage entity; rows are only ever added.</summary>
public sealed class ManeuverPlan
{
    /// <summary>Surrogate key (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The conjunction event the plan answers.</summary>
    public Guid EventId { get; init; }

    /// <summary>Code of the agency that uploaded the plan (the owner of <see cref="CatalogNumber"/>).</summary>
    public required string Agency { get; init; }

    /// <summary>The object the plan moves (one of the event's two).</summary>
    public int CatalogNumber { get; init; }

    /// <summary>The planned ephemeris as a one-segment OEM in KVN (written by <c>OemWriter</c>, whatever the upload's
    /// syntax): the archived original, served by the plan's OEM route and never parsed back by screening.</summary>
    public required string OemKvn { get; init; }

    /// <summary>The planned ephemeris as plan screening uses it (<see cref="Catalog.EphemerisBlob"/>); null only for a
    /// plan stored before typed storage that the start-up upgrade (<c>TypedStorageUpgrade</c>) could not read.</summary>
    public byte[]? Trajectory { get; set; }

    /// <summary>Start of the plan's useable interval.</summary>
    public Epoch UseableStart { get; init; }

    /// <summary>End of the plan's useable interval.</summary>
    public Epoch UseableStop { get; init; }

    /// <summary>The screening result (<see cref="ManeuverPlanScreening"/>) as JSON (web defaults, camelCase).</summary>
    public required string ScreeningJson { get; init; }

    /// <summary>When the hub stored the plan (UTC).</summary>
    public DateTimeOffset UploadedAt { get; init; }

    /// <summary>The API key that uploaded it.</summary>
    public Guid? KeyId { get; init; }
}
