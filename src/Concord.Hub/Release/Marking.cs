using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.Release;

/// <summary>Who may see a record, as chosen by its originator. Every stored record carries one.</summary>
public enum Marking
{
    /// <summary><c>public</c>: every authenticated caller.</summary>
    Public,

    /// <summary><c>partners</c>: agencies that share an active agreement with the originator covering the record
    /// (category, object scope, embargo).</summary>
    Partners,

    /// <summary><c>restricted</c>: only the agencies in the record's explicit <c>relTo</c> list (and the originator).</summary>
    Restricted,
}

/// <summary>Wire names of <see cref="Marking"/> (JSON, query parameters, stored rows).</summary>
public static class Markings
{
    /// <summary>The wire name of a marking.</summary>
    public static string ToWireName(this Marking marking) => marking switch
    {
        Marking.Public => "public",
        Marking.Partners => "partners",
        Marking.Restricted => "restricted",
        _ => throw new ArgumentOutOfRangeException(nameof(marking), marking, null),
    };

    /// <summary>Parses a wire name exactly.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out Marking? marking)
    {
        marking = wireName switch
        {
            "public" => Marking.Public,
            "partners" => Marking.Partners,
            "restricted" => Marking.Restricted,
            _ => null,
        };
        return marking is not null;
    }
}
