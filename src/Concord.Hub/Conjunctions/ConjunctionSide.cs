using Concord.Hub.Release;

namespace Concord.Hub.Conjunctions;

/// <summary>What the hub used for one object of a conjunction and what that object's owner is told of the encounter.
/// Owned by <see cref="ConjunctionEvent"/> (the latest screening) and by each <see cref="ConjunctionUpdate"/> (that run).</summary>
/// <remarks>The source is the stored record (element set or operator ephemeris segment) the screening propagated for the
/// object. Its originator, marking, relTo and storage time are copied here (those records never change) so that the
/// release policy decides per viewer and per object without loading them (ARCHITECTURE, "Trust"): a viewer sees this
/// object's data only if the policy releases the source record to it.</remarks>
public sealed class ConjunctionSide
{
    /// <summary>Kind of the source record: <see cref="ConjunctionSources.Elements"/> or <see cref="ConjunctionSources.Ephemeris"/>;
    /// empty for events screened before sources were kept (then nobody but the object's owner sees the object's data).</summary>
    public string SourceKind { get; set; } = "";

    /// <summary>Identifier of the element set or ephemeris segment.</summary>
    public Guid SourceId { get; set; }

    /// <summary>Agency that submitted the source record.</summary>
    public string SourceOriginator { get; set; } = "";

    /// <summary>The source record's marking.</summary>
    public Marking SourceMarking { get; set; } = Marking.Restricted;

    /// <summary>The source record's relTo list.</summary>
    public List<string> SourceRelTo { get; set; } = [];

    /// <summary>When the source record was stored (agreement embargoes count from here).</summary>
    public DateTimeOffset SourceStoredAt { get; set; }

    /// <summary>Why the source spoke for the object: <see cref="ConjunctionSources.Owner"/>, <see cref="ConjunctionSources.Provider"/>,
    /// <see cref="ConjunctionSources.ThirdParty"/> (the owner had nothing fresh) or <see cref="ConjunctionSources.Unowned"/>.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Whether another source of the object disagreed with the one used by more than
    /// <c>Concord:Catalog:DisagreementKm</c> at the time of screening.</summary>
    public bool SourceDisagreement { get; set; }

    /// <summary>The other object's position relative to this one at TCA, along this object's radial axis, metres.</summary>
    public double RelativePositionR { get; set; }

    /// <summary>… along this object's in-track (transverse) axis, metres.</summary>
    public double RelativePositionT { get; set; }

    /// <summary>… along this object's cross-track (normal) axis, metres.</summary>
    public double RelativePositionN { get; set; }

    /// <summary>The other object's velocity relative to this one at TCA, radial component (non-rotating, as CCSDS CDM
    /// <c>RELATIVE_VELOCITY_R</c>), m/s.</summary>
    public double RelativeVelocityR { get; set; }

    /// <summary>… in-track component, m/s.</summary>
    public double RelativeVelocityT { get; set; }

    /// <summary>… cross-track component, m/s.</summary>
    public double RelativeVelocityN { get; set; }

    /// <summary>The source as the release policy sees it; null for events screened before sources were kept.</summary>
    /// <param name="catalogNumber">The object.</param>
    /// <param name="owner">Its confirmed owner, if any (object scope of agreements).</param>
    public ReleasableRecord? ToReleasable(int catalogNumber, string? owner) => SourceKind switch
    {
        ConjunctionSources.Elements => new ReleasableRecord(SourceOriginator, SourceMarking, SourceRelTo, DataCategory.OrbitElements,
            catalogNumber, owner, SourceStoredAt),
        ConjunctionSources.Ephemeris => new ReleasableRecord(SourceOriginator, SourceMarking, SourceRelTo, DataCategory.Ephemeris,
            catalogNumber, owner, SourceStoredAt),
        ConjunctionSources.Plan => new ReleasableRecord(SourceOriginator, SourceMarking, SourceRelTo, DataCategory.ManeuverPlans,
            catalogNumber, owner, SourceStoredAt),
        _ => null,
    };

    /// <summary>A copy (an update keeps the sides of its run while the event's move on).</summary>
    public ConjunctionSide Copy() => new()
    {
        SourceKind = SourceKind,
        SourceId = SourceId,
        SourceOriginator = SourceOriginator,
        SourceMarking = SourceMarking,
        SourceRelTo = [.. SourceRelTo],
        SourceStoredAt = SourceStoredAt,
        Authority = Authority,
        SourceDisagreement = SourceDisagreement,
        RelativePositionR = RelativePositionR,
        RelativePositionT = RelativePositionT,
        RelativePositionN = RelativePositionN,
        RelativeVelocityR = RelativeVelocityR,
        RelativeVelocityT = RelativeVelocityT,
        RelativeVelocityN = RelativeVelocityN,
    };
}
