using Concord.Hub.Release;

namespace Concord.Hub.Conjunctions;

/// <summary>A conjunction event with what one viewer may learn of it.</summary>
/// <param name="Event">The event (with its <see cref="ConjunctionEvent.Updates"/> when asked for one event).</param>
/// <param name="Decision">The release policy's decision over the two objects, primary first
/// (<see cref="ReleaseView.DecideDerived"/>; events decided <see cref="DerivedDetail.None"/> are never returned).</param>
/// <param name="PrimaryOwner">Confirmed owner of the primary object, when it has one (shown only where the viewer may
/// identify the object).</param>
/// <param name="SecondaryOwner">Confirmed owner of the secondary object, when it has one.</param>
public sealed record ReleasedConjunction(ConjunctionEvent Event, DerivedDecision Decision, string? PrimaryOwner, string? SecondaryOwner)
{
    /// <summary>Whether the viewer sees everything (both objects' data), the CDM and the geometry included.</summary>
    public bool Full => Decision.Detail == DerivedDetail.Full;

    /// <summary>Whether the viewer's agency owns one of the two objects (a party: it acknowledges, states intents, decides).</summary>
    public bool IsParty => Decision.IsParty;

    /// <summary>Whether the viewer may learn the primary object's identity and data (its record is released, or it owns it).</summary>
    public bool IdentifiesPrimary => Decision.Identifies(0);

    /// <summary>Whether the viewer may learn the secondary object's identity and data.</summary>
    public bool IdentifiesSecondary => Decision.Identifies(1);

    /// <summary>The parties: the distinct confirmed owners of the two objects, primary first.</summary>
    public IReadOnlyList<string> Parties => [.. new[] { PrimaryOwner, SecondaryOwner }.OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Whether the viewer may learn that <paramref name="catalogNumber"/> is one of the two objects.</summary>
    public bool Identifies(int catalogNumber) =>
        (catalogNumber == Event.PrimaryCatalogNumber && IdentifiesPrimary) || (catalogNumber == Event.SecondaryCatalogNumber && IdentifiesSecondary);

    /// <summary>Whether the viewer may learn that <paramref name="agency"/> owns one of the two objects.</summary>
    public bool IdentifiesOwner(string agency) =>
        (IdentifiesPrimary && string.Equals(PrimaryOwner, agency, StringComparison.Ordinal))
        || (IdentifiesSecondary && string.Equals(SecondaryOwner, agency, StringComparison.Ordinal));
}
