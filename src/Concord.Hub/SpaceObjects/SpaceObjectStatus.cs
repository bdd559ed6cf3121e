namespace Concord.Hub.SpaceObjects;

/// <summary>Operational status of a registered object (UN Registration Convention, Art. IV 1(e) "general function"
/// is separate; status follows UNOOSA register practice).</summary>
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
