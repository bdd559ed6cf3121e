namespace Concord.Hub.Conjunctions;

/// <summary>Wire names of a conjunction side's source (<see cref="ConjunctionSide"/>) and of why it spoke for the object.</summary>
public static class ConjunctionSources
{
    /// <summary>An element set (SGP4).</summary>
    public const string Elements = "elements";

    /// <summary>An operator ephemeris (OEM segment).</summary>
    public const string Ephemeris = "ephemeris";

    /// <summary>A manoeuvre plan (a planned OEM), released under <c>maneuver-plans</c>.</summary>
    public const string Plan = "maneuver-plan";

    /// <summary>The object's confirmed owner submitted it.</summary>
    public const string Owner = "owner";

    /// <summary>A provider the owner designated submitted it.</summary>
    public const string Provider = "provider";

    /// <summary>Another agency's observation, used because the owner and its providers had nothing fresh.</summary>
    public const string ThirdParty = "third-party";

    /// <summary>The object has no confirmed owner: the newest data from anyone.</summary>
    public const string Unowned = "unowned";
}
