using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.Agreements;

/// <summary>Which space objects an agreement covers. The wire names are in <see cref="ObjectScopes"/>.</summary>
public enum ObjectScope
{
    /// <summary><c>all</c>: every object, and records about no object.</summary>
    All,

    /// <summary><c>owned-by-parties</c>: objects whose registered owner is one of the parties.</summary>
    OwnedByParties,

    /// <summary><c>list</c>: the catalogue numbers in <see cref="Agreement.ObjectIds"/>.</summary>
    List,
}

/// <summary>Wire names of <see cref="ObjectScope"/>.</summary>
public static class ObjectScopes
{
    /// <summary>The wire name of a scope.</summary>
    public static string ToWireName(this ObjectScope scope) => scope switch
    {
        ObjectScope.All => "all",
        ObjectScope.OwnedByParties => "owned-by-parties",
        ObjectScope.List => "list",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>Parses a wire name exactly.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out ObjectScope? scope)
    {
        scope = wireName switch
        {
            "all" => ObjectScope.All,
            "owned-by-parties" => ObjectScope.OwnedByParties,
            "list" => ObjectScope.List,
            _ => null,
        };
        return scope is not null;
    }
}
