namespace Concord.Hub.Coordination;

/// <summary>Whether a party's object can manoeuvre (CDM <c>MANEUVERABLE</c>: YES, NO, N/A). Wire names <c>yes</c>,
/// <c>no</c>, <c>unknown</c>.</summary>
public enum Maneuverability
{
    /// <summary>Not known (CDM <c>N/A</c>).</summary>
    Unknown,

    /// <summary>The object can manoeuvre.</summary>
    Yes,

    /// <summary>The object cannot manoeuvre.</summary>
    No,
}
