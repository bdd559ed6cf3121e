namespace Concord.Hub.Coordination;

/// <summary>Wire names of <see cref="ManeuverIntent"/>, <see cref="Maneuverability"/> and <see cref="DecisionStatus"/>
/// (API and storage).</summary>
public static class CoordinationWireNames
{
    /// <summary><c>will-mitigate</c>, <c>will-not-mitigate</c> or <c>undetermined</c>.</summary>
    public static string ToWireName(this ManeuverIntent intent) => intent switch
    {
        ManeuverIntent.WillMitigate => "will-mitigate",
        ManeuverIntent.WillNotMitigate => "will-not-mitigate",
        ManeuverIntent.Undetermined => "undetermined",
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, null),
    };

    /// <summary><c>yes</c>, <c>no</c> or <c>unknown</c>.</summary>
    public static string ToWireName(this Maneuverability maneuverable) => maneuverable switch
    {
        Maneuverability.Yes => "yes",
        Maneuverability.No => "no",
        Maneuverability.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(maneuverable), maneuverable, null),
    };

    /// <summary><c>proposed</c>, <c>co-signed</c> or <c>superseded</c>.</summary>
    public static string ToWireName(this DecisionStatus status) => status switch
    {
        DecisionStatus.Proposed => "proposed",
        DecisionStatus.CoSigned => "co-signed",
        DecisionStatus.Superseded => "superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses an intent's wire name (case-sensitive).</summary>
    public static bool TryParseIntent(string? text, out ManeuverIntent intent)
    {
        (bool ok, intent) = text switch
        {
            "will-mitigate" => (true, ManeuverIntent.WillMitigate),
            "will-not-mitigate" => (true, ManeuverIntent.WillNotMitigate),
            "undetermined" => (true, ManeuverIntent.Undetermined),
            _ => (false, ManeuverIntent.Undetermined),
        };
        return ok;
    }

    /// <summary>Parses a manoeuvrability's wire name (case-sensitive).</summary>
    public static bool TryParseManeuverability(string? text, out Maneuverability maneuverable)
    {
        (bool ok, maneuverable) = text switch
        {
            "yes" => (true, Maneuverability.Yes),
            "no" => (true, Maneuverability.No),
            "unknown" => (true, Maneuverability.Unknown),
            _ => (false, Maneuverability.Unknown),
        };
        return ok;
    }

    /// <summary>Parses a stored intent.</summary>
    public static ManeuverIntent ParseIntent(string text) =>
        TryParseIntent(text, out ManeuverIntent intent) ? intent : throw new FormatException($"Unknown intent {text}.");

    /// <summary>Parses a stored manoeuvrability.</summary>
    public static Maneuverability ParseManeuverability(string text) =>
        TryParseManeuverability(text, out Maneuverability value) ? value : throw new FormatException($"Unknown maneuverability {text}.");

    /// <summary>Parses a stored decision status.</summary>
    public static DecisionStatus ParseDecisionStatus(string text) => text switch
    {
        "proposed" => DecisionStatus.Proposed,
        "co-signed" => DecisionStatus.CoSigned,
        "superseded" => DecisionStatus.Superseded,
        _ => throw new FormatException($"Unknown decision status {text}."),
    };
}
