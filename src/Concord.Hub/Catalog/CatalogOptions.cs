namespace Concord.Hub.Catalog;

/// <summary>How the hub judges the element sets of its catalog (configuration section <c>Concord:Catalog</c>). Defaults:
/// epochs at most 24 hours ahead, owner data stale after 3 days, sources disagreeing beyond 10 km.</summary>
public sealed class CatalogOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concord:Catalog";

    /// <summary>Hours an element set's epoch may lie ahead of the hub's clock (its <see cref="TimeProvider"/>); a
    /// submission with a set further ahead is refused whole with <see cref="Errors.HubErrorCodes.ElementsEpochInFuture"/>
    /// (default 24: a predicted set a day ahead is ordinary, one further out is a mistake or an attempt to shadow newer
    /// data, since the newest epoch wins).</summary>
    public double MaxEpochAheadHours { get; set; } = 24.0;

    /// <summary>Days after which the owner's (or its designated provider's) newest element set of an object no longer
    /// counts as current, so that other sources' newer observations are considered (default 3).</summary>
    public double OwnerDataMaxAgeDays { get; set; } = 3.0;

    /// <summary>Largest position difference, kilometres, between the newest sets of two sources of one object, propagated
    /// with SGP4 to the same instant, before the object counts as disagreeing (<see cref="SourceDisagreement"/>; default 10).</summary>
    public double DisagreementKm { get; set; } = 10.0;

    /// <summary>Throws when a value is out of range (at start-up, so a bad setting fails fast).</summary>
    /// <exception cref="InvalidOperationException">A value is not positive.</exception>
    public void Validate()
    {
        if (!(MaxEpochAheadHours > 0.0) || !(OwnerDataMaxAgeDays > 0.0) || !(DisagreementKm > 0.0))
        {
            throw new InvalidOperationException($"{Section}: MaxEpochAheadHours, OwnerDataMaxAgeDays and DisagreementKm must be > 0.");
        }
    }
}
