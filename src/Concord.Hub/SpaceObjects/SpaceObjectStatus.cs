using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.SpaceObjects;

/// <summary>Operational status of a registered object (UN Registration Convention, Art. IV 1(e) "general function"
/// is separate; status follows UNOOSA register practice). Wire names are in <see cref="SpaceObjectStatuses"/>.</summary>
public enum SpaceObjectStatus
{
    /// <summary><c>unknown</c>.</summary>
    Unknown,

    /// <summary><c>operational</c>: in orbit and working.</summary>
    Operational,

    /// <summary><c>non-operational</c>: in orbit, not working (includes debris and spent stages).</summary>
    NonOperational,

    /// <summary><c>decayed</c>: re-entered.</summary>
    Decayed,
}

/// <summary>Wire names of <see cref="SpaceObjectStatus"/> (JSON, query parameters, stored rows).</summary>
public static class SpaceObjectStatuses
{
    /// <summary>The wire name of a status.</summary>
    public static string ToWireName(this SpaceObjectStatus status) => status switch
    {
        SpaceObjectStatus.Unknown => "unknown",
        SpaceObjectStatus.Operational => "operational",
        SpaceObjectStatus.NonOperational => "non-operational",
        SpaceObjectStatus.Decayed => "decayed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses a wire name exactly (case-sensitive).</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out SpaceObjectStatus? status)
    {
        status = wireName switch
        {
            "unknown" => SpaceObjectStatus.Unknown,
            "operational" => SpaceObjectStatus.Operational,
            "non-operational" => SpaceObjectStatus.NonOperational,
            "decayed" => SpaceObjectStatus.Decayed,
            _ => null,
        };
        return status is not null;
    }
}
