using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.Release;

/// <summary>The kinds of data an agreement can share.</summary>
public enum DataCategory
{
    /// <summary><c>orbit-elements</c>: element sets (TLE, OMM).</summary>
    OrbitElements,

    /// <summary><c>ephemeris</c>: operator ephemerides (OEM).</summary>
    Ephemeris,

    /// <summary><c>maneuver-plans</c>: planned manoeuvre ephemerides.</summary>
    ManeuverPlans,

    /// <summary><c>conjunctions</c>: conjunction events and their CDMs.</summary>
    Conjunctions,

    /// <summary><c>object-registry</c>: space object registration records.</summary>
    ObjectRegistry,
}

/// <summary>Wire names of <see cref="DataCategory"/>.</summary>
public static class DataCategories
{
    /// <summary>Every category, in declaration order.</summary>
    public static IReadOnlyList<DataCategory> All { get; } = Enum.GetValues<DataCategory>();

    /// <summary>The wire name of a category.</summary>
    public static string ToWireName(this DataCategory category) => category switch
    {
        DataCategory.OrbitElements => "orbit-elements",
        DataCategory.Ephemeris => "ephemeris",
        DataCategory.ManeuverPlans => "maneuver-plans",
        DataCategory.Conjunctions => "conjunctions",
        DataCategory.ObjectRegistry => "object-registry",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Parses a wire name exactly.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out DataCategory? category)
    {
        category = wireName switch
        {
            "orbit-elements" => DataCategory.OrbitElements,
            "ephemeris" => DataCategory.Ephemeris,
            "maneuver-plans" => DataCategory.ManeuverPlans,
            "conjunctions" => DataCategory.Conjunctions,
            "object-registry" => DataCategory.ObjectRegistry,
            _ => null,
        };
        return category is not null;
    }
}
