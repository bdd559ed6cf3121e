namespace Concord.Hub.Release;

/// <summary>How much of a warning a viewer receives.</summary>
public enum WarningDetail
{
    /// <summary>Nothing: the viewer neither may see the record nor owns an endangered object.</summary>
    None,

    /// <summary>The basic warning owed to the owner of an endangered object (its own object, the time of closest
    /// approach, miss distance and risk level), without the other party's data.</summary>
    Basic,

    /// <summary>The whole record, as released by the policy.</summary>
    Full,
}

/// <summary>The release policy's answer for a warning (see <see cref="ReleaseView.DecideWarning"/>).</summary>
/// <param name="Detail">How much the viewer receives.</param>
/// <param name="Decision">The decision behind it, with its reason (<see cref="ReleaseReasons.DutyToWarn"/> for
/// <see cref="WarningDetail.Basic"/>).</param>
public sealed record WarningDecision(WarningDetail Detail, ReleaseDecision Decision);
