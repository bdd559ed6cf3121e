using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>One close approach of two catalog objects, as the hub's screening sees it over time. Storage entity: the
/// latest values are columns here, every screening run that saw the event adds a <see cref="ConjunctionUpdate"/>.</summary>
/// <remarks>The pair is ordered (<see cref="PrimaryCatalogNumber"/> &lt; <see cref="SecondaryCatalogNumber"/>) so that
/// it identifies the event whichever object was screened as a primary. An event is matched again by the pair and a TCA
/// close to its own (<see cref="ConjunctionScreeningService"/>). A derived product: released per viewer and per object by
/// <see cref="Release.ReleaseView.DecideDerived"/> over the two <see cref="ConjunctionSide"/>s (category
/// <c>conjunctions</c> for agreements with the objects' owners).</remarks>
public sealed class ConjunctionEvent
{
    /// <summary>Stable identifier (UUID v7), kept across every update.</summary>
    public Guid Id { get; init; }

    /// <summary>The lower catalog number of the pair (CDM <c>OBJECT1</c>).</summary>
    public int PrimaryCatalogNumber { get; init; }

    /// <summary>The higher catalog number of the pair (CDM <c>OBJECT2</c>).</summary>
    public int SecondaryCatalogNumber { get; init; }

    /// <summary>Time of closest approach (CDM <c>TCA</c>), from the latest screening.</summary>
    public Epoch Tca { get; set; }

    /// <summary>Miss distance at TCA, metres, from the latest screening.</summary>
    public double MissDistanceMeters { get; set; }

    /// <summary>Relative speed at TCA, m/s, from the latest screening.</summary>
    public double RelativeSpeedMetersPerSecond { get; set; }

    /// <summary>Collision probability from the latest screening (Foster 2-D with regime default covariances); null when it
    /// could not be computed.</summary>
    public double? Pc { get; set; }

    /// <summary>Risk level from <see cref="Pc"/>.</summary>
    public ConjunctionRiskLevel RiskLevel { get; set; }

    /// <summary>When the event reached its current <see cref="RiskLevel"/> (UTC): its creation, or the last screening
    /// that changed the level. Acknowledgements and escalations count from here (<c>Coordination</c>).</summary>
    public DateTimeOffset RiskLevelSince { get; set; }

    /// <summary>Open until TCA passes.</summary>
    public ConjunctionStatus Status { get; set; }

    /// <summary>When a screening run first saw the event (UTC).</summary>
    public DateTimeOffset FirstScreenedAt { get; init; }

    /// <summary>When a screening run last saw the event (UTC).</summary>
    public DateTimeOffset LastScreenedAt { get; set; }

    /// <summary>How <see cref="Pc"/> was computed (for example <c>foster+default-cov</c>); null when it was not.</summary>
    public string? PcMethod { get; set; }

    /// <summary>Why the event closed: <see cref="ConjunctionCloseReasons.TcaPassed"/> or
    /// <see cref="ConjunctionCloseReasons.NoLongerPredicted"/>; null while open.</summary>
    public string? ClosedReason { get; set; }

    /// <summary>The primary object's side as the latest screening saw it.</summary>
    public ConjunctionSide PrimarySide { get; set; } = new();

    /// <summary>The secondary object's side as the latest screening saw it.</summary>
    public ConjunctionSide SecondarySide { get; set; } = new();

    /// <summary>Every screening run that saw the event, when loaded.</summary>
    public List<ConjunctionUpdate> Updates { get; init; } = [];

    /// <summary>The side of <paramref name="catalogNumber"/> (one of the pair).</summary>
    public ConjunctionSide SideOf(int catalogNumber) => catalogNumber == PrimaryCatalogNumber ? PrimarySide : SecondarySide;
}
