namespace Concord.Hub.Release;

/// <summary>The release policy's answer for one record and one viewer, with its reason (the explanation an auditor or
/// an agreement officer sees).</summary>
/// <param name="Released">Whether the viewer may see the record. A withheld record is absent to the viewer (404, not listed).</param>
/// <param name="Reason">A stable reason code from <see cref="ReleaseReasons"/>.</param>
/// <param name="AgreementId">The agreement that released the record, when <see cref="ReleaseReasons.Agreement"/>.</param>
/// <param name="Explanation">The reason in words, for people.</param>
public sealed record ReleaseDecision(bool Released, string Reason, Guid? AgreementId, string Explanation);

/// <summary>Stable reason codes of <see cref="ReleaseDecision"/>.</summary>
public static class ReleaseReasons
{
    /// <summary>Released: the viewer's agency submitted the record.</summary>
    public const string Originator = "originator";

    /// <summary>Released: the record is marked public.</summary>
    public const string Public = "public";

    /// <summary>Released: the record is restricted and the viewer's agency is in its relTo list.</summary>
    public const string RelTo = "rel-to";

    /// <summary>Released: an active agreement between the originator and the viewer's agency covers it.</summary>
    public const string Agreement = "agreement";

    /// <summary>Released in full: the record behind every input of a derived product is released to the viewer.</summary>
    public const string InputsReleased = "inputs-released";

    /// <summary>Released as the encounter: the viewer's agency is the confirmed owner of an endangered object (duty to warn).</summary>
    public const string DutyToWarn = "duty-to-warn";

    /// <summary>Withheld: the viewer belongs to no agency (hub keys see public records only).</summary>
    public const string NoAgency = "no-agency";

    /// <summary>Withheld: restricted and the viewer's agency is not in its relTo list.</summary>
    public const string NotReleasedTo = "not-rel-to";

    /// <summary>Withheld: no active agreement with the originator covers this record.</summary>
    public const string NoAgreement = "no-agreement";

    /// <summary>Withheld: an agreement covers the record but its embargo has not yet passed.</summary>
    public const string Embargoed = "embargoed";

    /// <summary>Withheld: an agreement covers the conjunction, but its probability of collision is below the
    /// agreement's <c>minimumPc</c> (an unknown Pc is below any minimum).</summary>
    public const string BelowMinimumPc = "below-minimum-pc";
}
