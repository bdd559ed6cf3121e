using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.Agreements;

/// <summary>Where an agreement is in its lifecycle. The wire names are in <see cref="AgreementStatuses"/>.</summary>
/// <remarks>
/// <c>proposed</c> → <c>active</c> when every party has signed; <c>active</c> → <c>suspended</c> by any party's
/// officer; <c>suspended</c> → <c>active</c> when the suspending party's officer resumes it; <c>proposed</c>,
/// <c>active</c> or <c>suspended</c> → <c>terminated</c> by any party's officer. <see cref="Expired"/> is never
/// stored: it is computed from the injected clock (see <see cref="Agreement.StatusAt"/>). Terminated and expired are
/// final.
/// </remarks>
public enum AgreementStatus
{
    /// <summary><c>proposed</c>: waiting for every party's signature; releases nothing.</summary>
    Proposed,

    /// <summary><c>active</c>: signed by every party; releases what it covers.</summary>
    Active,

    /// <summary><c>suspended</c>: paused by a party's officer; releases nothing until resumed.</summary>
    Suspended,

    /// <summary><c>terminated</c>: ended by a party's officer; final.</summary>
    Terminated,

    /// <summary><c>expired</c>: its <see cref="Agreement.ExpiresAt"/> has passed (computed at read time); final.</summary>
    Expired,
}

/// <summary>Wire names of <see cref="AgreementStatus"/> (JSON and stored rows).</summary>
public static class AgreementStatuses
{
    /// <summary>The wire name of a status.</summary>
    public static string ToWireName(this AgreementStatus status) => status switch
    {
        AgreementStatus.Proposed => "proposed",
        AgreementStatus.Active => "active",
        AgreementStatus.Suspended => "suspended",
        AgreementStatus.Terminated => "terminated",
        AgreementStatus.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses a wire name exactly.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out AgreementStatus? status)
    {
        status = wireName switch
        {
            "proposed" => AgreementStatus.Proposed,
            "active" => AgreementStatus.Active,
            "suspended" => AgreementStatus.Suspended,
            "terminated" => AgreementStatus.Terminated,
            "expired" => AgreementStatus.Expired,
            _ => null,
        };
        return status is not null;
    }
}
