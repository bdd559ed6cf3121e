using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.SpaceObjects;

/// <summary>Where an agency's claim to own a catalog number stands. Only a <see cref="Confirmed"/> owner has owner
/// rights (authority over the object's orbit data, party to its conjunctions, provider designation); a claim is
/// confirmed by the hub's secretariat (a hub-admin), or at once for a registration by a hub-admin or inside a standing
/// grant of catalog-number ranges. Wire names are in <see cref="ClaimStatuses"/>.</summary>
public enum ClaimStatus
{
    /// <summary><c>claimed</c>: registered by an agency, waiting for a hub-admin.</summary>
    Claimed,

    /// <summary><c>confirmed</c>: the owner is authoritative for the object.</summary>
    Confirmed,

    /// <summary><c>rejected</c>: a hub-admin refused the claim (with a reason); the number may be claimed again.</summary>
    Rejected,
}

/// <summary>Wire names of <see cref="ClaimStatus"/> (JSON, stored rows).</summary>
public static class ClaimStatuses
{
    /// <summary>The wire name of a claim status.</summary>
    public static string ToWireName(this ClaimStatus status) => status switch
    {
        ClaimStatus.Claimed => "claimed",
        ClaimStatus.Confirmed => "confirmed",
        ClaimStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses a wire name exactly (case-sensitive).</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out ClaimStatus? status)
    {
        status = wireName switch
        {
            "claimed" => ClaimStatus.Claimed,
            "confirmed" => ClaimStatus.Confirmed,
            "rejected" => ClaimStatus.Rejected,
            _ => null,
        };
        return status is not null;
    }
}
