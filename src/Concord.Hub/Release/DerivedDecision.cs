namespace Concord.Hub.Release;

/// <summary>How much of a derived product one viewer receives (<see cref="ReleaseView.DecideDerived"/>).</summary>
public enum DerivedDetail
{
    /// <summary>Nothing: the product does not exist for the viewer.</summary>
    None,

    /// <summary>The encounter (times, distances, Pc, risk and their history) and each input's data only where
    /// <see cref="DerivedDecision.InputReleased"/>: what the owner of an input is owed (duty to warn) and what an agreement
    /// covering the product's category shares with an owner's partners.</summary>
    Encounter,

    /// <summary>Everything: every input is released to the viewer, who could have computed the product itself.</summary>
    Full,
}

/// <summary>The release policy's answer for a derived product and one viewer.</summary>
/// <param name="Detail">How much the viewer receives.</param>
/// <param name="InputReleased">Per input (in the order given): whether the record the hub used for it is released to the
/// viewer, so the viewer may see that object's data (identity, state, covariance, source, arcs).</param>
/// <param name="OwnedByViewer">Per input: whether the viewer's agency is its confirmed owner (a party).</param>
/// <param name="Reason">A stable reason code from <see cref="ReleaseReasons"/>.</param>
/// <param name="AgreementId">The agreement that released the product, when <see cref="ReleaseReasons.Agreement"/>.</param>
/// <param name="Explanation">The reason in words.</param>
public sealed record DerivedDecision(DerivedDetail Detail, IReadOnlyList<bool> InputReleased, IReadOnlyList<bool> OwnedByViewer,
    string Reason, Guid? AgreementId, string Explanation)
{
    /// <summary>Whether the viewer's agency owns one of the inputs (a party to the product).</summary>
    public bool IsParty => OwnedByViewer.Contains(true);

    /// <summary>Whether the viewer may learn the identity of input <paramref name="index"/>: its record is released,
    /// or the viewer owns it.</summary>
    public bool Identifies(int index) => Detail != DerivedDetail.None && (InputReleased[index] || OwnedByViewer[index]);
}
